import { getLocale, getTranslations } from "next-intl/server";
import { SvgChart } from "@/components/charts/svg-chart";
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
  return (
    <div>
      {shown.length > 0 ? <SvgChart option={option} width={760} height={320} label={t("distribution.label")} /> : null}
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t("distribution.heading")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              {(["dimension", "n", "min", "q1", "median", "q3", "max", "mean"] as const).map((k) => (
                <th key={k} scope="col" className={`p-2 ${k === "dimension" ? "" : "text-right"}`}>
                  {t(`distribution.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-left font-normal">{nameOf(r.code)}</th>
                <td className="p-2 text-right tabular-nums">{r.n}</td>
                {[r.min, r.q1, r.median, r.q3, r.max, r.mean].map((v, i) => (
                  <td key={i} className="p-2 text-right tabular-nums">{fmt(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
