"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { memo, useState } from "react";
import { useForm } from "react-hook-form";
import type { AssessmentStatus, EvidenceView, ResponseView } from "@/lib/data/assessments/types";
import type { Locale, Question } from "@/lib/framework/schema";
import { answerFieldsSchema } from "@/lib/validation/assessment";
import type { Acked, Answer } from "./answer";
import { ConflictDialog } from "./conflict-dialog";
import { QuestionCard } from "./question-card";
import type { SaveState } from "./save-state";
import { useAutosave } from "./use-autosave";

export interface QuestionSlotProps {
  assessmentId: string;
  assessmentStatus: AssessmentStatus;
  question: Question;
  locale: Locale;
  /** Only the questions of the indicator on screen render their card. */
  active: boolean;
  initial: Acked;
  /** The latest acknowledged answer (for "last saved by"). */
  acked: Acked;
  response: ResponseView | undefined;
  evidence: readonly EvidenceView[];
  canEdit: boolean;
  canSeeHistory: boolean;
  onAcknowledged: (questionCode: string, acked: Acked) => void;
  onState: (questionCode: string, state: SaveState) => void;
  onEvidenceAdded: (questionCode: string, e: EvidenceView) => void;
  onEvidenceDeleted: (questionCode: string, id: string) => void;
}

/**
 * Owns one question's form and autosave for the whole visit. It stays mounted
 * while other indicators are on screen, so a pending or retrying save keeps
 * going when the user moves on; only the card is left out of the page.
 */
export const QuestionSlot = memo(function QuestionSlot(props: QuestionSlotProps) {
  const { question, initial } = props;
  const form = useForm<Answer>({
    resolver: zodResolver(answerFieldsSchema),
    defaultValues: initial.answer,
    mode: "onChange",
  });
  const autosave = useAutosave({
    assessmentId: props.assessmentId,
    questionCode: question.code,
    form,
    initial,
    enabled: props.canEdit,
    onAcknowledged: props.onAcknowledged,
    onState: props.onState,
  });
  const { state } = autosave;
  // A closed conflict dialog stays closed for that conflict; the status line reopens it.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const conflictOpen = state.kind === "conflict" && dismissed !== state.theirs.version;

  return (
    <>
      {props.active && (
        <QuestionCard
          assessmentId={props.assessmentId}
          assessmentStatus={props.assessmentStatus}
          question={question}
          locale={props.locale}
          form={form}
          state={state}
          acked={props.acked}
          response={props.response}
          evidence={props.evidence}
          canEdit={props.canEdit}
          canSeeHistory={props.canSeeHistory}
          onRetry={autosave.retryNow}
          onOpenConflict={() => setDismissed(null)}
          onEvidenceAdded={props.onEvidenceAdded}
          onEvidenceDeleted={props.onEvidenceDeleted}
        />
      )}
      {state.kind === "conflict" && (
        <ConflictDialog
          open={conflictOpen}
          onOpenChange={(open) => setDismissed(open ? null : state.theirs.version)}
          questionCode={question.code}
          questionText={question.text[props.locale]}
          mine={form.getValues()}
          theirs={state.theirs}
          onKeepMine={() => autosave.keepMine(state.theirs)}
          onUseTheirs={() => autosave.acceptTheirs(state.theirs)}
        />
      )}
    </>
  );
});
