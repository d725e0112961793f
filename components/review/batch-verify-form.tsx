"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { verifyBatchAction } from "@/app/(app)/assessments/[id]/actions";
import { Button } from "@/components/ui/button";
import { asLevel } from "./scoring-input";
import { useReviewState } from "./review-state";

const LEVELS = [1, 2, 3, 4, 5] as const;

/** One answered question as the batch form needs it; texts already in the reader's language. */
export interface BatchQuestion {
  code: string;
  text: string;
  selfLevel: number;
  /** Null when the reviewer must choose afresh (the answer changed since the last decision). */
  initialLevel: number | null;
  /** L1..L5 descriptors. */
  levels: string[];
  /** 2.0: the criteria of L2..L5 (index 0 = L2), shown under their level. */
  criteria?: string[][];
}

/**
 * Issue 11: the verified levels of one indicator's questions, chosen side by
 * side with each level's descriptor and saved in one request. The server
 * applies the single-question rules to every item and saves all or nothing.
 */
export function BatchVerifyForm({
  assessmentId,
  reviewRound,
  indicatorCode,
  indicatorName,
  questions,
}: {
  assessmentId: string;
  reviewRound: number;
  indicatorCode: string;
  indicatorName: string;
  questions: BatchQuestion[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const { markSaved, markUnsaved } = useReviewState();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<Record<string, number | null>>(() => Object.fromEntries(questions.map((q) => [q.code, q.initialLevel])));
  const [chosen, setChosen] = useState(saved);
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const dirty = questions.some((q) => chosen[q.code] !== saved[q.code]);
  const unsavedKey = `batch:${indicatorCode}`;
  useEffect(() => markUnsaved(unsavedKey, dirty), [dirty, unsavedKey, markUnsaved]);

  const base = `batch-${indicatorCode.replaceAll(".", "-")}`;
  const title = t("review.batch.title", { indicator: `${indicatorCode} ${indicatorName}` });

  const save = () =>
    start(async () => {
      setStatus(null);
      if (questions.some((q) => chosen[q.code] == null)) {
        setStatus({ tone: "error", text: t("review.batch.chooseAll") });
        return;
      }
      const items = questions.map((q) => ({ questionCode: q.code, verifiedLevel: chosen[q.code]! }));
      const res = await verifyBatchAction({ assessmentId, expectedRound: reviewRound, items });
      if (!res.ok) {
        const main = t.has(`errors.${res.messageKey}`) ? t(`errors.${res.messageKey}`) : t("errors.internal");
        const detail = (res.issues ?? []).map((i) => (t.has(`validation.${i.message}`) ? t(`validation.${i.message}`) : "")).filter(Boolean);
        setStatus({ tone: "error", text: [main, ...new Set(detail)].join(" ") });
        return;
      }
      for (const item of items) {
        const level = asLevel(item.verifiedLevel);
        if (level) markSaved(item.questionCode, level);
      }
      setSaved(chosen);
      setStatus({ tone: "success", text: t("review.batch.saved", { count: res.data.changed.length }) });
      // The single-question forms below re-read their saved level.
      router.refresh();
    });

  if (questions.length === 0) return null;
  return (
    <div className="rounded-md border border-blue-200 bg-white p-3">
      <Button
        type="button"
        size="sm"
        variant="secondary"
        aria-expanded={open}
        aria-controls={`${base}-form`}
        aria-label={t("review.batch.openOf", { indicator: `${indicatorCode} ${indicatorName}` })}
        onClick={() => setOpen(!open)}
      >
        {/* The same words open and close it (aria-expanded tells which): the visible text stays part of the name. */}
        {t("review.batch.open")}
      </Button>
      {open && (
        <form
          id={`${base}-form`}
          aria-label={title}
          className="mt-3 space-y-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <p className="text-sm text-slate-700">{t("review.batch.hint")}</p>
          {questions.map((q) => {
            const name = `${base}-${q.code.replaceAll(".", "-")}`;
            return (
              <fieldset key={q.code} className="min-w-0 rounded-md border border-slate-300 p-3">
                <legend className="px-1 font-medium text-slate-900">
                  {t("review.batch.questionLegend", { code: q.code, text: q.text })}
                </legend>
                <p className="text-sm text-slate-700">
                  {t("review.batch.selfLevel", { level: t("review.question.levelValue", { level: q.selfLevel, name: t(`levels.${q.selfLevel}`) }) })}
                </p>
                <div className="mt-2 grid gap-2">
                  {LEVELS.map((l) => {
                    const id = `${name}-${l}`;
                    const criteria = l >= 2 ? q.criteria?.[l - 2] : undefined;
                    const checked = chosen[q.code] === l;
                    return (
                      <label
                        key={l}
                        htmlFor={id}
                        className={`flex min-w-0 cursor-pointer gap-3 rounded-md border p-2 text-sm ${checked ? "border-blue-700 bg-blue-50" : "border-slate-200"}`}
                      >
                        <input
                          id={id}
                          type="radio"
                          name={name}
                          value={l}
                          checked={checked}
                          onChange={() => setChosen((c) => ({ ...c, [q.code]: l }))}
                          className="mt-1 size-4 shrink-0 accent-blue-800"
                          aria-describedby={`${id}-desc`}
                        />
                        <span className="min-w-0">
                          <span className="font-medium text-slate-900">
                            {t("review.question.levelValue", { level: l, name: t(`levels.${l}`) })}
                            {l === q.selfLevel && <span className="ms-2 text-xs font-normal text-slate-700">({t("review.question.selfLevel")})</span>}
                          </span>
                          <span id={`${id}-desc`} className="block break-words text-slate-700">
                            {criteria ? (
                              <>
                                <span className="sr-only">{t("review.question.criteria")}: </span>
                                {criteria.map((c, i) => (
                                  <span key={i} className="block">
                                    · {c}
                                  </span>
                                ))}
                              </>
                            ) : (
                              q.levels[l - 1]
                            )}
                          </span>
                        </span>
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            );
          })}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" size="sm" disabled={pending}>
              {pending ? t("review.batch.saving") : t("review.batch.save", { count: questions.length })}
            </Button>
            <span role="status" className="text-sm">
              {status?.tone === "success" && !dirty ? (
                <span className="text-green-800">
                  <span aria-hidden="true">✓ </span>
                  {status.text}
                </span>
              ) : dirty ? (
                <span className="text-amber-900">{t("review.batch.unsaved")}</span>
              ) : null}
            </span>
          </div>
          {status?.tone === "error" && (
            <p role="alert" className="text-sm text-red-800">
              {status.text}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
