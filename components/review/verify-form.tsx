"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { acceptSelfLevelAction, verifyResponseAction } from "@/app/(app)/assessments/[id]/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { COMMENT_MAX, verifyResponseSchema } from "@/lib/validation/assessment";
import { asLevel } from "./scoring-input";
import { useReviewState } from "./review-state";

// The same schema the server action parses, narrowed to the two fields the reviewer edits here.
const formSchema = verifyResponseSchema.pick({ verifiedLevel: true, comment: true });
type FormValues = z.infer<typeof formSchema>;
const FIELDS = ["verifiedLevel", "comment"] as const;
const LEVELS = [1, 2, 3, 4, 5] as const;

export function VerifyForm({
  assessmentId,
  questionCode,
  selfLevel,
  initialLevel,
  initialComment,
  offerAcceptSelf = false,
}: {
  assessmentId: string;
  questionCode: string;
  selfLevel: number;
  /** Null when the reviewer must choose afresh (the answer changed since the last decision). */
  initialLevel: number | null;
  initialComment: string;
  /** Offer "accept the self level" as an explicit, recorded decision. */
  offerAcceptSelf?: boolean;
}) {
  const t = useTranslations();
  const { markSaved, markUnsaved } = useReviewState();
  const [saved, setSaved] = useState(false);
  const [error, setErrorText] = useState<string | null>(null);
  const [accepting, setAccepting] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    watch,
    getValues,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    // An empty select parses to NaN, which the schema refuses: no level is ever assumed.
    defaultValues: { verifiedLevel: initialLevel ?? ("" as unknown as number), comment: initialComment },
  });

  useEffect(() => {
    markUnsaved(questionCode, isDirty);
    if (isDirty) setSaved(false);
  }, [isDirty, questionCode, markUnsaved]);

  const showFailure = (res: { messageKey: string; issues?: { path: string; message: string }[] }) => {
    const other: string[] = [];
    for (const issue of res.issues ?? []) {
      if ((FIELDS as readonly string[]).includes(issue.path)) {
        setError(issue.path as (typeof FIELDS)[number], { message: issue.message });
      } else if (t.has(`validation.${issue.message}`)) {
        other.push(t(`validation.${issue.message}`));
      }
    }
    const main = t.has(`errors.${res.messageKey}`) ? t(`errors.${res.messageKey}`) : t("errors.internal");
    setErrorText([main, ...other].join(" "));
  };

  const acceptSelf = async () => {
    setErrorText(null);
    setAccepting(true);
    try {
      const comment = getValues("comment") ?? "";
      const res = await acceptSelfLevelAction({ assessmentId, questionCode, comment });
      if (!res.ok) return showFailure(res);
      reset({ verifiedLevel: selfLevel, comment });
      const level = asLevel(selfLevel);
      if (level) markSaved(questionCode, level);
      setSaved(true);
    } finally {
      setAccepting(false);
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    setErrorText(null);
    const res = await verifyResponseAction({ assessmentId, questionCode, ...values });
    if (res.ok) {
      reset(values);
      const level = asLevel(values.verifiedLevel);
      if (level) markSaved(questionCode, level);
      setSaved(true);
      return;
    }
    showFailure(res);
  });

  const base = `verify-${questionCode.replaceAll(".", "-")}`;
  const chosen = Number(watch("verifiedLevel"));
  const adjusted = Number.isInteger(chosen) && chosen >= 1 && chosen <= 5 && chosen !== selfLevel;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-3 border-t border-slate-200 pt-4">
      <div className="grid gap-3 sm:grid-cols-[auto_minmax(0,1fr)]">
        <div>
          <Label htmlFor={`${base}-level`}>{t("review.question.verifiedLevel")}</Label>
          <select
            id={`${base}-level`}
            className="mt-1 block h-10 rounded-md border border-slate-500 bg-white px-3 text-base text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
            aria-invalid={!!errors.verifiedLevel}
            aria-describedby={errors.verifiedLevel ? `${base}-level-error` : undefined}
            {...register("verifiedLevel", { valueAsNumber: true })}
          >
            {initialLevel === null && <option value="">{t("review.question.chooseLevel")}</option>}
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t("review.question.levelValue", { level: l, name: t(`levels.${l}`) })}
              </option>
            ))}
          </select>
          {adjusted && (
            <span className="mt-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">
              {t("review.question.adjusted")}
            </span>
          )}
          <FieldError id={`${base}-level-error`} message={errors.verifiedLevel?.message} />
        </div>
        <div>
          <Label htmlFor={`${base}-comment`}>{t("review.question.comment")}</Label>
          <textarea
            id={`${base}-comment`}
            rows={2}
            maxLength={COMMENT_MAX}
            className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-700"
            aria-invalid={!!errors.comment}
            aria-describedby={[`${base}-comment-hint`, errors.comment ? `${base}-comment-error` : ""].filter(Boolean).join(" ")}
            {...register("comment")}
          />
          <p id={`${base}-comment-hint`} className="mt-1 text-xs text-slate-700">
            {t("review.question.commentHint")}
          </p>
          <FieldError id={`${base}-comment-error`} message={errors.comment?.message} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" variant="secondary" disabled={isSubmitting || accepting}>
          {isSubmitting ? t("review.question.saving") : t("review.question.save")}
        </Button>
        {offerAcceptSelf && (
          <Button
            type="button"
            size="sm"
            variant="secondary"
            disabled={isSubmitting || accepting}
            onClick={() => void acceptSelf()}
            aria-describedby={`${base}-accept-hint`}
          >
            {t("review.question.acceptSelf")}
          </Button>
        )}
        <span role="status" className="text-sm">
          {isDirty ? (
            <span className="text-amber-900">{t("review.question.unsaved")}</span>
          ) : saved ? (
            <span className="text-green-800">
              <span aria-hidden="true">✓ </span>
              {t("review.question.saved")}
            </span>
          ) : null}
        </span>
      </div>
      {offerAcceptSelf && (
        <p id={`${base}-accept-hint`} className="text-xs text-slate-700">
          {t("review.question.acceptSelfHint")}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
