"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { setWarningStateAction } from "@/app/(app)/warnings/actions";
import { Button } from "@/components/ui/button";

/** Acknowledge / mark handled, with an optional note; the server checks scope and version. */
export function WarningStateForm({ warningId, version, state, unitName }: { warningId: string; version: number; state: string; unitName: string }) {
  const t = useTranslations();
  const router = useRouter();
  const noteId = useId();
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const send = (next: "ACKNOWLEDGED" | "HANDLED") =>
    start(async () => {
      const res = await setWarningStateAction({ warningId, state: next, note: note || undefined, expectedVersion: version });
      setMessage(res.ok ? { ok: true, text: t("warnings.saved") } : { ok: false, text: t(`errors.${res.messageKey}`) });
      if (res.ok) router.refresh();
    });
  return (
    <div className="space-y-2">
      <label htmlFor={noteId} className="sr-only">
        {`${t("warnings.note")}：${unitName}`}
      </label>
      <textarea
        id={noteId}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={2000}
        rows={2}
        placeholder={t("warnings.notePlaceholder")}
        className="block w-full min-w-48 rounded-md border border-slate-400 p-2 text-sm"
      />
      <div className="flex flex-wrap gap-2">
        {state === "NEW" ? (
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => send("ACKNOWLEDGED")}>
            {t("warnings.acknowledge")}
          </Button>
        ) : null}
        {state !== "HANDLED" ? (
          <Button size="sm" disabled={pending} onClick={() => send("HANDLED")}>
            {t("warnings.handle")}
          </Button>
        ) : null}
      </div>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-green-800" : "text-sm text-red-800"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
