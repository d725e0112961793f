import { getLocale, getTranslations } from "next-intl/server";
import { SvgChart } from "@/components/charts/svg-chart";
import type { LeagueRow } from "@/lib/data/compare/league";
import type { DimensionInfo } from "@/lib/data/compare/scope";
import { fmt, LEVEL_COLOURS } from "./format";

/** Units × dimensions, coloured by level with the index in each cell; the table below holds the same numbers. */
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
      pieces: [{ value: 0, color: "#e2e8f0" }, ...LEVEL_COLOURS.map((color, i) => ({ value: i + 1, color }))],
    },
    series: [{ type: "heatmap", data, label: { show: true, color: "#0f172a" } }],
  };
  return (
    <div>
      <SvgChart option={option} width={760} height={height} label={t("heatmap.label")} />
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t("heatmap.heading")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">{t("league.unit")}</th>
              {dimNames.map((n) => (
                <th key={n} scope="col" className="p-2 text-right">{n}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scored.map((r, y) => (
              <tr key={r.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-left font-normal">{unitNames[y]}</th>
                {dimensions.map((d, x) => (
                  <td key={d.code} className="p-2 text-right tabular-nums">
                    {fmt(r.dims[x])}
                    {r.dimLevels[x] ? <span className="ml-1 text-slate-600">（{tAll(`levels.${r.dimLevels[x]}`)}）</span> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
