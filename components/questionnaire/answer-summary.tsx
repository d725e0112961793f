"use client";
import { useTranslations } from "next-intl";

/** An answer in words: "L3 Defined", "Not applicable" with its reason, or "Not answered"; with the note when there is one. */
export function AnswerSummary({
  level,
  na,
  naReason,
  note,
}: {
  level: number | null;
  na: boolean;
  naReason: string;
  note: string;
}) {
  const t = useTranslations();
  return (
    <div className="space-y-2 text-sm text-slate-800">
      <p className="text-base font-semibold text-slate-900">{answerLabel(t, level, na)}</p>
      {na && (
        <p className="whitespace-pre-wrap break-words">
          <span className="block font-medium text-slate-900">{t("questionnaire.na.reason")}</span>
          {naReason || "—"}
        </p>
      )}
      <p className="whitespace-pre-wrap break-words">
        <span className="block font-medium text-slate-900">{t("questionnaire.note.label")}</span>
        {note || t("questionnaire.note.none")}
      </p>
    </div>
  );
}

type T = ReturnType<typeof useTranslations>;

export function answerLabel(t: T, level: number | null, na: boolean): string {
  if (na) return t("levels.notApplicable");
  if (level === null) return t("levels.unanswered");
  return `L${level} ${t(`levels.${level}`)}`;
}
