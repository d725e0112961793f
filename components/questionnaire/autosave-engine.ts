import type { FieldIssue } from "@/lib/errors";
import type { SavedResponse } from "@/lib/data/assessments/types";
import { normalizeAnswer, sameAnswer, type Acked, type Answer } from "./answer";
import type { PendingEntry } from "./pending-store";
import type { SaveState, Theirs } from "./save-state";

export const DEBOUNCE_MS = 800;
export const MAX_BACKOFF_MS = 30_000;

/** 1 s, 2 s, 4 s … at most 30 s. */
export function backoffMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempt - 1));
}

/** The failure half of ActionResult (lib/auth/action.ts), restated so this file stays free of server imports. */
export type SaveResult =
  | { ok: true; data: SavedResponse }
  | { ok: false; code: string; messageKey: string; issues?: FieldIssue[]; details?: unknown };

type Saved = { version: number; updatedAt: string | null; updatedByName: string | null };

export interface AutosaveDeps {
  /** Resolves to null when the request itself failed (offline, aborted, server unreachable). */
  save: (expectedVersion: number, answer: Answer) => Promise<SaveResult | null>;
  getValues: () => Answer;
  /** Runs the form's resolver (the shared zod schema) and shows its messages. */
  validate: () => Promise<boolean>;
  applyIssues: (issues: FieldIssue[]) => void;
  clearErrors: () => void;
  store: { write: (answer: Answer, baseVersion: number) => void; remove: () => void };
  onState: (state: SaveState) => void;
  onAcknowledged: (acked: Acked) => void;
}

function theirsFrom(details: unknown): Theirs | null {
  if (!details || typeof details !== "object" || !("theirs" in details)) return null;
  const t = (details as { theirs: unknown }).theirs;
  if (!t || typeof t !== "object" || typeof (t as Theirs).version !== "number") return null;
  return t as Theirs;
}

export function theirsAnswer(t: Theirs): Answer {
  return normalizeAnswer({ level: t.level, na: t.na, naReason: t.naReason, note: t.note });
}

/**
 * Saves one question's answer: after a quiet spell, one request at a time,
 * naming the last acknowledged version (optimistic concurrency). Until the
 * server acknowledges an answer it stays in the form and in localStorage, and
 * failed requests are retried with back-off. Plain class, no React, so the
 * rules are in one place; useAutosave wires it to the form.
 */
export class AutosaveEngine {
  private acked: Acked;
  /** The version the next save names: the acknowledged one, or the one a restored answer was based on. */
  private base: number;
  private inFlight = false;
  private again = false;
  private attempt = 0;
  private retriedCreate = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private state: SaveState = { kind: "idle" };
  private disposed = false;

  constructor(
    private readonly deps: AutosaveDeps,
    initial: Acked,
  ) {
    this.acked = initial;
    this.base = initial.version;
  }

  /** The user changed a field. */
  edited(): void {
    if (this.disposed) return;
    const values = this.deps.getValues();
    this.deps.store.write(values, this.base);
    // During a conflict nothing is sent until the user chooses; the edit is kept for "keep mine".
    if (this.state.kind === "conflict") return;
    if (!this.inFlight && sameAnswer(values, this.acked.answer)) {
      // Changed back to what the server has: nothing to save.
      this.clearTimer();
      this.attempt = 0;
      this.base = this.acked.version;
      this.deps.store.remove();
      this.deps.clearErrors();
      this.set(this.acked.updatedAt ? { kind: "saved", at: this.acked.updatedAt } : { kind: "idle" });
      return;
    }
    // A retry is already scheduled and will send the latest values; keep its back-off.
    if (this.state.kind === "retrying") return;
    this.set({ kind: "pending" });
    this.schedule(DEBOUNCE_MS);
  }

  /** A stored answer from an earlier visit: true when it still needs saving (the caller puts it into the form first). */
  restore(entry: PendingEntry): boolean {
    if (sameAnswer(entry.answer, this.acked.answer)) {
      this.deps.store.remove();
      return false;
    }
    // A base newer than the server's can only follow a data reset; the server's version is the one to name then.
    this.base = Math.min(entry.baseVersion, this.acked.version);
    this.set({ kind: "pending" });
    return true;
  }

  /** Back online: retry now instead of waiting out the back-off. */
  online(): void {
    if (this.state.kind === "retrying") void this.flush();
  }

  async flush(): Promise<void> {
    this.clearTimer();
    if (this.disposed || this.state.kind === "conflict") return;
    await this.send();
  }

