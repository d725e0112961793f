"use client";
import { createContext, useCallback, useContext, useMemo, useState } from "react";
import type { AnswerInput, ScoreLevel } from "@/lib/scoring";

interface ReviewState {
  /** The saved answers, updated as each verified level is saved, so the summary follows the reviewer. */
  answers: Record<string, AnswerInput>;
  /** Question codes whose verify form has unsaved edits: the decision dialogs warn about them. */
  unsaved: ReadonlySet<string>;
  /** Question codes decided on this page since it loaded (the "needs a new decision" marks follow them). */
  decided: ReadonlySet<string>;
  markSaved: (code: string, verifiedLevel: ScoreLevel) => void;
  markUnsaved: (code: string, dirty: boolean) => void;
}

const Ctx = createContext<ReviewState | null>(null);

export function ReviewStateProvider({
  initialAnswers,
  children,
}: {
  initialAnswers: Record<string, AnswerInput>;
  children: React.ReactNode;
}) {
  const [answers, setAnswers] = useState(initialAnswers);
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(new Set());
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());

  const markSaved = useCallback((code: string, verifiedLevel: ScoreLevel) => {
    setAnswers((prev) => {
      const current = prev[code];
      return current ? { ...prev, [code]: { ...current, verifiedLevel } } : prev;
    });
    setDecided((prev) => (prev.has(code) ? prev : new Set(prev).add(code)));
  }, []);

  const markUnsaved = useCallback((code: string, dirty: boolean) => {
    setUnsaved((prev) => {
      if (prev.has(code) === dirty) return prev;
      const next = new Set(prev);
      if (dirty) next.add(code);
      else next.delete(code);
      return next;
    });
  }, []);

  const value = useMemo(
    () => ({ answers, unsaved, decided, markSaved, markUnsaved }),
    [answers, unsaved, decided, markSaved, markUnsaved],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useReviewState(): ReviewState {
  const v = useContext(Ctx);
  if (!v) throw new Error("useReviewState outside ReviewStateProvider");
  return v;
}
