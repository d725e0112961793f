"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { startAssessmentAction } from "@/app/(app)/assessments/actions";
import { Button } from "@/components/ui/button";

/** Creates the department's assessment for the cycle (or finds the one a colleague just created) and opens it. */
export function StartAssessmentButton({
  cycleId,
  orgUnitId,
  department,
  cycle,
}: {
  cycleId: string;
  orgUnitId: string;
  /** Named in the accessible label: a user over several departments sees one button per row. */
  department: string;
  /** Named too: with two open cycles (say, one per framework version) the same department has two buttons. */
  cycle: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const text = pending ? t("review.home.starting") : t("review.home.start");
  return (
    <div>
      <Button
        size="sm"
        disabled={pending}
        aria-label={t("review.home.actionOf", { action: text, department, cycle })}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const res = await startAssessmentAction({ cycleId, orgUnitId });
            if (res.ok) {
              router.push(`/assessments/${res.data.assessmentId}`);
              return;
            }
            setError(t.has(`errors.${res.messageKey}`) ? t(`errors.${res.messageKey}`) : t("errors.internal"));
          })
        }
      >
        {text}
      </Button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
