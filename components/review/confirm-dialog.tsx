"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonProps } from "@/components/ui/button";

/** A button that asks before an irreversible step; the step's error is shown inside the dialog, which stays open. */
export function ConfirmDialog({
  label,
  title,
  body,
  warning,
  confirmLabel,
  variant,
  onConfirm,
}: {
  label: string;
  title: string;
  body: string;
  warning?: string | null;
  confirmLabel: string;
  variant: ButtonProps["variant"];
  /** Resolves to an error message, or null when done (the dialog then closes). */
  onConfirm: () => Promise<string | null>;
}) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        setError(null);
      }}
    >
      <Dialog.Trigger asChild>
        <Button variant={variant}>{label}</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(34rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-lg font-semibold text-slate-900">{title}</Dialog.Title>
          <Dialog.Description className="mt-3 text-sm text-slate-800">{body}</Dialog.Description>
          {warning && (
            <Alert tone="info" className="mt-4">
              {warning}
            </Alert>
          )}
          {error && (
            <Alert tone="error" className="mt-4">
              {error}
            </Alert>
          )}
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="secondary" disabled={pending}>
                {t("common.cancel")}
              </Button>
            </Dialog.Close>
            <Button
              variant={variant}
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const message = await onConfirm();
                  if (message === null) setOpen(false);
                  else setError(message);
                })
              }
            >
              {pending ? t("review.decision.working") : confirmLabel}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
