"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { Framework, Locale } from "@/lib/framework/schema";
import type { ScoreResult } from "@/lib/scoring";
import { progressOf, questionsOfDimension } from "./framework-index";
import type { Acked } from "./answer";
import { formatIndex } from "./format";

/** A level read off a handful of answers misleads; below half of a dimension answered, none is shown. */
const MIN_SHARE_FOR_LEVEL = 0.5;

/** The provisional score of the acknowledged answers, computed in the browser with the same engine the server uses. */
export function ScorePanel({
  score,
  framework,
  locale,
  acked,
  className,
}: {
  score: ScoreResult;
  framework: Framework;
  locale: Locale;
  /** The acknowledged answers, to say what the estimate rests on. */
  acked: Readonly<Record<string, Acked | undefined>>;
  className?: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const percent = (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 0 });
  const levelText = (level: number | null) => (level === null ? t("questionnaire.score.noLevel") : `L${level} ${t(`levels.${level}`)}`);
  const nameOf = (code: string) => framework.dimensions.find((d) => d.code === code)?.name[locale] ?? code;
  const progress = new Map(framework.dimensions.map((d) => [d.code, progressOf(questionsOfDimension(d), acked)]));
  const answered = [...progress.values()].reduce((n, p) => n + p.answered, 0);
  const total = [...progress.values()].reduce((n, p) => n + p.total, 0);
  const enough = (code: string) => {
    const p = progress.get(code);
    return !!p && p.total > 0 && p.answered / p.total >= MIN_SHARE_FOR_LEVEL;
  };
  // The overall level is capped by the weakest dimension, so it means something only once every dimension does.
  const overallEnough = framework.dimensions.every((d) => enough(d.code));
  return (
    <section aria-labelledby="score-heading" className={`rounded-lg border border-slate-300 bg-white p-4 shadow-sm ${className ?? ""}`}>
      <h2 id="score-heading" className="text-lg font-semibold text-slate-900">
        {t("questionnaire.score.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("questionnaire.score.provisionalNote")}</p>
      <p className="mt-1 text-sm font-medium text-slate-900" data-testid="score-basis">
        {t("questionnaire.score.basis", { answered, total })}
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-700">{t("questionnaire.score.overallIndex")}</dt>
        <dd className="font-semibold text-slate-900" data-testid="score-overall">
          {formatIndex(score.overall.index)}
        </dd>
        <dt className="text-slate-700">{t("questionnaire.score.overallLevel")}</dt>
        <dd className="font-semibold text-slate-900">
          {overallEnough ? levelText(score.overall.level) : t("questionnaire.score.levelAfterHalf")}
        </dd>
        <dt className="text-slate-700">{t("questionnaire.score.completion")}</dt>
        <dd className="text-slate-900">{percent(score.overall.completion)}</dd>
      </dl>
      <ul className="mt-4 space-y-3">
        {score.dimensions.map((d) => (
          <li key={d.code} className="border-t border-slate-200 pt-2 text-sm">
            <p className="font-medium text-slate-900">
              {nameOf(d.code)}
            </p>
            <p className="text-slate-800">
              {t("questionnaire.score.dimensionLine", {
                index: formatIndex(d.index),
                level: enough(d.code) ? levelText(d.level) : t("questionnaire.score.levelAfterHalf"),
                completion: percent(d.completion),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
