"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Answer } from "./answer";
import { AnswerSummary } from "./answer-summary";
import { QuestionnaireDialog } from "./dialog";
import type { Theirs } from "./save-state";

/**
 * Someone else saved this question after it was loaded here. Both answers
 * side by side; nothing is overwritten until the user picks one. Closing the
 * dialog leaves the question unsaved (the status line reopens it).
 */
export function ConflictDialog({
  open,
  onOpenChange,
  questionCode,
  questionText,
  mine,
  theirs,
  onKeepMine,
  onUseTheirs,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  questionCode: string;
  questionText: string;
  mine: Answer;
  theirs: Theirs;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const t = useTranslations("questionnaire.conflict");
  const format = useFormatter();
  const when = theirs.updatedAt ? format.dateTime(new Date(theirs.updatedAt), { dateStyle: "medium", timeStyle: "short" }) : null;
  const name = theirs.updatedByName ?? t("someone");
  return (
    <QuestionnaireDialog
      wide
      open={open}
      onOpenChange={onOpenChange}
      title={t("title", { code: questionCode })}
      description={t("description", { name })}
    >
      <p className="mt-2 text-sm text-slate-700">
        <span className="font-mono">{questionCode}</span> {questionText}
      </p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <section aria-labelledby={`conflict-mine-${questionCode}`} className="rounded-md border-2 border-slate-400 p-3">
          <h3 id={`conflict-mine-${questionCode}`} className="text-sm font-semibold text-slate-700">
            {t("mine")}
          </h3>
          <div className="mt-2">
            <AnswerSummary level={mine.na ? null : mine.level} na={mine.na} naReason={mine.naReason} note={mine.note} />
          </div>
        </section>
        <section aria-labelledby={`conflict-theirs-${questionCode}`} className="rounded-md border-2 border-dashed border-slate-500 p-3">
          <h3 id={`conflict-theirs-${questionCode}`} className="text-sm font-semibold text-slate-700">
            {t("theirs", { name })}
          </h3>
          {when && <p className="text-sm text-slate-700">{t("savedAt", { when })}</p>}
          <div className="mt-2">
            <AnswerSummary level={theirs.level} na={theirs.na} naReason={theirs.naReason} note={theirs.note} />
          </div>
        </section>
      </div>
      <div className="mt-5 flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onUseTheirs}>
          {t("useTheirs")}
        </Button>
        <Button type="button" onClick={onKeepMine}>
          {t("keepMine")}
        </Button>
      </div>
    </QuestionnaireDialog>
  );
}
