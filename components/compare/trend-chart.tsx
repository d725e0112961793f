import type { ColumnDef } from "@tanstack/react-table";
import { getLocale, getTranslations } from "next-intl/server";
import { SvgChart } from "@/components/charts/svg-chart";
import { DataTable } from "@/components/ui/data-table";
import type { TrendPoint } from "@/lib/data/compare/aggregates";
import { OVERALL } from "@/lib/data/compare/score-rows";
import type { DimensionInfo } from "@/lib/data/compare/scope";
import { fmt } from "./format";

export async function TrendChart({ points, dimensions }: { points: TrendPoint[]; dimensions: DimensionInfo[] }) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const en = locale === "en";
  if (points.length === 0) return <p className="text-slate-700">{t("trend.empty")}</p>;
  const series = [...dimensions.map((d) => ({ code: d.code, name: en ? d.nameEn : d.nameZh })), { code: OVERALL, name: t("overall") }];
  const cycles = points.map((p) => (en ? p.nameEn : p.nameZh));
  const option = {
    legend: { bottom: 0 },
    grid: { left: 50, right: 20, top: 20, bottom: 90 },
    xAxis: { type: "category", data: cycles, axisLabel: { interval: 0, width: 140, overflow: "break" } },
    yAxis: { type: "value", min: 0, max: 100 },
    series: series.map((s) => ({
      type: "line",
      name: s.name,
      data: points.map((p) => (p.values[s.code] == null ? null : Math.round(p.values[s.code]! * 10) / 10)),
      connectNulls: true,
    })),
  };
  type Row = TrendPoint & { name: string };
  const columns: ColumnDef<Row, unknown>[] = [
    { id: "cycle", header: t("trend.cycle"), meta: { primary: true, rowHeader: true }, cell: ({ row: { original: p } }) => p.name },
    ...series.map(
      (s): ColumnDef<Row, unknown> => ({
        id: `s-${s.code}`,
        header: s.name,
        meta: { numeric: true },
        cell: ({ row: { original: p } }) => fmt(p.values[s.code]),
      }),
    ),
    { id: "n", header: t("trend.n"), meta: { numeric: true }, cell: ({ row: { original: p } }) => p.n },
  ];
  return (
    <div>
      <SvgChart option={option} width={760} height={360} label={t("trend.label")} />
      <div className="mt-2 overflow-x-auto">
        <DataTable
          columns={columns}
          data={points.map((p, i) => ({ ...p, name: cycles[i]! }))}
          getRowId={(p) => p.cycleId}
          caption={t("trend.heading")}
          captionHidden
          emptyMessage={t("trend.empty")}
        />
      </div>
    </div>
  );
}
