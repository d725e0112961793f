import type { AssessmentStatus, ResponseView } from "@/lib/data/assessments/types";
import type { Framework, Locale } from "@/lib/framework/schema";
import { QuestionCard } from "./question-card";

/** The indicator a request for the questionnaire shows: `?i=` when it names one, else the first. */
export function indicatorOnScreen(framework: Framework, requested: string | undefined): string {
  const codes = framework.dimensions.flatMap((d) => d.indicators.map((i) => i.code));
  return requested && codes.includes(requested) ? requested : (codes[0] ?? "");
}

/**
 * The question cards of one indicator (server components), keyed by question
 * code. The page sends those of the indicator on screen; the questionnaire
 * asks for the others when it moves to them (indicatorCardsAction), so the
 * first response carries one indicator's texts, not the whole framework's.
 * Null when the framework has no such indicator.
 */
export function questionCardsOf(
  framework: Framework,
  indicatorCode: string,
  locale: Locale,
  responses: Readonly<Record<string, ResponseView>>,
  assessmentStatus: AssessmentStatus,
): Record<string, React.ReactNode> | null {
  const indicator = framework.dimensions.flatMap((d) => d.indicators).find((i) => i.code === indicatorCode);
  if (!indicator) return null;
  return Object.fromEntries(
    indicator.questions.map((question) => [
      question.code,
      <QuestionCard key={question.code} question={question} locale={locale} response={responses[question.code]} assessmentStatus={assessmentStatus} />,
    ]),
  );
}
