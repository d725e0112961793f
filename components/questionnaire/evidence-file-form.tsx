"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import type { EvidenceView } from "@/lib/data/assessments/types";
import { ACCEPT, precheckFile } from "./file-check";
import { FormMessage, type FormMessageState } from "./form-message";

interface UploadError {
  error?: { code?: string; message?: string; issues?: { path: string; message: string }[] };
}

/** Uploads one file to the evidence route (multipart); the route checks the content and answers in the user's language. */
export function EvidenceFileForm({
  assessmentId,
  questionCode,
  onAdded,
}: {
  assessmentId: string;
  questionCode: string;
  onAdded: (e: EvidenceView) => void;
}) {
  const t = useTranslations();
  const input = useRef<HTMLInputElement>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [message, setMessage] = useState<FormMessageState>(null);
  const [busy, setBusy] = useState(false);
  const id = `${questionCode}-ev-file`;

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    setMessage(null);
    setServerError(null);
    const file = input.current?.files?.[0];
    const problem = precheckFile(file);
    setFieldError(problem ?? undefined);
    if (problem || !file) {
      input.current?.focus();
      return;
    }
    const body = new FormData();
    body.set("questionCode", questionCode);
    body.set("file", file);
    setBusy(true);
    try {
      const res = await fetch(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence`, { method: "POST", body });
      const json = (await res.json().catch(() => ({}))) as UploadError & { data?: EvidenceView };
      if (res.status === 201 && json.data) {
        onAdded(json.data);
        formElement.reset();
        setMessage({ tone: "success", text: t("questionnaire.evidence.uploaded", { name: json.data.fileName ?? file.name }) });
      } else {
        setServerError(json.error?.issues?.[0]?.message ?? json.error?.message ?? t("errors.internal"));
      }
    } catch {
      setMessage({ tone: "error", text: t("questionnaire.evidence.networkError") });
    } finally {
      setBusy(false);
    }
  };

  const describedBy = [`${id}-hint`, fieldError ? `${id}-error` : "", serverError ? `${id}-server` : ""].filter(Boolean).join(" ");

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-1">
      <Label htmlFor={id}>{t("questionnaire.evidence.fileLabel")}</Label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t("questionnaire.evidence.fileHint")}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={id}
          type="file"
          accept={ACCEPT}
          aria-invalid={!!(fieldError || serverError)}
          aria-describedby={describedBy}
          onChange={() => {
            setFieldError(undefined);
            setServerError(null);
          }}
          className="block max-w-full min-w-0 flex-1 basis-52 text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm file:text-slate-900 hover:file:bg-slate-100"
        />
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? t("questionnaire.evidence.uploading") : t("questionnaire.evidence.upload")}
        </Button>
      </div>
      <FieldError id={`${id}-error`} message={fieldError} />
      {serverError && (
        <p id={`${id}-server`} role="alert" className="mt-1 text-sm text-red-800">
          {serverError}
        </p>
      )}
      <FormMessage message={message} />
    </form>
  );
}
