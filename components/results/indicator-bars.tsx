import { getTranslations } from "next-intl/server";
import { SvgChart } from "@/components/charts/svg-chart";
import type { ResultsView } from "@/lib/data/results/types";
import type { Locale } from "@/lib/framework";
import { FiguresTable } from "./data-table";
import { formatIndex } from "./format";

/** One bar per indicator (self, and verified once approved), drawn on the server, with a table of the same numbers. */
export async function IndicatorBars({ view, locale }: { view: ResultsView; locale: Locale }) {
  const t = await getTranslations("results.charts");
  const indicators = view.framework.dimensions.flatMap((d) => d.indicators);
  const selfBy = new Map(view.self.indicators.map((i) => [i.code, i.index]));
  const verifiedBy = new Map((view.verified?.indicators ?? []).map((i) => [i.code, i.index]));
  // Top to bottom in framework order: ECharts draws a category axis from the bottom up.
  const names = indicators.map((i) => i.name[locale]).reverse();
  const series = [
    { name: t("self"), type: "bar", data: indicators.map((i) => selfBy.get(i.code) ?? 0).reverse(), itemStyle: { color: "#b45309" } },
    ...(view.verified
      ? [{ name: t("verified"), type: "bar", data: indicators.map((i) => verifiedBy.get(i.code) ?? 0).reverse(), itemStyle: { color: "#1e40af" } }]
      : []),
  ];
  const height = Math.max(360, indicators.length * (view.verified ? 34 : 24) + 80);
  const option = {
    legend: { top: 0, data: series.map((s) => s.name), textStyle: { fontSize: 13 } },
    grid: { left: 8, right: 24, top: 36, bottom: 24, containLabel: true },
    xAxis: { type: "value", min: 0, max: 100, interval: 25, axisLabel: { color: "#334155" } },
    yAxis: { type: "category", data: names, axisLabel: { color: "#0f172a", fontSize: 12, width: 170, overflow: "break" } },
    series,
  };
  const columns = [t("indicator"), t("self"), ...(view.verified ? [t("verified")] : [])];
  const rows = indicators.map((i) => ({
    key: i.code,
    cells: [i.name[locale], formatIndex(selfBy.get(i.code)), ...(view.verified ? [formatIndex(verifiedBy.get(i.code))] : [])],
  }));
  return (
    <section aria-labelledby="bars-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="bars-heading" className="text-lg font-semibold text-slate-900">
        {t("barsHeading")}
      </h2>
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <SvgChart option={option} width={560} height={height} label={t("barsLabel")} />
        <FiguresTable caption={t("tableCaptionBars")} columns={columns} rows={rows} testId="indicator-table" />
      </div>
    </section>
  );
}
