import type { ResponseConflict } from "@/lib/data/assessments/types";

export type Theirs = ResponseConflict["theirs"];

/** Where one question's answer stands relative to the server. */
export type SaveState =
  /** Nothing changed in this visit. */
  | { kind: "idle" }
  /** Changed; waiting for a pause in typing. */
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  /** The connection or the server failed; saved again after a back-off. */
  | { kind: "retrying"; attempt: number }
  /** The answer breaks a rule; shown next to the field, not retried. */
  | { kind: "invalid" }
  /** Someone else saved this question since it was loaded; the user chooses. */
  | { kind: "conflict"; theirs: Theirs }
  /** Refused for a reason retrying cannot fix (signed out, locked, no right). */
  | { kind: "failed"; messageKey: string };

export type SaveKind = SaveState["kind"];

/** Everything except "idle" and "saved" holds an answer the server has not acknowledged. */
export function isUnsaved(kind: SaveKind): boolean {
  return kind !== "idle" && kind !== "saved";
}

/** States the user has to act on (shown in the navigation too). */
export function needsAttention(kind: SaveKind): boolean {
  return kind === "invalid" || kind === "conflict" || kind === "failed";
}
