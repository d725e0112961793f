import { useTranslations } from "next-intl";
import type { AssessmentStatus } from "@/lib/data/assessments/types";
import { cn } from "@/lib/utils";

const tones: Record<AssessmentStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-900",
  SUBMITTED: "bg-blue-100 text-blue-900",
  RETURNED: "bg-amber-100 text-amber-900",
  APPROVED: "bg-green-100 text-green-900",
};

/** The status in words (colour only supports it, never carries it alone). */
export function StatusBadge({ status, className }: { status: AssessmentStatus; className?: string }) {
  const t = useTranslations("review.status");
  return (
    <span className={cn("inline-block rounded px-2 py-0.5 text-sm font-medium whitespace-nowrap", tones[status], className)}>
      {t(status)}
    </span>
  );
}
