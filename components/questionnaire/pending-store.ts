import { z } from "zod";
import type { Answer } from "./answer";

/**
 * Answers the server has not acknowledged yet, kept in localStorage per
 * assessment and question so a closed tab, a crash or a lost connection
 * loses nothing. Each entry names the version the answer was based on, so a
 * restored answer still goes through the conflict check.
 */

export interface PendingEntry {
  answer: Answer;
  baseVersion: number;
  at: string;
}

// Loose on purpose: an unfinished answer (N/A without a reason yet) must survive too.
const entrySchema = z.object({
  answer: z.object({
    level: z.number().int().min(1).max(5).nullable(),
    na: z.boolean(),
    naReason: z.string(),
    note: z.string(),
  }),
  baseVersion: z.number().int().min(0),
  at: z.string(),
});

const PREFIX = "aigov.questionnaire.pending";

export function pendingKey(assessmentId: string, questionCode: string): string {
  return `${PREFIX}:${assessmentId}:${questionCode}`;
}

export function readPending(assessmentId: string, questionCode: string): PendingEntry | null {
  try {
    const raw = window.localStorage.getItem(pendingKey(assessmentId, questionCode));
    if (!raw) return null;
    const parsed = entrySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writePending(assessmentId: string, questionCode: string, answer: Answer, baseVersion: number): void {
  try {
    const entry: PendingEntry = { answer, baseVersion, at: new Date().toISOString() };
    window.localStorage.setItem(pendingKey(assessmentId, questionCode), JSON.stringify(entry));
  } catch {
    // Storage full or disabled (private mode): the form still holds the answer and the retry continues.
  }
}

export function removePending(assessmentId: string, questionCode: string): void {
  try {
    window.localStorage.removeItem(pendingKey(assessmentId, questionCode));
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}
