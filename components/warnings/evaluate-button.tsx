"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { evaluateNowAction } from "@/app/(app)/warnings/actions";
import { Button } from "@/components/ui/button";

export function EvaluateButton({ scopeId }: { scopeId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await evaluateNowAction({ scopeId });
            setMessage(res.ok ? { ok: true, text: t("warnings.evaluate.done", { ...res.data }) } : { ok: false, text: t(`errors.${res.messageKey}`) });
            if (res.ok) router.refresh();
          })
        }
      >
        {t("warnings.evaluate.button")}
      </Button>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-green-800" : "text-sm text-red-800"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
