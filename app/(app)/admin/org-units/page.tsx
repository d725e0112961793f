import { getLocale, getTranslations } from "next-intl/server";
import { CreateUnitForm } from "@/components/admin/create-unit-form";
import { ImportPanel } from "@/components/admin/import-panel";
import { OrgTree } from "@/components/admin/org-tree";
import type { UnitView } from "@/components/admin/unit-types";
import { requireRole } from "@/lib/auth/guard";
import { listAdminUnits, listSectors } from "@/lib/data/admin/org-units";
import { MAX_ROWS } from "@/lib/import/read-table";

export async function generateMetadata() {
  const t = await getTranslations("admin.units");
  return { title: t("title") };
}

export default async function AdminOrgUnitsPage() {
  const actor = await requireRole(["SYS_ADMIN"]);
  const [t, locale, units, sectors] = await Promise.all([getTranslations("admin"), getLocale(), listAdminUnits(actor), listSectors()]);
  const en = locale === "en";
  const sectorName = new Map(sectors.map((s) => [s.code, en ? s.nameEn : s.nameZh]));
  const views: UnitView[] = units.map((u) => ({
    ...u,
    name: en ? u.nameEn : u.nameZh,
    sectorName: u.sectorTag ? (sectorName.get(u.sectorTag) ?? null) : null,
  }));
  const parents = views.filter((u) => u.active).map((u) => ({ value: u.id, label: `${"　".repeat(u.depth)}${u.name}` }));
  const sectorOptions = sectors.map((s) => ({ value: s.code, label: en ? s.nameEn : s.nameZh }));
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("units.title")}</h1>
      <p className="mt-1 text-slate-700">{t("units.description")}</p>
      <OrgTree units={views} parents={parents} sectors={sectorOptions} />
      <section aria-labelledby="create-unit" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="create-unit" className="mb-3 text-lg font-semibold">
          {t("units.create")}
        </h2>
        <CreateUnitForm parents={parents} sectors={sectorOptions} />
      </section>
      <ImportPanel kind="org-units" maxRows={MAX_ROWS} />
    </div>
  );
}
