import { useTranslations } from "next-intl";
import { STATUS_STYLE } from "@/components/assessment/status-style";
import type { AssessmentStatus } from "@/lib/data/assessments/types";
import { cn } from "@/lib/utils";

/** The compact badge for tables; same icon and colour as the questionnaire's, words first. */
export function StatusBadge({ status, className }: { status: AssessmentStatus; className?: string }) {
  const t = useTranslations("review.status");
  const { icon: Icon, className: tone } = STATUS_STYLE[status];
  return (
    <span
      className={cn("inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-medium whitespace-nowrap", tone, className)}
    >
      <Icon className="size-3.5 shrink-0" aria-hidden="true" />
      {t(status)}
    </span>
  );
}
