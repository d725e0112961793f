"use client";
import { useTranslations } from "next-intl";
import type { AssessmentStatus } from "@/lib/data/assessments/types";
import type { Progress } from "./framework-index";
import { ProgressBar } from "./progress-bar";
import { StatusBadge } from "./status-badge";

export function QuestionnaireHeader({
  orgUnitName,
  cycleName,
  status,
  progress,
  unsaved,
  needAttention,
  canEdit,
  showSubmitLink,
}: {
  orgUnitName: string;
  cycleName: string;
  status: AssessmentStatus;
  progress: Progress;
  unsaved: number;
  needAttention: number;
  canEdit: boolean;
  showSubmitLink: boolean;
}) {
  const t = useTranslations("questionnaire");
  return (
    <header className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <p className="text-sm font-medium text-slate-700">{orgUnitName}</p>
      <h1 className="mt-1 text-2xl font-semibold text-slate-900">{cycleName}</h1>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <StatusBadge status={status} />
        {canEdit && (
          <p role="status" className="text-sm font-medium text-slate-800">
            {unsaved === 0
              ? t("save.allSaved")
              : needAttention > 0
                ? t("save.unsavedAttention", { count: unsaved, attention: needAttention })
                : t("save.unsaved", { count: unsaved })}
          </p>
        )}
        {showSubmitLink && (
          <a href="#submit" className="text-sm font-medium text-blue-800 underline underline-offset-4 hover:text-blue-950">
            {t("submit.jump")}
          </a>
        )}
      </div>
      <div className="mt-4 max-w-xl">
        <p className="text-sm text-slate-800">
          {t("progress.overall", { answered: progress.answered, total: progress.total })}
        </p>
        <ProgressBar answered={progress.answered} total={progress.total} className="mt-1" />
      </div>
    </header>
  );
}
