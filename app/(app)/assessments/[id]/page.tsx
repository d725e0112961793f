import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CarryOverBanner, CarryOverProvider } from "@/components/carryover/carry-over";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { PriorPlanProvider } from "@/components/results/prior-plan";
import { QuestionnaireLinks } from "@/components/results/questionnaire-links";
import { requireActor } from "@/lib/auth/guard";
import { getCarryOverView } from "@/lib/data/assessments/carry-over";
import type { QuestionnaireView } from "@/lib/data/assessments/types";
import { getQuestionnaireView } from "@/lib/data/assessments/view";
import { openPriorPlanItems } from "@/lib/data/results/plan";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { frameworkForClient } from "@/lib/framework/for-locale";
import { toLocale } from "@/lib/i18n/config";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("questionnaire");
  return { title: t("title") };
}

// Reads the view after the data layer's read check; anything the actor may not see is a plain 404.
export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  let view: QuestionnaireView;
  try {
    view = await getQuestionnaireView(actor, id);
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) notFound();
    throw err;
  }
  // The browser gets the reader's language only: the framework is most of what this page sends.
  const locale = toLocale(await getLocale());
  const slim: QuestionnaireView = { ...view, framework: frameworkForClient(view.framework, locale) };
  // Results issue: last cycle's open plan items on each question, the results link and "import answers".
  // Issue 10 §3: "以上期答案为起点" and the carried answers still to confirm.
  const [prior, carry] = await Promise.all([openPriorPlanItems(actor, id), getCarryOverView(actor, id)]);
  // A new status or version (submitted, returned), or answers carried over, start the client state afresh from the server.
  return (
    <PriorPlanProvider items={prior}>
      <CarryOverProvider assessmentId={id} view={carry}>
        <div className="space-y-4">
          <QuestionnaireLinks assessmentId={id} canImport={view.permissions.answer} approved={view.assessment.status === "APPROVED"} />
          <CarryOverBanner />
          <Questionnaire key={`${view.assessment.status}-${view.assessment.version}-${carry.carriedCount}`} view={slim} />
        </div>
      </CarryOverProvider>
    </PriorPlanProvider>
  );
}
