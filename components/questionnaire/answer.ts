import type { ResponseView } from "@/lib/data/assessments/types";
import type { AnswerFields } from "@/lib/validation/assessment";

/** The four answer fields of one question, exactly as the form edits them and the save action takes them. */
export type Answer = AnswerFields;

export const EMPTY_ANSWER: Answer = { level: null, na: false, naReason: "", note: "" };

/** What the server acknowledged for one question: the answer as stored, and the version to name in the next save. */
export interface Acked {
  answer: Answer;
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
}

/**
 * The answer as the server stores it: N/A clears the level, the reason only
 * counts with N/A and is trimmed. Comparing normalised answers tells whether
 * anything is left to save.
 */
export function normalizeAnswer(a: Answer): Answer {
  return {
    level: a.na ? null : a.level,
    na: a.na,
    naReason: a.na ? a.naReason.trim() : "",
    note: a.note,
  };
}

export function sameAnswer(a: Answer, b: Answer): boolean {
  const x = normalizeAnswer(a);
  const y = normalizeAnswer(b);
  return x.level === y.level && x.na === y.na && x.naReason === y.naReason && x.note === y.note;
}

/** Counts towards progress: a level, or N/A. */
export function isAnswered(a: Answer | undefined): boolean {
  return !!a && (a.na || a.level !== null);
}

export function ackedFromResponse(r: ResponseView | undefined): Acked {
  if (!r) return { answer: EMPTY_ANSWER, version: 0, updatedAt: null, updatedByName: null };
  return {
    answer: normalizeAnswer({ level: r.level, na: r.na, naReason: r.naReason, note: r.note }),
    version: r.version,
    updatedAt: r.updatedAt,
    updatedByName: r.updatedByName,
  };
}
