"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { signOutEverywhereAction } from "@/app/(app)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function SignOutEverywhere() {
  const t = useTranslations();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="mt-3 space-y-3">
      <p className="text-sm text-slate-700">{t("account.signOutEverywhereHint")}</p>
      {error && <Alert tone="error">{error}</Alert>}
      {confirming ? (
        <div className="flex gap-2">
          <Button
            variant="danger"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const res = await signOutEverywhereAction({});
                if (res.ok) window.location.assign("/sign-in");
                else setError(t(`errors.${res.messageKey}`));
              })
            }
          >
            {t("account.signOutEverywhereConfirm")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("common.cancel")}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t("account.signOutEverywhere")}
        </Button>
      )}
    </div>
  );
}
