import { BarChart3 } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The link to an assessment's results page (review page, home). */
export async function ResultsLink({ assessmentId, approved }: { assessmentId: string; approved: boolean }) {
  const t = await getTranslations("results.links");
  return (
    <Link href={`/assessments/${assessmentId}/results`} className="mt-2 inline-flex items-center gap-1 text-sm font-medium text-blue-800 underline underline-offset-4">
      <BarChart3 className="size-4" aria-hidden="true" />
      {approved ? t("open") : t("provisional")}
    </Link>
  );
}
