"use client";
import { CircleAlert, CircleCheck, CloudOff, LoaderCircle, Pencil } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Acked } from "./answer";
import type { SaveState } from "./save-state";

const icon = "size-4 shrink-0";

/** One question's save state, announced politely; the text, not the colour, carries the meaning. */
export function SaveStatus({
  state,
  acked,
  onRetry,
  onOpenConflict,
}: {
  state: SaveState;
  acked: Acked;
  onRetry: () => void;
  onOpenConflict: () => void;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const time = (iso: string) => format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" });

  let content: React.ReactNode = null;
  let tone = "text-slate-700";
  switch (state.kind) {
    case "idle":
      if (acked.updatedAt) {
        const when = format.dateTime(new Date(acked.updatedAt), { dateStyle: "medium", timeStyle: "short" });
        content = acked.updatedByName
          ? t("questionnaire.save.lastSavedBy", { when, name: acked.updatedByName })
          : t("questionnaire.save.lastSaved", { when });
      }
      break;
    case "pending":
      content = (
        <>
          <Pencil className={icon} aria-hidden="true" />
          {t("questionnaire.save.pending")}
        </>
      );
      break;
    case "saving":
      content = (
        <>
          <LoaderCircle className={`${icon} animate-spin motion-reduce:animate-none`} aria-hidden="true" />
          {t("questionnaire.save.saving")}
        </>
      );
      break;
    case "saved":
      tone = "text-green-900";
      content = (
        <>
          <CircleCheck className={icon} aria-hidden="true" />
          {t("questionnaire.save.saved", { time: time(state.at) })}
        </>
      );
      break;
    case "retrying":
      tone = "text-red-900";
      content = (
        <>
          <CloudOff className={icon} aria-hidden="true" />
          {t("questionnaire.save.retrying")}
        </>
      );
      break;
    case "invalid":
      tone = "text-red-900";
      content = (
        <>
          <CircleAlert className={icon} aria-hidden="true" />
          {t("questionnaire.save.invalid")}
        </>
      );
      break;
    case "conflict":
      tone = "text-red-900";
      content = (
        <>
          <CircleAlert className={icon} aria-hidden="true" />
          {t("questionnaire.save.conflict")}
        </>
      );
      break;
    case "failed":
      tone = "text-red-900";
      content = (
        <>
          <CircleAlert className={icon} aria-hidden="true" />
          {t("questionnaire.save.failed", {
            reason: t.has(`errors.${state.messageKey}`) ? t(`errors.${state.messageKey}`) : t("errors.internal"),
          })}
        </>
      );
      break;
  }

  return (
    <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
      <p role="status" className={`flex items-center gap-1.5 text-sm font-medium ${tone}`}>
        {content}
      </p>
      {state.kind === "retrying" && (
        <Button type="button" variant="link" size="sm" className="h-auto px-0" onClick={onRetry}>
          {t("questionnaire.save.retryNow")}
        </Button>
      )}
      {state.kind === "failed" && (
        <Button type="button" variant="link" size="sm" className="h-auto px-0" onClick={onRetry}>
          {t("questionnaire.save.tryAgain")}
        </Button>
      )}
      {state.kind === "conflict" && (
        <Button type="button" variant="link" size="sm" className="h-auto px-0" onClick={onOpenConflict}>
          {t("questionnaire.save.resolve")}
        </Button>
      )}
    </div>
  );
}
