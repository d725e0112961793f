import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { SectorRow } from "@/lib/data/compare/aggregates";
import { OVERALL } from "@/lib/data/compare/score-rows";
import type { DimensionInfo } from "@/lib/data/compare/scope";
import { compareHref, fmt, sectorLabel } from "./format";

type Raw = Record<string, string | string[] | undefined>;

/** Units of one sector side by side (e.g. every health bureau of the province): mean index per dimension. A table from 640 px, cards below. */
export async function SectorTable({ rows, dimensions, searchParams }: { rows: SectorRow[]; dimensions: DimensionInfo[]; searchParams: Raw }) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const cols = [...dimensions.map((d) => ({ code: d.code, name: locale === "en" ? d.nameEn : d.nameZh })), { code: OVERALL, name: t("overall") }];
  const columns: ColumnDef<SectorRow, unknown>[] = [
    {
      id: "sector",
      header: t("sector.sector"),
      meta: { primary: true, rowHeader: true },
      cell: ({ row: { original: r } }) =>
        r.sectorTag ? (
          <Link href={`${compareHref(searchParams, { sector: r.sectorTag, page: undefined })}#league`} className="text-blue-800 underline">
            {sectorLabel(t, t.has, r.sectorTag)}
          </Link>
        ) : (
          sectorLabel(t, t.has, null)
        ),
    },
    { id: "units", header: t("sector.units"), meta: { numeric: true }, cell: ({ row: { original: r } }) => r.units },
    { id: "approved", header: t("sector.approved"), meta: { numeric: true }, cell: ({ row: { original: r } }) => r.approved },
    ...cols.map(
      (c): ColumnDef<SectorRow, unknown> => ({
        id: `dim-${c.code}`,
        header: c.name,
        meta: { numeric: true },
        cell: ({ row: { original: r } }) => fmt(r.means[c.code]),
      }),
    ),
  ];
  return (
    <div className="overflow-x-auto">
      <DataTable
        columns={columns}
        data={rows}
        getRowId={(r) => r.sectorTag ?? "-"}
        caption={t("sector.caption")}
        emptyMessage={t("sector.empty")}
      />
    </div>
  );
}
