import { BarChart3 } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportAnswers } from "./import-answers";

/** Above the questionnaire: the results page, and "import answers" for those who may answer now. */
export async function QuestionnaireLinks({ assessmentId, canImport, approved }: { assessmentId: string; canImport: boolean; approved: boolean }) {
  const t = await getTranslations("results.links");
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <Link href={`/assessments/${assessmentId}/results`} className="inline-flex items-center gap-1 text-sm font-medium text-blue-800 underline underline-offset-4">
        <BarChart3 className="size-4" aria-hidden="true" />
        {approved ? t("open") : t("provisional")}
      </Link>
      {canImport && <ImportAnswers assessmentId={assessmentId} />}
    </div>
  );
}
