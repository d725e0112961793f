"use client";
import { CircleCheck, Clock, Pencil, Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import type { AssessmentStatus } from "@/lib/data/assessments/types";
import { cn } from "@/lib/utils";

const STYLE: Record<AssessmentStatus, { icon: typeof Pencil; className: string }> = {
  DRAFT: { icon: Pencil, className: "border-blue-800 bg-blue-50 text-blue-950" },
  SUBMITTED: { icon: Clock, className: "border-amber-700 bg-amber-50 text-amber-950" },
  RETURNED: { icon: Undo2, className: "border-red-700 bg-red-50 text-red-950" },
  APPROVED: { icon: CircleCheck, className: "border-green-700 bg-green-50 text-green-950" },
};

/** Icon and words, with colour only as a third cue. */
export function StatusBadge({ status }: { status: AssessmentStatus }) {
  const t = useTranslations("questionnaire.status");
  const { icon: Icon, className } = STYLE[status];
  return (
    <p className={cn("inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium", className)}>
      <Icon className="size-4 shrink-0" aria-hidden="true" />
      <span className="sr-only">{t("label")}</span>
      {t(status)}
    </p>
  );
}
