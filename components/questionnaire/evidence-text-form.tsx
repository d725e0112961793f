"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addTextEvidenceAction } from "@/app/(app)/assessments/[id]/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import type { EvidenceView } from "@/lib/data/assessments/types";
import { addTextEvidenceSchema, COMMENT_MAX } from "@/lib/validation/assessment";
import { textareaClass } from "./field-styles";
import { FormMessage, type FormMessageState } from "./form-message";

const textFields = addTextEvidenceSchema.pick({ text: true });

export function EvidenceTextForm({
  assessmentId,
  questionCode,
  onAdded,
}: {
  assessmentId: string;
  questionCode: string;
  onAdded: (e: EvidenceView) => void;
}) {
  const t = useTranslations();
  const [message, setMessage] = useState<FormMessageState>(null);
  const id = `${questionCode}-ev-text`;
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ text: string }>({ resolver: zodResolver(textFields), defaultValues: { text: "" } });

  const onSubmit = handleSubmit(async ({ text }) => {
    setMessage(null);
    try {
      const res = await addTextEvidenceAction({ assessmentId, questionCode, text });
      if (res.ok) {
        onAdded(res.data);
        reset();
        setMessage({ tone: "success", text: t("questionnaire.evidence.added") });
        return;
      }
      const issue = res.issues?.find((i) => i.path === "text");
      if (issue) setError("text", { message: issue.message });
      else setMessage({ tone: "error", text: t.has(`errors.${res.messageKey}`) ? t(`errors.${res.messageKey}`) : t("errors.internal") });
    } catch {
      setMessage({ tone: "error", text: t("questionnaire.evidence.networkError") });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-1">
      <Label htmlFor={id}>{t("questionnaire.evidence.textLabel")}</Label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t("questionnaire.evidence.textHint")}
      </p>
      <textarea
        id={id}
        rows={2}
        maxLength={COMMENT_MAX}
        aria-invalid={!!errors.text}
        aria-describedby={[`${id}-hint`, errors.text ? `${id}-error` : ""].filter(Boolean).join(" ")}
        className={textareaClass}
        {...register("text")}
      />
      <FieldError id={`${id}-error`} message={errors.text?.message} />
      <Button type="submit" variant="secondary" disabled={isSubmitting} className="mt-1">
        {isSubmitting ? t("questionnaire.evidence.adding") : t("questionnaire.evidence.addText")}
      </Button>
      <FormMessage message={message} />
    </form>
  );
}
