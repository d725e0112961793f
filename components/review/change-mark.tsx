"use client";
import { useTranslations } from "next-intl";
import type { ReviewInfo } from "@/lib/data/assessments/types";
import { useReviewState } from "./review-state";

type Answer = NonNullable<ReviewInfo["changed"]>["from"];

/**
 * "Changed since the last review (L1 → L2); last verified L1" on an answer the
 * department changed after a decision of an earlier round, with whether it
 * still needs a decision in this round (approval waits for it).
 */
export function ChangeMark({
  questionCode,
  changed,
  previousVerified,
  needsDecision,
}: {
  questionCode: string;
  changed: NonNullable<ReviewInfo["changed"]>;
  previousVerified: number;
  needsDecision: boolean;
}) {
  const t = useTranslations("review.question");
  const { decided } = useReviewState();
  const open = needsDecision && !decided.has(questionCode);
  const short = (a: Answer) => (a.na ? t("naShort") : a.level !== null ? t("levelShort", { level: a.level }) : t("unansweredShort"));
  return (
    <p className="mt-3 flex flex-wrap items-center gap-2 rounded-md border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-slate-900">
      <span className="font-medium">
        {t("changedSinceReview", {
          from: short(changed.from),
          to: short(changed.to),
          verified: t("levelShort", { level: previousVerified }),
        })}
      </span>
      <span
        className={
          open
            ? "rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950"
            : "rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900"
        }
      >
        {open ? t("needsDecision") : t("decidedThisRound")}
      </span>
    </p>
  );
}
