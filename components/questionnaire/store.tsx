"use client";
import { createContext, useContext, useSyncExternalStore } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { AssessmentStatus, EvidenceView } from "@/lib/data/assessments/types";
import type { Locale } from "@/lib/framework/schema";
import type { Acked, Answer } from "./answer";
import type { FrameworkIndex } from "./framework-index";
import type { SaveKind, SaveState } from "./save-state";

/**
 * What the server has acknowledged and how each save stands, keyed by
 * question code. An external store rather than React state in one component:
 * each question's islands subscribe to their own entry, so a save on one
 * question re-renders that question's islands and the summaries only.
 */
export interface QuestionnaireState {
  acked: Readonly<Record<string, Acked>>;
  evidence: Readonly<Record<string, readonly EvidenceView[]>>;
  states: Readonly<Record<string, SaveKind>>;
}

export interface QuestionnaireStore {
  get(): QuestionnaireState;
  update(fn: (s: QuestionnaireState) => QuestionnaireState): void;
  subscribe(listener: () => void): () => void;
}

export function createQuestionnaireStore(initial: QuestionnaireState): QuestionnaireStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update(fn) {
      const next = fn(state);
      if (next === state) return;
      state = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page-wide facts and actions every island may use; created once per visit, so it never re-renders them. */
export interface QuestionnaireShared {
  store: QuestionnaireStore;
  assessmentId: string;
  assessmentStatus: AssessmentStatus;
  locale: Locale;
  canEdit: boolean;
  canSeeHistory: boolean;
  index: FrameworkIndex;
  /** The acknowledged answers when the page opened (each question's form starts from these). */
  initial: Readonly<Record<string, Acked>>;
  goIndicator: (indicatorCode: string) => void;
  openQuestion: (questionCode: string) => void;
  onAcknowledged: (questionCode: string, acked: Acked) => void;
  onState: (questionCode: string, state: SaveState) => void;
  onEvidenceAdded: (questionCode: string, e: EvidenceView) => void;
  onEvidenceDeleted: (questionCode: string, id: string) => void;
}

export const QuestionnaireSharedContext = createContext<QuestionnaireShared | null>(null);

export function useQuestionnaire(): QuestionnaireShared {
  const shared = useContext(QuestionnaireSharedContext);
  if (!shared) throw new Error("useQuestionnaire outside the questionnaire");
  return shared;
}

/** One slice of the store; the selector must return a stable value (an entry, a number). */
export function useQuestionnaireSelector<T>(selector: (s: QuestionnaireState) => T): T {
  const { store } = useQuestionnaire();
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.get()),
    () => selector(store.get()),
  );
}

const NO_EVIDENCE: readonly EvidenceView[] = [];

export function useEvidenceOf(code: string): readonly EvidenceView[] {
  return useQuestionnaireSelector((s) => s.evidence[code] ?? NO_EVIDENCE);
}

/** Whether the indicator around an island is the one on screen (set by its IndicatorPanel). */
export const IndicatorActiveContext = createContext(false);

/** One question's form and save state, for the islands of its card. */
export interface QuestionSlotValue {
  code: string;
  evidenceFromLevel: number;
  form: UseFormReturn<Answer>;
  state: SaveState;
  acked: Acked;
  onRetry: () => void;
  onOpenConflict: () => void;
}

export const QuestionSlotContext = createContext<QuestionSlotValue | null>(null);

export function useQuestionSlot(): QuestionSlotValue {
  const slot = useContext(QuestionSlotContext);
  if (!slot) throw new Error("a question island outside its QuestionSlot");
  return slot;
}
