"use client";
import { STATUS_STYLE } from "@/components/assessment/status-style";
import { useTranslations } from "next-intl";
import type { AssessmentStatus } from "@/lib/data/assessments/types";
import { cn } from "@/lib/utils";

/** Icon and words, with colour only as a third cue. */
export function StatusBadge({ status }: { status: AssessmentStatus }) {
  const t = useTranslations("questionnaire.status");
  const { icon: Icon, className } = STATUS_STYLE[status];
  return (
    <p className={cn("inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium", className)}>
      <Icon className="size-4 shrink-0" aria-hidden="true" />
      <span className="sr-only">{t("label")}</span>
      {t(status)}
    </p>
  );
}
