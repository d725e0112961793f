import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { coversPath, type Actor } from "../actor";
import { canDo, loadAssessmentFor } from "./access";
import { questionOf } from "./responses";
import type { HistoryEntry } from "./types";

/** Every change to one question (who, when, from → to), read from the audit log. DEPT_ADMIN and REVIEWER only. */
export async function questionHistory(actor: Actor, input: { assessmentId: string; questionCode: string }): Promise<HistoryEntry[]> {
  const a = await loadAssessmentFor(actor, input.assessmentId, "read");
  if (!coversPath(actor, ["DEPT_ADMIN", "REVIEWER"], a.orgUnit.path)) throw new ForbiddenError("history");
  const q = await questionOf(a.cycle.frameworkVersionId, input.questionCode);
  const response = await db().response.findUnique({
    where: { assessmentId_questionId: { assessmentId: a.id, questionId: q.id } },
    select: { id: true },
  });
  if (!response) return [];
  const all = await db().auditEvent.findMany({
    where: { entityType: "Response", entityId: response.id },
    orderBy: { id: "asc" },
  });
  // The reviewer's decisions of the round under way are drafts until the assessment is returned or approved.
  const hideDrafts = a.status === "SUBMITTED" && !canDo(actor, "review", a.orgUnit.path);
  const events = hideDrafts ? all.filter((e) => !isDraftDecision(e, a.reviewRound, a.submittedAt)) : all;
  const users = await db().user.findMany({
    where: { id: { in: events.map((e) => e.actorId).filter((x): x is string => !!x) } },
    select: { id: true, displayName: true },
  });
  const nameOf = new Map(users.map((u) => [u.id, u.displayName]));
  return events.map((e) => ({
    at: e.occurredAt.toISOString(),
    by: (e.actorId && nameOf.get(e.actorId)) ?? e.actorEmail,
    action: e.action,
    before: e.before as HistoryEntry["before"],
    after: e.after as HistoryEntry["after"],
  }));
}

function isDraftDecision(e: { action: string; after: unknown; occurredAt: Date }, round: number, submittedAt: Date | null): boolean {
  if (e.action !== "response.verified") return false;
  const r = (e.after as { round?: unknown } | null)?.round;
  // Events written before rounds were recorded: anything since the submission is a draft.
  return typeof r === "number" ? r === round : !submittedAt || e.occurredAt >= submittedAt;
}