  /**
   * The page is going away (in-app navigation). An answer still waiting for
   * its quiet spell is sent now; it stays in localStorage until acknowledged,
   * so if this last request fails the next visit restores it.
   */
  dispose(): void {
    const waiting = this.timer !== null && this.state.kind === "pending";
    this.clearTimer();
    this.disposed = true;
    if (waiting && !this.inFlight) void this.send();
  }

  private async send(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const values = this.deps.getValues();
    const answer = normalizeAnswer(values);
    if (sameAnswer(answer, this.acked.answer)) {
      this.base = this.acked.version;
      this.deps.store.remove();
      this.set(this.acked.updatedAt ? { kind: "saved", at: this.acked.updatedAt } : { kind: "idle" });
      return;
    }
    this.inFlight = true;
    const valid = await this.deps.validate();
    if (!valid) {
      this.inFlight = false;
      this.set({ kind: "invalid" });
      return;
    }
    this.set({ kind: "saving" });
    const sentBase = this.base;
    let result: SaveResult | null;
    try {
      result = await this.deps.save(sentBase, answer);
    } catch {
      result = null;
    }
    this.inFlight = false;
    this.handle(result, answer);
    if (this.again) {
      this.again = false;
      if (this.state.kind === "pending") void this.flush();
    }
  }

  /** "Keep my answer": save mine over theirs, naming their version. */
  keepMine(theirs: Theirs): void {
    // The server holds theirs until mine arrives.
    this.acknowledge(theirsAnswer(theirs), theirs);
    this.set({ kind: "pending" });
    void this.flush();
  }

  /** "Use their answer": theirs becomes the acknowledged answer; the caller resets the form to it. Nothing is sent. */
  acceptTheirs(theirs: Theirs): Answer {
    const answer = theirsAnswer(theirs);
    this.acknowledge(answer, theirs);
    this.deps.store.remove();
    this.deps.clearErrors();
    this.set(theirs.updatedAt ? { kind: "saved", at: theirs.updatedAt } : { kind: "idle" });
    return answer;
  }

  private handle(result: SaveResult | null, answer: Answer): void {
    if (result?.ok) {
      this.retriedCreate = false;
      this.afterAck(answer, { version: result.data.version, updatedAt: result.data.updatedAt, updatedByName: result.data.updatedByName });
      return;
    }
    // Unreachable, briefly unavailable (the database is away) or a server fault: the answer stays and is retried.
    if (!result || result.code === "UNAVAILABLE" || result.code === "INTERNAL") {
      this.attempt += 1;
      this.set({ kind: "retrying", attempt: this.attempt });
      this.schedule(backoffMs(this.attempt));
      return;
    }
    if (result.code === "CONFLICT" && result.messageKey === "responseConflict") {
      const theirs = theirsFrom(result.details);
      if (theirs && sameAnswer(theirsAnswer(theirs), answer)) {
        // Our earlier request did arrive (its reply was lost), or both chose the same: nothing differs, nothing to ask.
        this.afterAck(answer, theirs);
        return;
      }
      if (theirs) {
        this.set({ kind: "conflict", theirs });
        return;
      }
      if (!this.retriedCreate) {
        // Someone created the response at the same moment; asking again returns their answer with the conflict.
        this.retriedCreate = true;
        this.set({ kind: "pending" });
        this.schedule(0);
        return;
      }
    }
    if (result.code === "VALIDATION") {
      this.deps.applyIssues(result.issues ?? []);
      this.set({ kind: "invalid" });
      return;
    }
    this.set({ kind: "failed", messageKey: result.messageKey });
  }

  private afterAck(answer: Answer, saved: Saved): void {
    this.attempt = 0;
    this.acknowledge(answer, saved);
    const now = this.deps.getValues();
    if (sameAnswer(now, answer)) {
      this.deps.store.remove();
      this.set({ kind: "saved", at: saved.updatedAt ?? new Date().toISOString() });
    } else {
      // Edited while the request was out: the newer answer goes next, based on the version just acknowledged.
      this.deps.store.write(now, this.base);
      this.set({ kind: "pending" });
      this.schedule(this.again ? 0 : DEBOUNCE_MS);
      this.again = false;
    }
  }

  private acknowledge(answer: Answer, saved: Saved): void {
    this.acked = { answer: normalizeAnswer(answer), version: saved.version, updatedAt: saved.updatedAt, updatedByName: saved.updatedByName };
    this.base = saved.version;
    this.deps.onAcknowledged(this.acked);
  }

  private set(state: SaveState): void {
    // Typing repeats "pending" on every key; nothing to tell anyone.
    if (state.kind === "pending" && this.state.kind === "pending") return;
    this.state = state;
    this.deps.onState(state);
  }

  private schedule(ms: number): void {
    this.clearTimer();
    // After dispose nothing is retried here; localStorage keeps the answer for the next visit.
    if (this.disposed) return;
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
