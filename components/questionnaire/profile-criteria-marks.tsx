"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { markCriteriaAction } from "@/app/(app)/assessments/[id]/profile-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CRITERIA_LEVELS, type Locale, type Question } from "@/lib/framework/schema";

/**
 * 2.0: the reviewer ticks the criteria the evidence shows (stored with the
 * response). Read-only once the review is over: the ticked criteria are listed.
 */
export function ProfileCriteriaMarks({
  assessmentId,
  question,
  locale,
  initial,
  canEdit,
}: {
  assessmentId: string;
  question: Question;
  locale: Locale;
  initial: readonly string[];
  canEdit: boolean;
}) {
  const t = useTranslations("framework2.marks");
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set(initial));
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!question.criteria) return null;
  const criteria = question.criteria;
  const idBase = `marks-${question.code.replaceAll(".", "-")}`;

  if (!canEdit) {
    const ticked = CRITERIA_LEVELS.flatMap((l) => criteria[l].filter((c) => initial.includes(c.id)));
    if (ticked.length === 0) return null;
    return (
      <div className="mt-3 text-sm">
        <p className="font-semibold text-slate-900">{t("heading")}</p>
        <ul className="mt-1 list-disc pl-5 text-slate-800">
          {ticked.map((c) => (
            <li key={c.id}>{c[locale]}</li>
          ))}
        </ul>
      </div>
    );
  }

  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const res = await markCriteriaAction({ assessmentId, questionCode: question.code, criteria: [...checked] });
      setMessage(res.ok ? { tone: "success", text: t("saved") } : { tone: "error", text: t("error") });
    } catch {
      setMessage({ tone: "error", text: t("error") });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="mt-4 rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{t("heading")}</legend>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      {CRITERIA_LEVELS.map((l) => (
        <div key={l} className="mt-2">
          <p className="text-sm font-medium text-slate-900">{t("level", { level: l })}</p>
          {criteria[l].map((c) => (
            <label key={c.id} htmlFor={`${idBase}-${c.id}`} className="mt-1 flex items-start gap-2 text-sm text-slate-800">
              <input
                id={`${idBase}-${c.id}`}
                type="checkbox"
                className="mt-0.5 size-5 shrink-0 accent-blue-800"
                checked={checked.has(c.id)}
                onChange={(e) => {
                  const next = new Set(checked);
                  if (e.target.checked) next.add(c.id);
                  else next.delete(c.id);
                  setChecked(next);
                }}
              />
              {c[locale]}
            </label>
          ))}
        </div>
      ))}
      {message && (
        <Alert tone={message.tone} className="mt-2">
          {message.text}
        </Alert>
      )}
      <Button type="button" variant="secondary" size="sm" className="mt-3" disabled={busy} onClick={save}>
        {t("save")}
      </Button>
    </fieldset>
  );
}
