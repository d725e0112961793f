import { getLocale, getTranslations } from "next-intl/server";
import { SvgChart } from "@/components/charts/svg-chart";
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
  return (
    <div>
      <SvgChart option={option} width={760} height={360} label={t("trend.label")} />
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t("trend.heading")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">{t("trend.cycle")}</th>
              {series.map((s) => (
                <th key={s.code} scope="col" className="p-2 text-right">{s.name}</th>
              ))}
              <th scope="col" className="p-2 text-right">{t("trend.n")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={p.cycleId} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-left font-normal">{cycles[i]}</th>
                {series.map((s) => (
                  <td key={s.code} className="p-2 text-right tabular-nums">{fmt(p.values[s.code])}</td>
                ))}
                <td className="p-2 text-right tabular-nums">{p.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
