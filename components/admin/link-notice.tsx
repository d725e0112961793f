"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { LinkMail } from "@/lib/data/admin/link-mail";

/** Shows a one-time set-password link once, for the admin to pass on (no mail server is needed; with SMTP set it was mailed too). */
export function LinkNotice({ token, expiresAt, mail, onClose }: { token: string; expiresAt: string; mail?: LinkMail; onClose?: () => void }) {
  const t = useTranslations("admin");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  const url = typeof window === "undefined" ? `/set-password/${token}` : `${window.location.origin}/set-password/${token}`;
  return (
    <div role="status" className="mt-3 rounded-md border-l-4 border-blue-700 bg-blue-50 p-3 text-sm text-blue-950">
      <p className="font-semibold">{t("link.title")}</p>
      <p className="mt-1">{t("link.body", { expires: format.dateTime(new Date(expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
      {mail?.status === "sent" && (
        <p className="mt-1" data-testid="link-mail">
          {t("link.mailSent", { email: mail.to })}
        </p>
      )}
      {mail?.status === "failed" && (
        <p className="mt-1 font-medium text-red-800" data-testid="link-mail">
          {t("link.mailFailed", { reason: t(`link.mailReasons.${mail.reason}`) })}
        </p>
      )}
      <label className="mt-2 block font-medium" htmlFor={`link-${token.slice(0, 8)}`}>
        {t("link.label")}
      </label>
      <input
        id={`link-${token.slice(0, 8)}`}
        readOnly
        value={url}
        data-testid="set-password-link"
        className="mt-1 block w-full rounded border border-slate-500 bg-white px-2 py-1 font-mono text-xs"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="mt-2 flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="secondary"
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? t("common.copied") : t("common.copy")}
        </Button>
        {onClose && (
          <Button size="sm" variant="secondary" type="button" onClick={onClose}>
            {t("common.close")}
          </Button>
        )}
      </div>
    </div>
  );
}
