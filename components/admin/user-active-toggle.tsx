"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { Button } from "@/components/ui/button";

export function UserActiveToggle({ userId, active, label }: { userId: string; active: boolean; label: string }) {
  const t = useTranslations();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <Button
        size="sm"
        variant={active ? "secondary" : "primary"}
        disabled={pending}
        aria-label={`${active ? t("users.deactivate") : t("users.activate")}: ${label}`}
        onClick={() =>
          startTransition(async () => {
            const res = await setUserActiveAction({ userId, active: !active });
            setError(res.ok ? null : t(`errors.${res.messageKey}`));
          })
        }
      >
        {active ? t("users.deactivate") : t("users.activate")}
      </Button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
