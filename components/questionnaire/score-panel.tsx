"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { Framework, Locale } from "@/lib/framework/schema";
import type { ScoreResult } from "@/lib/scoring";
import { formatIndex } from "./format";

/** The provisional score of the acknowledged answers, computed in the browser with the same engine the server uses. */
export function ScorePanel({
  score,
  framework,
  locale,
  className,
}: {
  score: ScoreResult;
  framework: Framework;
  locale: Locale;
  className?: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const percent = (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 0 });
  const levelText = (level: number | null) => (level === null ? t("questionnaire.score.noLevel") : `L${level} ${t(`levels.${level}`)}`);
  const nameOf = (code: string) => framework.dimensions.find((d) => d.code === code)?.name[locale] ?? code;
  return (
    <section aria-labelledby="score-heading" className={`rounded-lg border border-slate-300 bg-white p-4 shadow-sm ${className ?? ""}`}>
      <h2 id="score-heading" className="text-lg font-semibold text-slate-900">
        {t("questionnaire.score.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("questionnaire.score.provisionalNote")}</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-700">{t("questionnaire.score.overallIndex")}</dt>
        <dd className="font-semibold text-slate-900" data-testid="score-overall">
          {formatIndex(score.overall.index)}
        </dd>
        <dt className="text-slate-700">{t("questionnaire.score.overallLevel")}</dt>
        <dd className="font-semibold text-slate-900">{levelText(score.overall.level)}</dd>
        <dt className="text-slate-700">{t("questionnaire.score.completion")}</dt>
        <dd className="text-slate-900">{percent(score.overall.completion)}</dd>
      </dl>
      <ul className="mt-4 space-y-3">
        {score.dimensions.map((d) => (
          <li key={d.code} className="border-t border-slate-200 pt-2 text-sm">
            <p className="font-medium text-slate-900">
              <span className="font-mono">{d.code}</span> {nameOf(d.code)}
            </p>
            <p className="text-slate-800">
              {t("questionnaire.score.dimensionLine", {
                index: formatIndex(d.index),
                level: levelText(d.level),
                completion: percent(d.completion),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
