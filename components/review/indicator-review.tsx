import type { ResponseView } from "@/lib/data/assessments/types";
import type { Indicator, Locale } from "@/lib/framework";
import { BatchVerifyForm, type BatchQuestion } from "./batch-verify-form";
import { IndicatorCounts } from "./indicator-counts";
import { QuestionReview } from "./question-review";

/** One indicator's questions, collapsible so a long review can be worked through indicator by indicator. */
export function IndicatorReview({
  indicator,
  responses,
  locale,
  assessmentId,
  canReview,
  showVerification,
  reviewRound,
}: {
  indicator: Indicator;
  responses: Record<string, ResponseView>;
  locale: Locale;
  assessmentId: string;
  canReview: boolean;
  showVerification: boolean;
  /** The round the page was loaded in: the batch save names it so a stale page is refused. */
  reviewRound: number;
}) {
  return (
    <details open className="group rounded-md border border-slate-300 bg-slate-50">
      <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3 focus-visible:outline-3 focus-visible:outline-blue-700">
        <h3 className="text-base font-semibold text-slate-900">
          <span className="me-2 font-mono text-slate-700">{indicator.code}</span>
          {indicator.name[locale]}
        </h3>
        <IndicatorCounts codes={indicator.questions.map((q) => q.code)} />
      </summary>
      <div className="space-y-3 px-4 pb-4">
        {canReview && (
          <BatchVerifyForm
            assessmentId={assessmentId}
            reviewRound={reviewRound}
            indicatorCode={indicator.code}
            indicatorName={indicator.name[locale]}
            questions={batchQuestions(indicator, responses, locale)}
          />
        )}
        {indicator.questions.map((q) => (
          <QuestionReview
            key={q.code}
            question={q}
            response={responses[q.code]}
            locale={locale}
            assessmentId={assessmentId}
            canReview={canReview}
            showVerification={showVerification}
          />
        ))}
      </div>
    </details>
  );
}

/** The answered questions the reviewer can verify, with what the batch form shows: only the reader's language. */
function batchQuestions(indicator: Indicator, responses: Record<string, ResponseView>, locale: Locale): BatchQuestion[] {
  return indicator.questions.flatMap((q) => {
    const r = responses[q.code];
    if (!r || r.na || r.level === null) return [];
    const review = r.review ?? null;
    // As the single-question form: a changed answer starts with no level chosen.
    const initialLevel = review?.current ? review.current.verifiedLevel : review?.needsDecision ? null : (r.verifiedLevel ?? r.level);
    return [
      {
        code: q.code,
        text: q.text[locale],
        selfLevel: r.level,
        initialLevel,
        levels: q.levels.map((l) => l[locale]),
        criteria: q.criteria ? (["2", "3", "4", "5"] as const).map((l) => q.criteria![l].map((c) => c[locale])) : undefined,
      },
    ];
  });
}
