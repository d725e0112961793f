import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/guard";
import { loadAssessmentForRead } from "@/lib/data/assessments/access";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

/**
 * Decides "may this user read this assessment at all" before anything
 * streams: the results' and review's loading.tsx would otherwise send a 200
 * before the page's own check could answer 404. The pages check again for
 * what they do. The questionnaire itself has no loading.tsx: its HTML comes
 * whole, so the page is on screen at the first paint instead of after a
 * skeleton swapped for it once the scripts run (its largest paint was late).
 */
export default async function AssessmentLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const actor = await requireActor();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  try {
    await loadAssessmentForRead(actor, id);
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) notFound();
    throw err;
  }
  return children;
}
