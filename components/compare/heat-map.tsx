import type { ColumnDef } from "@tanstack/react-table";
import { getLocale, getTranslations } from "next-intl/server";
import { SvgChart } from "@/components/charts/svg-chart";
import { DataTable } from "@/components/ui/data-table";
import type { LeagueRow } from "@/lib/data/compare/league";
import type { DimensionInfo } from "@/lib/data/compare/scope";
import { fmt, LEVEL_COLOURS } from "./format";

const NO_LEVEL = "#e2e8f0";

/**
 * Units × dimensions, coloured by level with the index in each cell, and a legend of the level colours; the table
 * below holds the same numbers (with the same colour mark). Under 640 px the picture would be too small to read, so
 * only the legend and the table (as cards) are shown there.
 */
export async function HeatMap({ rows, dimensions }: { rows: LeagueRow[]; dimensions: DimensionInfo[] }) {
  const [t, tAll, locale] = await Promise.all([getTranslations("compare"), getTranslations(), getLocale()]);
  const en = locale === "en";
  const scored = rows.filter((r) => r.overall !== null);
  if (scored.length === 0) return <p className="text-slate-700">{t("heatmap.empty")}</p>;
  const dimNames = dimensions.map((d) => (en ? d.nameEn : d.nameZh));
  const unitNames = scored.map((r) => (en ? r.nameEn : r.nameZh));
  const data = scored.flatMap((r, y) =>
    dimensions.map((_, x) => ({ value: [x, y, r.dimLevels[x] ?? 0], label: { formatter: fmt(r.dims[x]) } })),
  );
  const height = 80 + scored.length * 28;
  const option = {
    grid: { left: 200, right: 20, top: 50, bottom: 20 },
    xAxis: { type: "category", data: dimNames, position: "top", axisLabel: { interval: 0, width: 110, overflow: "break" } },
    yAxis: { type: "category", data: unitNames, inverse: true, axisLabel: { width: 190, overflow: "truncate" } },
    visualMap: {
      type: "piecewise",
      show: false,
      dimension: 2,
      pieces: [{ value: 0, color: NO_LEVEL }, ...LEVEL_COLOURS.map((color, i) => ({ value: i + 1, color }))],
    },
    series: [{ type: "heatmap", data, label: { show: true, color: "#0f172a" } }],
  };
  const colourOf = (level: number | null | undefined) => (level ? (LEVEL_COLOURS[level - 1] ?? NO_LEVEL) : NO_LEVEL);
  const swatch = (colour: string) => (
    <span aria-hidden="true" className="inline-block size-3 shrink-0 rounded-sm border border-slate-400" style={{ backgroundColor: colour }} />
  );
  const anyWithoutLevel = scored.some((r) => dimensions.some((_, x) => !r.dimLevels[x]));
  type Row = LeagueRow & { name: string };
  const columns: ColumnDef<Row, unknown>[] = [
    { id: "unit", header: t("league.unit"), meta: { primary: true, rowHeader: true }, cell: ({ row: { original: r } }) => r.name },
    ...dimensions.map(
      (d, x): ColumnDef<Row, unknown> => ({
        id: `dim-${d.code}`,
        header: dimNames[x],
        meta: { numeric: true },
        cell: ({ row: { original: r } }) => (
          <>
            <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
              {swatch(colourOf(r.dimLevels[x]))}
              {fmt(r.dims[x])}
            </span>
            {r.dimLevels[x] ? <span className="ml-1 text-slate-600">（{tAll(`levels.${r.dimLevels[x]}`)}）</span> : null}
          </>
        ),
      }),
    ),
  ];
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700" data-testid="heatmap-legend">
        <span id="heatmap-legend-label" className="font-medium text-slate-800">{t("heatmap.legend")}</span>
        <ul aria-labelledby="heatmap-legend-label" className="flex flex-wrap gap-x-4 gap-y-1">
          {LEVEL_COLOURS.map((colour, i) => (
            <li key={colour} className="inline-flex items-center gap-1.5">
              {swatch(colour)}
              {tAll(`levels.${i + 1}`)}
            </li>
          ))}
          {anyWithoutLevel ? (
            <li className="inline-flex items-center gap-1.5">
              {swatch(NO_LEVEL)}
              {t("heatmap.noLevel")}
            </li>
          ) : null}
        </ul>
      </div>
      <SvgChart option={option} width={760} height={height} label={t("heatmap.label")} className="hidden sm:block print:block" />
      <div className="overflow-x-auto">
        <DataTable
          columns={columns}
          data={scored.map((r, y) => ({ ...r, name: unitNames[y]! }))}
          getRowId={(r) => r.id}
          caption={t("heatmap.heading")}
          captionHidden
          emptyMessage={t("heatmap.empty")}
        />
      </div>
    </div>
  );
}
