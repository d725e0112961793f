import { getTranslations } from "next-intl/server";
import type { ResultsView } from "@/lib/data/results/types";
import type { Locale } from "@/lib/framework";
import { formatIndex, formatSigned } from "./format";

/** "Why this level, and what the next one needs": computed from the scoring rule (lib/report/why.ts), per dimension. */
export async function WhySection({ view, locale }: { view: ResultsView; locale: Locale }) {
  const t = await getTranslations();
  const text = new Map(view.questions.map((q) => [q.code, q.text[locale]]));
  const levelText = (l: number | null) => (l === null ? "—" : `L${l} ${t(`levels.${l}`)}`);
  return (
    <section aria-labelledby="why-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="why-heading" className="text-lg font-semibold text-slate-900">
        {t("results.why.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("results.why.intro")}</p>
      <div className="mt-4 space-y-5">
        {view.why.map((d) => {
          const dim = view.framework.dimensions.find((x) => x.code === d.code)!;
          return (
            <div key={d.code}>
              <h3 className="font-semibold text-slate-900">{dim.name[locale]}</h3>
              <p className="mt-1 text-sm text-slate-800">
                {d.index === null
                  ? t("results.why.noScore")
                  : d.nextLevel === null
                    ? t("results.why.top", { level: levelText(d.level), index: formatIndex(d.index) })
                    : t("results.why.next", { level: levelText(d.level), index: formatIndex(d.index), next: d.nextLevel, points: formatIndex(d.pointsToNext) })}
              </p>
              {d.index !== null && d.questions.length === 0 && <p className="mt-1 text-sm text-slate-700">{t("results.why.none")}</p>}
              <ol className="mt-2 space-y-2">
                {d.questions.map((q) => (
                  <li key={q.question} className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
                    <p className="text-slate-900">
                      <span className="font-medium">{q.question}</span> {text.get(q.question)}
                    </p>
                    <dl className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 text-slate-800 sm:grid-cols-4">
                      <div>
                        <dt className="text-xs text-slate-700">{t("results.why.effective")}</dt>
                        <dd>L{q.effective}</dd>
                      </div>
                      <div>
                        <dt className="text-xs text-slate-700">{t("results.why.share")}</dt>
                        <dd className="tabular-nums">{(q.share * 100).toFixed(1)}%</dd>
                      </div>
                      <div>
                        <dt className="text-xs text-slate-700">{t("results.why.dimensionGain")}</dt>
                        <dd className="tabular-nums">{formatSigned(q.dimensionGain)}</dd>
                      </div>
                      <div>
                        <dt className="text-xs text-slate-700">{t("results.why.overallGain")}</dt>
                        <dd className="tabular-nums">{formatSigned(q.overallGain)}</dd>
                      </div>
                    </dl>
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </div>
    </section>
  );
}
