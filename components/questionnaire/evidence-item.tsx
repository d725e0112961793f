"use client";
import { FileText, Link as LinkIcon, MessageSquareText, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteEvidenceAction } from "@/app/(app)/assessments/[id]/actions";
import { Button } from "@/components/ui/button";
import type { EvidenceView } from "@/lib/data/assessments/types";
import { LazyConfirmDialog as ConfirmDialog } from "./lazy-confirm-dialog";
import { formatBytes } from "./format";

const SAFE_URL = /^https?:\/\//i;

/** What the item is called in the delete confirmation and the button's accessible name. */
function itemName(e: EvidenceView): string {
  if (e.kind === "FILE") return e.fileName ?? "";
  if (e.kind === "LINK") return e.url ?? "";
  const text = e.text ?? "";
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

export function EvidenceItem({
  evidence,
  canDelete,
  onDeleted,
}: {
  evidence: EvidenceView;
  canDelete: boolean;
  onDeleted: (id: string) => void;
}) {
  const t = useTranslations();
  const [confirming, setConfirming] = useState(false);
  const name = itemName(evidence);

  const remove = async (): Promise<string | null> => {
    try {
      const res = await deleteEvidenceAction({ evidenceId: evidence.id });
      if (res.ok || res.code === "NOT_FOUND") {
        // Already gone counts as done.
        onDeleted(evidence.id);
        return null;
      }
      return t.has(`errors.${res.messageKey}`) ? t(`errors.${res.messageKey}`) : t("errors.internal");
    } catch {
      return t("questionnaire.evidence.networkError");
    }
  };

  return (
    <li className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 p-3">
      <div className="flex min-w-0 flex-1 items-start gap-2">
        {evidence.kind === "FILE" && (
          <>
            <FileText className="mt-0.5 size-4 shrink-0 text-slate-700" aria-hidden="true" />
            <p className="min-w-0 text-sm">
              <span className="sr-only">{t("questionnaire.evidence.kind.FILE")}</span>
              <a
                href={`/api/v1/evidence/${evidence.id}`}
                download={evidence.fileName ?? true}
                className="font-medium break-all text-blue-800 underline underline-offset-4 hover:text-blue-950"
              >
                {evidence.fileName}
              </a>
              {evidence.sizeBytes !== null && <span className="ml-2 text-slate-700">({formatBytes(evidence.sizeBytes)})</span>}
            </p>
          </>
        )}
        {evidence.kind === "LINK" && (
          <>
            <LinkIcon className="mt-0.5 size-4 shrink-0 text-slate-700" aria-hidden="true" />
            <p className="min-w-0 text-sm">
              <span className="sr-only">{t("questionnaire.evidence.kind.LINK")}</span>
              {evidence.url && SAFE_URL.test(evidence.url) ? (
                <a
                  href={evidence.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="break-all text-blue-800 underline underline-offset-4 hover:text-blue-950"
                >
                  {evidence.url}
                  <span className="sr-only">{t("questionnaire.evidence.newWindow")}</span>
                </a>
              ) : (
                <span className="break-all">{evidence.url}</span>
              )}
            </p>
          </>
        )}
        {evidence.kind === "TEXT" && (
          <>
            <MessageSquareText className="mt-0.5 size-4 shrink-0 text-slate-700" aria-hidden="true" />
            <p className="min-w-0 text-sm whitespace-pre-wrap break-words text-slate-900">
              <span className="sr-only">{t("questionnaire.evidence.kind.TEXT")}</span>
              {evidence.text}
            </p>
          </>
        )}
      </div>
      {canDelete && (
        <>
          <Button type="button" variant="ghost" size="sm" onClick={() => setConfirming(true)}>
            <Trash2 className="size-4" aria-hidden="true" />
            {t("questionnaire.evidence.delete")}
            <span className="sr-only">{name}</span>
          </Button>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            title={t("questionnaire.evidence.deleteTitle")}
            description={t("questionnaire.evidence.deleteDescription", { name })}
            confirmLabel={t("questionnaire.evidence.deleteConfirm")}
            busyLabel={t("questionnaire.evidence.deleting")}
            danger
            onConfirm={remove}
          />
        </>
      )}
    </li>
  );
}
