import { getTranslations } from "next-intl/server";
import type { ResultsView } from "@/lib/data/results/types";
import type { Locale } from "@/lib/framework";
import { shortBoard } from "@/lib/report/why";
import { formatIndex } from "./format";

/** The overall index (one decimal), the level with its name and meaning, completion, and the short-board rule when it applied. */
export async function OverallSummary({ view, locale }: { view: ResultsView; locale: Locale }) {
  const t = await getTranslations();
  const { main, self, verified } = view;
  const level = main.overall.level;
  const capped = shortBoard(main);
  const dimName = (code: string) => view.framework.dimensions.find((d) => d.code === code)?.name[locale] ?? code;
  return (
    <section aria-labelledby="summary-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="summary-heading" className="text-lg font-semibold text-slate-900">
        {t("results.summary.heading")}
      </h2>
      <dl className="mt-3 grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-700">{t("results.summary.index")}</dt>
          <dd className="text-3xl font-semibold text-slate-900" data-testid="overall-index">
            {formatIndex(main.overall.index)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("results.summary.level")}</dt>
          <dd className="text-xl font-semibold text-slate-900" data-testid="overall-level">
            {level === null ? t("results.summary.noScore") : `L${level} ${t(`levels.${level}`)}`}
          </dd>
          {level !== null && <dd className="mt-1 text-sm text-slate-800">{t(`results.summary.meaning.${level}`)}</dd>}
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("results.summary.completion")}</dt>
          <dd className="text-xl font-semibold text-slate-900">{Math.round(main.overall.completion * 100)}%</dd>
        </div>
      </dl>
      {verified && (
        <p className="mt-3 text-sm text-slate-800">
          {t("results.summary.selfIndex")} {formatIndex(self.overall.index)} · {t("results.summary.verifiedIndex")}{" "}
          {formatIndex(verified.overall.index)}
        </p>
      )}
      {capped.length > 0 && (
        <p className="mt-3 rounded-md border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="short-board">
          {t("results.summary.shortBoard", { dimensions: capped.map(dimName).join(locale === "en" ? ", " : "、") })}
        </p>
      )}
    </section>
  );
}
