"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { regeneratePlanAction } from "@/app/(app)/assessments/[id]/results/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Rebuilds the plan from the stored verified result; edited items keep their content (the data layer decides). */
export function RegeneratePlanButton({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  return (
    <div data-print-hidden>
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await regeneratePlanAction({ assessmentId });
            if (res.ok) {
              setMessage({ tone: "success", text: t("results.plan.regenerated", res.data) });
              router.refresh();
            } else setMessage({ tone: "error", text: t(`errors.${res.messageKey}`) });
          })
        }
      >
        {t("results.plan.regenerate")}
      </Button>
      <p className="mt-1 text-xs text-slate-700">{t("results.plan.regenerateHint")}</p>
      {message && <Alert tone={message.tone} className="mt-2 py-2">{message.text}</Alert>}
    </div>
  );
}
