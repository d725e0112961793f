"use client";
import { useTranslations } from "next-intl";
import { useFormState, useWatch, type UseFormReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { NA_REASON_MAX } from "@/lib/validation/limits";
import type { Answer } from "./answer";
import { textareaClass } from "./field-styles";

/** "Not applicable" and its required reason; only on questions that allow it. */
export function NaField({ form, idBase, readOnly }: { form: UseFormReturn<Answer>; idBase: string; readOnly: boolean }) {
  const t = useTranslations("questionnaire.na");
  const na = useWatch({ control: form.control, name: "na" });
  const { errors } = useFormState({ control: form.control, name: "naReason" });
  const reasonError = errors.naReason?.message;
  const reasonId = `${idBase}-na-reason`;

  if (readOnly) {
    if (!na) return null;
    return (
      <div className="mt-4 rounded-md border border-slate-300 bg-slate-50 p-3">
        <p className="text-sm font-semibold text-slate-900">{t("marked")}</p>
        <p className="mt-2 text-sm font-medium text-slate-900">{t("reason")}</p>
        <p className="text-sm whitespace-pre-wrap break-words text-slate-800">{form.getValues("naReason") || "—"}</p>
      </div>
    );
  }

  return (
    <div className="mt-4">
      <div className="flex items-start gap-2">
        <input
          id={`${idBase}-na`}
          type="checkbox"
          aria-controls={na ? reasonId : undefined}
          aria-describedby={`${idBase}-na-hint`}
          className="mt-0.5 size-5 shrink-0 accent-blue-800"
          {...form.register("na", {
            // N/A answers have no level (the server stores none): clear it so the cards do not suggest one.
            onChange: (e: { target: { checked: boolean } }) => {
              if (e.target.checked) form.setValue("level", null);
            },
          })}
        />
        <div>
          <label htmlFor={`${idBase}-na`} className="text-sm font-medium text-slate-900">
            {t("label")}
          </label>
          <p id={`${idBase}-na-hint`} className="text-sm text-slate-700">
            {t("hint")}
          </p>
        </div>
      </div>
      {na && (
        <div className="mt-3 pl-7">
          <Label htmlFor={reasonId}>
            {t("reason")}
            <span className="font-normal text-slate-700">{t("required")}</span>
          </Label>
          <textarea
            id={reasonId}
            rows={3}
            maxLength={NA_REASON_MAX}
            aria-required="true"
            aria-invalid={!!reasonError}
            aria-describedby={reasonError ? `${reasonId}-error` : undefined}
            className={`${textareaClass} mt-1`}
            {...form.register("naReason")}
          />
          <FieldError id={`${reasonId}-error`} message={reasonError} />
        </div>
      )}
    </div>
  );
}
