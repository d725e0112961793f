import { useFormatter, useTranslations } from "next-intl";
import type { DecisionView } from "@/lib/data/assessments/types";

/** Every earlier decision on one answer, one click away: round, reviewer, time, levels and comment. */
export function DecisionHistory({ history, previousRound }: { history: DecisionView[]; previousRound: number }) {
  const t = useTranslations("review.question");
  const format = useFormatter();
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium text-blue-800 underline underline-offset-4 hover:text-blue-950">
        {t("previousDecision", { round: previousRound })}
      </summary>
      <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3" aria-label={t("decisionHistory")}>
        {history.map((d, i) => (
          <li key={`${d.decidedAt}-${i}`} className="text-slate-800">
            <span className="block text-slate-700">
              {t("decisionMeta", {
                round: d.round,
                reviewer: d.reviewerName ?? t("unknownReviewer"),
                time: format.dateTime(new Date(d.decidedAt), { dateStyle: "medium", timeStyle: "short" }),
              })}
            </span>
            <span className="block font-medium text-slate-900">
              {t("decisionLevels", { self: t("levelShort", { level: d.selfLevel }), verified: t("levelShort", { level: d.verifiedLevel }) })}
              {d.acceptedSelf && <span className="ms-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{t("acceptedSelfTag")}</span>}
            </span>
            <span className="block whitespace-pre-wrap break-words">{d.comment || t("noComment")}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
