import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guard";
import { listSectors } from "@/lib/data/admin/org-units";
import { listVisibleOrgUnits, ORG_READ_ROLES } from "@/lib/data/org-units";

export async function generateMetadata() {
  const t = await getTranslations("orgUnits");
  return { title: t("title") };
}

export default async function OrgUnitsPage() {
  const actor = await requireRole(ORG_READ_ROLES);
  const [t, locale, units, sectors] = await Promise.all([getTranslations(), getLocale(), listVisibleOrgUnits(actor), listSectors()]);
  // Sectors by their names in the reader's language, never the stored code.
  const sectorName = new Map(sectors.map((s) => [s.code, locale === "en" ? s.nameEn : s.nameZh]));
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("orgUnits.title")}</h1>
      <p className="mt-1 text-slate-700">{t("orgUnits.description")}</p>
      {units.length === 0 ? (
        <p className="mt-4">{t("orgUnits.empty")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">{t("orgUnits.name")}</th>
                <th scope="col" className="p-2">{t("orgUnits.code")}</th>
                <th scope="col" className="p-2">{t("orgUnits.kind")}</th>
                <th scope="col" className="p-2">{t("orgUnits.sector")}</th>
                <th scope="col" className="p-2">{t("orgUnits.region")}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id} className="border-b border-slate-200">
                  <td className="p-2" style={{ paddingInlineStart: `${0.5 + u.depth * 1.25}rem` }}>
                    {locale === "en" ? u.nameEn : u.nameZh}
                  </td>
                  <td className="p-2 font-mono">{u.code}</td>
                  <td className="p-2">{t(`orgKinds.${u.kind}`)}</td>
                  <td className="p-2">{u.sectorTag ? (sectorName.get(u.sectorTag) ?? "—") : "—"}</td>
                  <td className="p-2">{u.regionCode ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
