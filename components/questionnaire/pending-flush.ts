import { saveResponseAction } from "@/app/(app)/assessments/[id]/actions";
import { sameAnswer } from "./answer";
import { listPending, removePending } from "./pending-store";

/**
 * One last attempt to send the user's pending answers (before sign-out), each
 * naming the version it was based on, as the autosave would. Returns how many
 * could not be sent. An answer the server already holds counts as sent.
 */
export async function sendPendingOnce(userId: string): Promise<number> {
  let unsent = 0;
  for (const { assessmentId, questionCode, entry } of listPending(userId)) {
    let sent = false;
    try {
      const res = await saveResponseAction({ assessmentId, questionCode, expectedVersion: entry.baseVersion, answer: entry.answer });
      if (res.ok) sent = true;
      else if (res.code === "CONFLICT") {
        const theirs = (res.details as { theirs?: { level: number | null; na: boolean; naReason: string; note: string } } | undefined)?.theirs;
        sent = !!theirs && sameAnswer({ level: theirs.level, na: theirs.na, naReason: theirs.naReason ?? "", note: theirs.note ?? "" }, entry.answer);
      }
    } catch {
      sent = false;
    }
    if (sent) removePending(assessmentId, questionCode, userId);
    else unsent += 1;
  }
  return unsent;
}
