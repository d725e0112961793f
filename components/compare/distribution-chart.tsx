import type { ColumnDef } from "@tanstack/react-table";
import { getLocale, getTranslations } from "next-intl/server";
import { SvgChart } from "@/components/charts/svg-chart";
import { DataTable } from "@/components/ui/data-table";
import type { DistributionRow } from "@/lib/data/compare/aggregates";
import { OVERALL } from "@/lib/data/compare/score-rows";
import type { DimensionInfo } from "@/lib/data/compare/scope";
import { fmt } from "./format";

export async function DistributionChart({ rows, dimensions }: { rows: DistributionRow[]; dimensions: DimensionInfo[] }) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const nameOf = (code: string) => {
    if (code === OVERALL) return t("overall");
    const d = dimensions.find((x) => x.code === code);
    return d ? (locale === "en" ? d.nameEn : d.nameZh) : "—";
  };
  const shown = rows.filter((r) => r.n > 0);
  const round = (n: number | null) => (n === null ? 0 : Math.round(n * 10) / 10);
  const option = {
    grid: { left: 50, right: 20, top: 20, bottom: 70 },
    xAxis: { type: "category", data: shown.map((r) => nameOf(r.code)), axisLabel: { interval: 0, width: 120, overflow: "break" } },
    yAxis: { type: "value", min: 0, max: 100 },
    series: [{ type: "boxplot", data: shown.map((r) => [round(r.min), round(r.q1), round(r.median), round(r.q3), round(r.max)]) }],
  };
  const figures = ["min", "q1", "median", "q3", "max", "mean"] as const;
  const columns: ColumnDef<DistributionRow, unknown>[] = [
    { id: "dimension", header: t("distribution.dimension"), meta: { primary: true, rowHeader: true }, cell: ({ row: { original: r } }) => nameOf(r.code) },
    { id: "n", header: t("distribution.n"), meta: { numeric: true }, cell: ({ row: { original: r } }) => r.n },
    ...figures.map(
      (k): ColumnDef<DistributionRow, unknown> => ({
        id: k,
        header: t(`distribution.${k}`),
        meta: { numeric: true },
        cell: ({ row: { original: r } }) => fmt(r[k]),
      }),
    ),
  ];
  return (
    <div>
      {shown.length > 0 ? <SvgChart option={option} width={760} height={320} label={t("distribution.label")} /> : null}
      <div className="mt-2 overflow-x-auto">
        <DataTable
          columns={columns}
          data={rows}
          getRowId={(r) => r.code}
          caption={t("distribution.heading")}
          captionHidden
          emptyMessage={t("distribution.empty")}
        />
      </div>
    </div>
  );
}
