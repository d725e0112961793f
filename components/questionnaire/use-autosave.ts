"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { saveResponseAction } from "@/app/(app)/assessments/[id]/actions";
import type { FieldIssue } from "@/lib/errors";
import type { Acked, Answer } from "./answer";
import { AutosaveEngine } from "./autosave-engine";
import { readPending, removePending, writePending } from "./pending-store";
import type { SaveState, Theirs } from "./save-state";

const FIELDS = ["level", "na", "naReason", "note"] as const;
type Field = (typeof FIELDS)[number];

/** Server issues name `answer.level` etc.; anything else is shown for the question as a whole. */
function fieldOf(path: string): Field | "root.server" {
  const name = path.replace(/^answer\./, "");
  return (FIELDS as readonly string[]).includes(name) ? (name as Field) : "root.server";
}

interface Options {
  assessmentId: string;
  questionCode: string;
  form: UseFormReturn<Answer>;
  initial: Acked;
  /** False in read-only mode: nothing is restored or sent. */
  enabled: boolean;
  onAcknowledged: (questionCode: string, acked: Acked) => void;
  onState: (questionCode: string, state: SaveState) => void;
}

/** Connects one question's form to its AutosaveEngine, localStorage and the browser's `online` event. */
export function useAutosave({ assessmentId, questionCode, form, initial, enabled, onAcknowledged, onState }: Options) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const engine = useRef<AutosaveEngine | null>(null);
  const callbacks = useRef({ onAcknowledged, onState });
  useEffect(() => {
    callbacks.current = { onAcknowledged, onState };
  });
  // The first acknowledged answer only: later ones live in the engine.
  const initialRef = useRef(initial);

  useEffect(() => {
    if (!enabled) return;
    const e = new AutosaveEngine(
      {
        save: (expectedVersion, answer) => saveResponseAction({ assessmentId, questionCode, expectedVersion, answer }),
        getValues: () => form.getValues(),
        validate: () => form.trigger(),
        applyIssues: (issues: FieldIssue[]) => {
          for (const issue of issues) form.setError(fieldOf(issue.path), { message: issue.message });
        },
        clearErrors: () => form.clearErrors(),
        store: {
          write: (answer, baseVersion) => writePending(assessmentId, questionCode, answer, baseVersion),
          remove: () => removePending(assessmentId, questionCode),
        },
        onState: (s) => {
          setState(s);
          callbacks.current.onState(questionCode, s);
        },
        onAcknowledged: (acked) => callbacks.current.onAcknowledged(questionCode, acked),
      },
      initialRef.current,
    );
    engine.current = e;
    const subscription = form.watch((_values, { type }) => {
      // Only the user's own edits; resets (restore, "use their answer") are not edits.
      if (type === "change") e.edited();
    });
    const onOnline = () => e.online();
    window.addEventListener("online", onOnline);

    // An answer left unsaved in an earlier visit goes back into the form and is saved again.
    let restoreTimer: ReturnType<typeof setTimeout> | null = null;
    const entry = readPending(assessmentId, questionCode);
    if (entry && e.restore(entry)) {
      form.reset(entry.answer, { keepDefaultValues: true });
      // Deferred so React's development double mount does not send it twice.
      restoreTimer = setTimeout(() => void e.flush(), 0);
    }
    return () => {
      if (restoreTimer) clearTimeout(restoreTimer);
      subscription.unsubscribe();
      window.removeEventListener("online", onOnline);
      e.dispose();
      engine.current = null;
    };
  }, [assessmentId, questionCode, form, enabled]);

  const keepMine = useCallback((theirs: Theirs) => engine.current?.keepMine(theirs), []);
  const acceptTheirs = useCallback(
    (theirs: Theirs) => {
      const answer = engine.current?.acceptTheirs(theirs);
      if (answer) form.reset(answer, { keepDefaultValues: true });
    },
    [form],
  );
  const retryNow = useCallback(() => void engine.current?.flush(), []);

  return { state, keepMine, acceptTheirs, retryNow };
}
