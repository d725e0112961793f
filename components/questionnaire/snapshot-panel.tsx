"use client";
import { useTranslations } from "next-intl";
import type { Framework, Locale } from "@/lib/framework/schema";
import type { ScoreResult } from "@/lib/scoring";
import { formatIndex } from "./format";

/** Once approved: the stored self-assessed and verified results, and how far the self-assessment ran ahead. */
export function SnapshotPanel({
  self,
  verified,
  framework,
  locale,
  className,
}: {
  self: ScoreResult;
  verified: ScoreResult;
  framework: Framework;
  locale: Locale;
  className?: string;
}) {
  const t = useTranslations();
  const levelText = (level: number | null) => (level === null ? t("questionnaire.score.noLevel") : `L${level} ${t(`levels.${level}`)}`);
  const nameOf = (code: string) => framework.dimensions.find((d) => d.code === code)?.name[locale] ?? code;
  const inflation =
    self.overall.index !== null && verified.overall.index !== null ? self.overall.index - verified.overall.index : null;
  const signed = (x: number | null) => (x === null ? "—" : `${x > 0 ? "+" : ""}${x.toFixed(1)}`);
  return (
    <section aria-labelledby="result-heading" className={`rounded-lg border border-slate-300 bg-white p-4 shadow-sm ${className ?? ""}`}>
      <h2 id="result-heading" className="text-lg font-semibold text-slate-900">
        {t("questionnaire.result.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("questionnaire.result.note")}</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-700">{t("questionnaire.result.self")}</dt>
        <dd className="font-semibold text-slate-900">
          {formatIndex(self.overall.index)} · {levelText(self.overall.level)}
        </dd>
        <dt className="text-slate-700">{t("questionnaire.result.verified")}</dt>
        <dd className="font-semibold text-slate-900">
          {formatIndex(verified.overall.index)} · {levelText(verified.overall.level)}
        </dd>
        <dt className="text-slate-700">{t("questionnaire.result.inflation")}</dt>
        <dd className="font-semibold text-slate-900" data-testid="inflation">
          {signed(inflation)}
        </dd>
      </dl>
      <ul className="mt-4 space-y-3">
        {self.dimensions.map((d) => {
          const v = verified.dimensions.find((x) => x.code === d.code);
          return (
            <li key={d.code} className="border-t border-slate-200 pt-2 text-sm">
              <p className="font-medium text-slate-900">
                <span className="font-mono">{d.code}</span> {nameOf(d.code)}
              </p>
              <p className="text-slate-800">
                {t("questionnaire.result.dimensionLine", {
                  self: formatIndex(d.index),
                  verified: formatIndex(v?.index ?? null),
                  level: levelText(v?.level ?? null),
                })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
