"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { approveAssessmentAction, returnAssessmentAction } from "@/app/(app)/assessments/[id]/actions";
import { ConfirmDialog } from "./confirm-dialog";
import { useReviewState } from "./review-state";

/** Return or approve. The server re-checks status, scope and the version; the dialogs only make the step deliberate. */
export function DecisionPanel({ assessmentId, version }: { assessmentId: string; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const { unsaved } = useReviewState();
  const warning = unsaved.size > 0 ? t("review.decision.unsavedWarning", { count: unsaved.size }) : null;

  const run = async (action: typeof returnAssessmentAction) => {
    const res = await action({ assessmentId, expectedVersion: version });
    if (res.ok) {
      // The page re-renders read-only with the new status (and, once approved, the stored scores).
      router.refresh();
      return null;
    }
    // Approval waits for a decision on every answer changed since the last review: say which ones.
    if (res.messageKey === "changedNeedDecision" && res.issues?.length) {
      return t("review.decision.undecided", { codes: res.issues.map((i) => i.path).join(t("review.decision.codeSeparator")) });
    }
    return t.has(`errors.${res.messageKey}`) ? t(`errors.${res.messageKey}`) : t("errors.internal");
  };

  return (
    <div className="flex flex-wrap gap-3">
      <ConfirmDialog
        label={t("review.decision.return")}
        title={t("review.decision.returnTitle")}
        body={t("review.decision.returnBody")}
        warning={warning}
        confirmLabel={t("review.decision.confirmReturn")}
        variant="secondary"
        onConfirm={() => run(returnAssessmentAction)}
      />
      <ConfirmDialog
        label={t("review.decision.approve")}
        title={t("review.decision.approveTitle")}
        body={t("review.decision.approveBody")}
        warning={warning}
        confirmLabel={t("review.decision.confirmApprove")}
        variant="primary"
        onConfirm={() => run(approveAssessmentAction)}
      />
    </div>
  );
}
