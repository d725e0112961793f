import { getTranslations } from "next-intl/server";
import { SvgChart } from "@/components/charts/svg-chart";
import type { ResultsView } from "@/lib/data/results/types";
import type { Locale } from "@/lib/framework";
import { wrapAxisName } from "@/lib/charts/wrap";
import { FiguresTable } from "./data-table";
import { formatIndex } from "./format";

const COLORS = { self: "#b45309", verified: "#1e40af", target: "#047857", peer: "#7c3aed" };

/**
 * The four dimensions as a radar (drawn on the server: no chart script in the
 * browser) and the same figures as a table. `peerMedian` is the slot for the
 * comparison feature: the peer median index per dimension code, drawn as one
 * more series and one more column when given.
 */
export async function DimensionRadar({
  view,
  locale,
  peerMedian,
}: {
  view: ResultsView;
  locale: Locale;
  peerMedian?: Readonly<Record<string, number | null>>;
}) {
  const t = await getTranslations("results.charts");
  const dims = view.framework.dimensions;
  const target = view.main.dimensions.map((d) => (d.target - 1) * 25);
  const series = [
    { name: t("self"), color: COLORS.self, value: view.self.dimensions.map((d) => d.index ?? 0), dashed: false },
    ...(view.verified ? [{ name: t("verified"), color: COLORS.verified, value: view.verified.dimensions.map((d) => d.index ?? 0), dashed: false }] : []),
    { name: t("target"), color: COLORS.target, value: target, dashed: true },
    ...(peerMedian ? [{ name: t("peerMedian"), color: COLORS.peer, value: dims.map((d) => peerMedian[d.code] ?? 0), dashed: true }] : []),
  ];
  const option = {
    color: series.map((s) => s.color),
    legend: { bottom: 0, data: series.map((s) => s.name), textStyle: { fontSize: 13 } },
    radar: {
      indicator: dims.map((d) => ({ name: wrapAxisName(d.name[locale]), max: 100 })),
      radius: "58%",
      center: ["50%", "48%"],
      axisName: { color: "#0f172a", fontSize: 13 },
    },
    series: [
      {
        type: "radar",
        symbolSize: 5,
        data: series.map((s) => ({ name: s.name, value: s.value, lineStyle: { width: 2, type: s.dashed ? "dashed" : "solid" } })),
      },
    ],
  };
  const columns = [t("dimension"), t("self"), ...(view.verified ? [t("verified")] : []), t("target"), ...(peerMedian ? [t("peerMedian")] : [])];
  const rows = dims.map((d, i) => ({
    key: d.code,
    cells: [
      d.name[locale],
      formatIndex(view.self.dimensions[i]?.index),
      ...(view.verified ? [formatIndex(view.verified.dimensions[i]?.index)] : []),
      `L${view.main.dimensions[i]!.target} (${target[i]})`,
      ...(peerMedian ? [formatIndex(peerMedian[d.code] ?? null)] : []),
    ],
  }));
  return (
    <section aria-labelledby="radar-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="radar-heading" className="text-lg font-semibold text-slate-900">
        {t("radarHeading")}
      </h2>
      <div className="mt-3 grid gap-4 lg:grid-cols-2 lg:items-center">
        <SvgChart option={option} width={520} height={400} label={t("radarLabel")} />
        <FiguresTable caption={t("tableCaptionRadar")} columns={columns} rows={rows} testId="radar-table" />
      </div>
    </section>
  );
}
