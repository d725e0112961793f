import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { SectorRow } from "@/lib/data/compare/aggregates";
import { OVERALL } from "@/lib/data/compare/score-rows";
import type { DimensionInfo } from "@/lib/data/compare/scope";
import { compareHref, fmt, sectorLabel } from "./format";

type Raw = Record<string, string | string[] | undefined>;

/** Units of one sector side by side (e.g. every health bureau of the province): mean index per dimension. */
export async function SectorTable({ rows, dimensions, searchParams }: { rows: SectorRow[]; dimensions: DimensionInfo[]; searchParams: Raw }) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const cols = [...dimensions.map((d) => ({ code: d.code, name: locale === "en" ? d.nameEn : d.nameZh })), { code: OVERALL, name: t("overall") }];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="mb-2 text-left text-slate-700">{t("sector.caption")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">{t("sector.sector")}</th>
            <th scope="col" className="p-2 text-right">{t("sector.units")}</th>
            <th scope="col" className="p-2 text-right">{t("sector.approved")}</th>
            {cols.map((c) => (
              <th key={c.code} scope="col" className="p-2 text-right">{c.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.sectorTag ?? ""} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-left font-normal">
                {r.sectorTag ? (
                  <Link href={`${compareHref(searchParams, { sector: r.sectorTag, page: undefined })}#league`} className="text-blue-800 underline">
                    {sectorLabel(t, t.has, r.sectorTag)}
                  </Link>
                ) : (
                  sectorLabel(t, t.has, null)
                )}
              </th>
              <td className="p-2 text-right tabular-nums">{r.units}</td>
              <td className="p-2 text-right tabular-nums">{r.approved}</td>
              {cols.map((c) => (
                <td key={c.code} className="p-2 text-right tabular-nums">{fmt(r.means[c.code])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
