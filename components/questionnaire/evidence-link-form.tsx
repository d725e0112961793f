"use client";
import { useTranslations } from "next-intl";
import { addLinkEvidenceAction } from "@/app/(app)/assessments/[id]/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { EvidenceView } from "@/lib/data/assessments/types";
import { FormMessage } from "./form-message";
import { useEvidenceForm } from "./use-evidence-form";

export function EvidenceLinkForm({
  assessmentId,
  questionCode,
  onAdded,
}: {
  assessmentId: string;
  questionCode: string;
  onAdded: (e: EvidenceView) => void;
}) {
  const t = useTranslations("questionnaire.evidence");
  const id = `${questionCode}-ev-link`;
  const { form, onSubmit, message } = useEvidenceForm(
    "url",
    (url) => addLinkEvidenceAction({ assessmentId, questionCode, url }),
    onAdded,
  );
  const error = form.formState.errors.value;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-1">
      <Label htmlFor={id}>{t("linkLabel")}</Label>
      <div className="flex flex-wrap gap-2">
        <Input
          id={id}
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-w-0 flex-1 basis-52"
          {...form.register("value")}
        />
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("adding") : t("addLink")}
        </Button>
      </div>
      <FieldError id={`${id}-error`} message={error?.message} />
      <FormMessage message={message} />
    </form>
  );
}
