import type { Answer } from "./answer";

/**
 * Answers the server has not acknowledged yet, kept in localStorage per
 * user, assessment and question so a closed tab, a crash or a lost
 * connection loses nothing. Each entry names the version the answer was based
 * on, so a restored answer still goes through the conflict check.
 *
 * They belong to the signed-in user: the key names the user, nothing is read
 * or written before the shell has said who that is (setPendingOwner), and
 * sign-out sends what it can and then clears every entry (the office PC is
 * shared), so nobody else's session ever sends them.
 */

export interface PendingEntry {
  answer: Answer;
  baseVersion: number;
  at: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isInt(v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= min && v <= max;
}

/**
 * A stored entry as written by writePending, or null. Loose on purpose: an unfinished answer (N/A without a
 * reason yet) must survive too. Checked by hand rather than with zod: it is only ever read in the browser,
 * from the browser's own storage, and the signed-in shell loads this file on every page.
 */
function toEntry(v: unknown): PendingEntry | null {
  if (!isRecord(v) || !isRecord(v.answer)) return null;
  const { level, na, naReason, note } = v.answer;
  if (!(level === null || isInt(level, 1, 5)) || typeof na !== "boolean" || typeof naReason !== "string" || typeof note !== "string") return null;
  if (!isInt(v.baseVersion, 0) || typeof v.at !== "string") return null;
  return { answer: { level, na, naReason, note }, baseVersion: v.baseVersion, at: v.at };
}

const PREFIX = "aigov.questionnaire.pending";

let owner: string | null = null;

/** Called by the signed-in shell (before any questionnaire effect runs); null when signed out. */
export function setPendingOwner(userId: string | null): void {
  owner = userId;
}

export function pendingKey(userId: string, assessmentId: string, questionCode: string): string {
  return `${PREFIX}:${userId}:${assessmentId}:${questionCode}`;
}

function parse(raw: string | null): PendingEntry | null {
  if (!raw) return null;
  try {
    return toEntry(JSON.parse(raw));
  } catch {
    return null;
  }
}

export function readPending(assessmentId: string, questionCode: string): PendingEntry | null {
  if (!owner) return null;
  try {
    return parse(window.localStorage.getItem(pendingKey(owner, assessmentId, questionCode)));
  } catch {
    return null;
  }
}

export function writePending(assessmentId: string, questionCode: string, answer: Answer, baseVersion: number): void {
  // Unknown user: keep nothing rather than something another session could pick up.
  if (!owner) return;
  try {
    const entry: PendingEntry = { answer, baseVersion, at: new Date().toISOString() };
    window.localStorage.setItem(pendingKey(owner, assessmentId, questionCode), JSON.stringify(entry));
  } catch {
    // Storage full or disabled (private mode): the form still holds the answer and the retry continues.
  }
}

export function removePending(assessmentId: string, questionCode: string, userId = owner): void {
  if (!userId) return;
  try {
    window.localStorage.removeItem(pendingKey(userId, assessmentId, questionCode));
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}

/** The user's own pending answers. */
export function listPending(userId: string): { assessmentId: string; questionCode: string; entry: PendingEntry }[] {
  const out: { assessmentId: string; questionCode: string; entry: PendingEntry }[] = [];
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      const parts = key?.split(":");
      if (!key || !parts || parts.length !== 4 || parts[0] !== PREFIX || parts[1] !== userId) continue;
      const entry = parse(window.localStorage.getItem(key));
      if (entry) out.push({ assessmentId: parts[2]!, questionCode: parts[3]!, entry });
    }
  } catch {
    // Storage unavailable: nothing kept, nothing to list.
  }
  return out;
}

/** Every pending answer of every user (and of the older, user-less keys): the sign-out clean-up. */
export function clearAllPending(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(`${PREFIX}:`)) keys.push(key);
    }
    for (const key of keys) window.localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept.
  }
}
