import type { ResponseView } from "@/lib/data/assessments/types";
import type { Indicator, Locale } from "@/lib/framework";
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
}: {
  indicator: Indicator;
  responses: Record<string, ResponseView>;
  locale: Locale;
  assessmentId: string;
  canReview: boolean;
  showVerification: boolean;
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
