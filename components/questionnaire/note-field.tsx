"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useFormState, useWatch, type UseFormReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { NOTE_MAX } from "@/lib/validation/limits";
import type { Answer } from "./answer";
import { textareaClass } from "./field-styles";

export function NoteField({ form, idBase, readOnly }: { form: UseFormReturn<Answer>; idBase: string; readOnly: boolean }) {
  const t = useTranslations("questionnaire.note");
  const format = useFormatter();
  const note = useWatch({ control: form.control, name: "note" }) ?? "";
  const { errors } = useFormState({ control: form.control, name: "note" });
  const error = errors.note?.message;
  const id = `${idBase}-note`;

  if (readOnly) {
    return (
      <div className="mt-4">
        <p className="text-sm font-semibold text-slate-900">{t("label")}</p>
        <p className="mt-1 text-sm whitespace-pre-wrap break-words text-slate-800">{note || t("none")}</p>
      </div>
    );
  }

  return (
    <div className="mt-4">
      <Label htmlFor={id}>
        {t("label")}
        <span className="font-normal text-slate-700">{t("optional")}</span>
      </Label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t("hint")}
      </p>
      <textarea
        id={id}
        rows={3}
        maxLength={NOTE_MAX}
        aria-invalid={!!error}
        aria-describedby={[`${id}-hint`, `${id}-count`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
        className={`${textareaClass} mt-1`}
        {...form.register("note")}
      />
      <p id={`${id}-count`} className="mt-1 text-right text-sm text-slate-700">
        {t("count", { count: format.number(note.length), max: format.number(NOTE_MAX) })}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
