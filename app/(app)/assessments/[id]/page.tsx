import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CarryOverBanner, CarryOverProvider } from "@/components/carryover/carry-over";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { indicatorOnScreen, questionCardsOf } from "@/components/questionnaire/questionnaire-content";
import { PriorPlanProvider } from "@/components/results/prior-plan";
import { QuestionnaireLinks } from "@/components/results/questionnaire-links";
import { requireActor } from "@/lib/auth/guard";
import { getCarryOverView } from "@/lib/data/assessments/carry-over";
import type { QuestionnaireView } from "@/lib/data/assessments/types";
import { getQuestionnaireView } from "@/lib/data/assessments/view";
import { openPriorPlanItems } from "@/lib/data/results/plan";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { frameworkSkeletonForClient } from "@/lib/framework/for-locale";
import { toLocale } from "@/lib/i18n/config";
import { isUuid } from "@/lib/validation/uuid";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("questionnaire");
  return { title: t("title") };
}

// Reads the view after the data layer's read check; anything the actor may not see is a plain 404.
export default async function AssessmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ i?: string | string[] }>;
}) {
  const actor = await requireActor();
  const { id } = await params;
  const { i } = await searchParams;
  if (!isUuid(id)) notFound();
  let view: QuestionnaireView;
  let prior: Awaited<ReturnType<typeof openPriorPlanItems>>;
  let carry: Awaited<ReturnType<typeof getCarryOverView>>;
  try {
    // Results issue: last cycle's open plan items on each question, the results link and "import answers".
    // Both ask the same (request-cached) read check, so they run side by side.
    // Issue 10 §3: "以上期答案为起点" and the carried answers still to confirm.
    [view, prior, carry] = await Promise.all([getQuestionnaireView(actor, id), openPriorPlanItems(actor, id), getCarryOverView(actor, id)]);
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) notFound();
    throw err;
  }
  // The question texts are rendered on the server (question-card.tsx); the client islands get the
  // framework's skeleton in the reader's language and each response without the reviewer's working data.
  const locale = toLocale(await getLocale());
  // Only the indicator on screen is rendered here; the questionnaire fetches the others as it moves to them.
  const onScreen = indicatorOnScreen(view.framework, typeof i === "string" ? i : undefined);
  const slim: QuestionnaireView = {
    ...view,
    framework: frameworkSkeletonForClient(view.framework, locale),
    responses: Object.fromEntries(Object.entries(view.responses).map(([code, r]) => [code, { ...r, review: null }])),
  };
  // A new status or version (submitted, returned) starts the client state afresh from the server.
  // Issue 10 §3: answers carried over start the client state afresh too.
  return (
    <PriorPlanProvider items={prior}>
      <CarryOverProvider assessmentId={id} view={carry}>
        <div className="space-y-4">
          <QuestionnaireLinks assessmentId={id} canImport={view.permissions.answer} approved={view.assessment.status === "APPROVED"} />
          <CarryOverBanner />
          <Questionnaire
            key={`${view.assessment.status}-${view.assessment.version}-${carry.carriedCount}`}
            view={slim}
            initialCards={{ indicator: onScreen, locale, cards: questionCardsOf(view.framework, onScreen, locale, view.responses, view.assessment.status) ?? {} }}
          />
        </div>
      </CarryOverProvider>
    </PriorPlanProvider>
  );
}
