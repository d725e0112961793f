"use client";
import { useTranslations } from "next-intl";
import { addTextEvidenceAction } from "@/app/(app)/assessments/[id]/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import type { EvidenceView } from "@/lib/data/assessments/types";
import { COMMENT_MAX } from "@/lib/validation/limits";
import { textareaClass } from "./field-styles";
import { FormMessage } from "./form-message";
import { useEvidenceForm } from "./use-evidence-form";

export function EvidenceTextForm({
  assessmentId,
  questionCode,
  onAdded,
}: {
  assessmentId: string;
  questionCode: string;
  onAdded: (e: EvidenceView) => void;
}) {
  const t = useTranslations("questionnaire.evidence");
  const id = `${questionCode}-ev-text`;
  const { form, onSubmit, message } = useEvidenceForm(
    "text",
    (text) => addTextEvidenceAction({ assessmentId, questionCode, text }),
    onAdded,
  );
  const error = form.formState.errors.value;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-1">
      <Label htmlFor={id}>{t("textLabel")}</Label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t("textHint")}
      </p>
      <textarea
        id={id}
        rows={2}
        maxLength={COMMENT_MAX}
        aria-invalid={!!error}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
        className={textareaClass}
        {...form.register("value")}
      />
      <FieldError id={`${id}-error`} message={error?.message} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting} className="mt-1">
        {form.formState.isSubmitting ? t("adding") : t("addText")}
      </Button>
      <FormMessage message={message} />
    </form>
  );
}
