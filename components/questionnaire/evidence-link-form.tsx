"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addLinkEvidenceAction } from "@/app/(app)/assessments/[id]/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { EvidenceView } from "@/lib/data/assessments/types";
import { addLinkEvidenceSchema } from "@/lib/validation/assessment";
import { FormMessage, type FormMessageState } from "./form-message";

// The url rule of the server action's schema, so the browser and the server agree.
const linkFields = addLinkEvidenceSchema.pick({ url: true });

export function EvidenceLinkForm({
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
  const id = `${questionCode}-ev-link`;
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ url: string }>({ resolver: zodResolver(linkFields), defaultValues: { url: "" } });

  const onSubmit = handleSubmit(async ({ url }) => {
    setMessage(null);
    try {
      const res = await addLinkEvidenceAction({ assessmentId, questionCode, url });
      if (res.ok) {
        onAdded(res.data);
        reset();
        setMessage({ tone: "success", text: t("questionnaire.evidence.added") });
        return;
      }
      const urlIssue = res.issues?.find((i) => i.path === "url");
      if (urlIssue) setError("url", { message: urlIssue.message });
      else setMessage({ tone: "error", text: t.has(`errors.${res.messageKey}`) ? t(`errors.${res.messageKey}`) : t("errors.internal") });
    } catch {
      setMessage({ tone: "error", text: t("questionnaire.evidence.networkError") });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-1">
      <Label htmlFor={id}>{t("questionnaire.evidence.linkLabel")}</Label>
      <div className="flex flex-wrap gap-2">
        <Input
          id={id}
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
          aria-invalid={!!errors.url}
          aria-describedby={errors.url ? `${id}-error` : undefined}
          className="min-w-0 flex-1 basis-52"
          {...register("url")}
        />
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? t("questionnaire.evidence.adding") : t("questionnaire.evidence.addLink")}
        </Button>
      </div>
      <FieldError id={`${id}-error`} message={errors.url?.message} />
      <FormMessage message={message} />
    </form>
  );
}
