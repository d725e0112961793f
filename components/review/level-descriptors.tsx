import { useTranslations } from "next-intl";
import type { Locale, Question } from "@/lib/framework";

/**
 * What each level of a question means, beside the reviewer's choice (issue 11).
 * Rendered on the server; for framework 2.0 each level lists its criteria.
 */
export function LevelDescriptors({ question, locale, selfLevel }: { question: Question; locale: Locale; selfLevel: number }) {
  const t = useTranslations();
  return (
    <details className="mt-3 rounded-md border border-slate-200 bg-slate-50 text-sm">
      <summary className="cursor-pointer px-3 py-2 font-medium text-slate-900 focus-visible:outline-3 focus-visible:outline-blue-700">
        {t("review.question.descriptors")}
      </summary>
      <dl className="space-y-2 px-3 pb-3">
        {question.levels.map((text, i) => {
          const l = i + 1;
          const criteria = l >= 2 ? question.criteria?.[String(l) as "2" | "3" | "4" | "5"] : undefined;
          return (
            <div key={l} className={l === selfLevel ? "rounded bg-white p-1 ring-1 ring-slate-300" : "p-1"}>
              <dt className="font-medium text-slate-900">
                {t("review.question.levelValue", { level: l, name: t(`levels.${l}`) })}
                {l === selfLevel && <span className="ms-2 text-xs font-normal text-slate-700">({t("review.question.selfLevel")})</span>}
              </dt>
              <dd className="break-words text-slate-700">
                {criteria ? (
                  <ul aria-label={t("review.question.criteria")} className="list-disc ps-5">
                    {criteria.map((c) => (
                      <li key={c.id}>{c[locale]}</li>
                    ))}
                  </ul>
                ) : (
                  text[locale]
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
