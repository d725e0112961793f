"use client";
import { MessageSquareWarning } from "lucide-react";
import { useTranslations } from "next-intl";

/** The reviewer's comment on a returned assessment, at the top of the question it concerns. */
export function ReviewerComment({ comment, verifiedLevel }: { comment: string; verifiedLevel: number | null }) {
  const t = useTranslations();
  return (
    <div role="note" aria-label={t("questionnaire.review.comment")} className="mt-3 rounded-md border-l-4 border-amber-700 bg-amber-50 px-4 py-3">
      <p className="flex items-center gap-2 font-semibold text-amber-950">
        <MessageSquareWarning className="size-5 shrink-0" aria-hidden="true" />
        {t("questionnaire.review.comment")}
      </p>
      <p className="mt-1 text-sm whitespace-pre-wrap break-words text-slate-900">{comment}</p>
      {verifiedLevel !== null && (
        <p className="mt-1 text-sm text-slate-800">
          {t("questionnaire.review.verifiedLevel", { level: `L${verifiedLevel} ${t(`levels.${verifiedLevel}`)}` })}
        </p>
      )}
    </div>
  );
}
