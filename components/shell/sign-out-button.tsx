"use client";
import { useTranslations } from "next-intl";
import { useLayoutEffect, useState } from "react";
import { LazyConfirmDialog as ConfirmDialog } from "@/components/questionnaire/lazy-confirm-dialog";
import { sendPendingOnce } from "@/components/questionnaire/pending-flush";
import { clearAllPending, setPendingOwner } from "@/components/questionnaire/pending-store";
import { Button } from "@/components/ui/button";

/**
 * Signs out after one last attempt to send answers the server has not
 * acknowledged; if some could not be sent it says so and asks first. Then
 * every kept answer is cleared from this browser (office PCs are shared).
 * It also tells the pending store whose answers are being kept: a layout
 * effect, so it runs before any questionnaire's effects read the store.
 */
export function SignOutButton({ userId }: { userId: string }) {
  const t = useTranslations();
  const [busy, setBusy] = useState(false);
  const [unsent, setUnsent] = useState(0);

  useLayoutEffect(() => {
    setPendingOwner(userId);
  }, [userId]);

  const finish = async () => {
    clearAllPending();
    setPendingOwner(null);
    // next-auth's browser code is needed only now: loaded on sign-out, not with every page.
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: "/sign-in" });
  };

  const start = async () => {
    setBusy(true);
    const left = await sendPendingOnce(userId);
    setBusy(false);
    if (left > 0) setUnsent(left);
    else await finish();
  };

  return (
    <>
      <Button variant="secondary" size="sm" disabled={busy} onClick={() => void start()}>
        {t("nav.signOut")}
      </Button>
      <ConfirmDialog
        open={unsent > 0}
        onOpenChange={(open) => !open && setUnsent(0)}
        title={t("nav.pendingTitle")}
        description={t("errors.pendingNotSent", { count: unsent })}
        confirmLabel={t("nav.signOutAnyway")}
        busyLabel={t("nav.signingOut")}
        danger
        onConfirm={async () => {
          await finish();
          return null;
        }}
      />
    </>
  );
}
