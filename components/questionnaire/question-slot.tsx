"use client";
import dynamic from "next/dynamic";
import { useContext, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import type { Answer } from "./answer";
import { HydrateApart } from "./hydrate-apart";
import { lazyResolver } from "./lazy-resolver";
import { IndicatorActiveContext, QuestionSlotContext, useQuestionnaire, useQuestionnaireSelector, type QuestionSlotValue } from "./store";
import { useAutosave } from "./use-autosave";

// Only ever needed when someone else saved the same question: loaded then.
// The save action's own answer schema, with zod, arrives on the first validation (preloaded once hydrated).
const answerResolver = lazyResolver<Answer>(() => import("./resolvers").then((m) => m.answerResolver));

const ConflictDialog = dynamic(() => import("./conflict-dialog").then((m) => m.ConflictDialog), { ssr: false });

/**
 * Owns one question's form and autosave for the whole visit. It stays mounted
 * while other indicators are on screen, so a pending or retrying save keeps
 * going when the user moves on; only its card (`children`, rendered on the
 * server) is left out of the page. The card's islands read the form and the
 * save state from QuestionSlotContext.
 */
export function QuestionSlot({
  code,
  questionText,
  evidenceFromLevel,
  children,
}: {
  code: string;
  questionText: string;
  evidenceFromLevel: number;
  children: React.ReactNode;
}) {
  const shared = useQuestionnaire();
  const active = useContext(IndicatorActiveContext);
  const [initial] = useState(() => shared.initial[code]!);
  const acked = useQuestionnaireSelector((s) => s.acked[code]!);
  const form = useForm<Answer>({
    resolver: answerResolver,
    defaultValues: initial.answer,
    mode: "onChange",
  });
  const autosave = useAutosave({
    assessmentId: shared.assessmentId,
    questionCode: code,
    form,
    initial,
    enabled: shared.canEdit,
    onAcknowledged: shared.onAcknowledged,
    onState: shared.onState,
  });
  const { state } = autosave;
  // A closed conflict dialog stays closed for that conflict; the status line reopens it.
  const [dismissed, setDismissed] = useState<number | null>(null);
  const conflictOpen = state.kind === "conflict" && dismissed !== state.theirs.version;

  const value = useMemo<QuestionSlotValue>(
    () => ({ code, evidenceFromLevel, form, state, acked, onRetry: autosave.retryNow, onOpenConflict: () => setDismissed(null) }),
    [code, evidenceFromLevel, form, state, acked, autosave.retryNow],
  );

  return (
    <QuestionSlotContext.Provider value={value}>
      {/* Each card (its level choice, N/A, note, evidence forms) hydrates on its own. */}
      {active && <HydrateApart>{children}</HydrateApart>}
      {state.kind === "conflict" && (
        <ConflictDialog
          open={conflictOpen}
          onOpenChange={(open) => setDismissed(open ? null : state.theirs.version)}
          questionCode={code}
          questionText={questionText}
          mine={form.getValues()}
          theirs={state.theirs}
          onKeepMine={() => autosave.keepMine(state.theirs)}
          onUseTheirs={() => autosave.acceptTheirs(state.theirs)}
        />
      )}
    </QuestionSlotContext.Provider>
  );
}
