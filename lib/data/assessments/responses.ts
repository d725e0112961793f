import "server-only";
import { db, Prisma } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { AcceptSelfLevelInput, SaveResponseInput, VerifyResponseInput } from "@/lib/validation/assessment";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { loadFramework } from "../framework-load";
import { lockAssessmentFor } from "./access";
import { assertAnswerWindow } from "./cycle-window";
import { auditShape } from "./response-shape";
import type { ResponseConflict, SavedResponse } from "./types";

const EDITABLE = new Set(["DRAFT", "RETURNED"]);

/** Finds the question in the assessment's own framework version, or refuses the code. */
export async function questionOf(frameworkVersionId: string, questionCode: string, client?: Prisma.TransactionClient) {
  const q = (await loadFramework(frameworkVersionId, client)).questionByCode.get(questionCode);
  if (!q) throw new ValidationError([{ path: "questionCode", message: "unknownQuestion" }]);
  return q;
}

async function conflictWith(tx: Prisma.TransactionClient, responseId: string): Promise<ConflictError> {
  return conflictFrom(
    await tx.response.findUniqueOrThrow({ where: { id: responseId }, include: { updatedBy: { select: { displayName: true } } } }),
  );
}

function conflictFrom(r: { version: number; level: number | null; na: boolean; naReason: string | null; note: string | null; updatedAt: Date; updatedBy: { displayName: string } | null }): ConflictError {
  const details: ResponseConflict = {
    theirs: {
      version: r.version,
      level: r.level,
      na: r.na,
      naReason: r.naReason ?? "",
      note: r.note ?? "",
      updatedAt: r.updatedAt.toISOString(),
      updatedByName: r.updatedBy?.displayName ?? null,
    },
  };
  return new ConflictError("responseConflict", "response changed since it was loaded", details);
}

/**
 * Saves one answer. Optimistic concurrency: the client names the version it
 * last saw; if someone else saved since, nothing is written and the conflict
 * carries their answer so the user can choose. Answers to different questions
 * never conflict. The save and its audit event commit together.
 */
export async function saveResponse(actor: Actor, input: SaveResponseInput, meta: RequestMeta): Promise<SavedResponse> {
  const { answer } = input;
  return db().$transaction(async (tx) => {
    const a = await lockAssessmentFor(actor, input.assessmentId, "answer", tx);
    if (!EDITABLE.has(a.status)) throw new ConflictError("assessmentLocked");
    assertAnswerWindow(a.cycle);
    const q = await questionOf(a.frameworkVersionId, input.questionCode, tx);
    if (answer.na && !q.allowNA) throw new ValidationError([{ path: "na", message: "naNotAllowed" }]);

    const data = {
      level: answer.na ? null : answer.level,
      na: answer.na,
      naReason: answer.na ? answer.naReason.trim() : null,
      note: answer.note === "" ? null : answer.note,
      updatedById: actor.userId,
    };
    const existing = await tx.response.findUnique({
      where: { assessmentId_questionId: { assessmentId: a.id, questionId: q.id } },
    });
    let saved;
    if (existing) {
      // A response created only to hold evidence (flagged when created) carries no answer yet: saving over it is
      // no conflict. A deliberately cleared answer is an answer like any other, so a stale save over it is a conflict.
      if (existing.version !== input.expectedVersion && !existing.evidenceOnly) throw await conflictWith(tx, existing.id);
      input = { ...input, expectedVersion: existing.version };
      // A changed answer needs verifying afresh: an old verified level would silently outweigh the new self level.
      // The revision and the answer it replaced let the reviewer see the change; the decisions stay in review_decision.
      const answerChanged = existing.level !== data.level || existing.na !== data.na;
      const change = answerChanged
        ? // A changed answer is also no longer "carried over, to confirm" (issue 10 §3).
          { verifiedLevel: null, answerRevision: { increment: 1 }, previousLevel: existing.level, previousNa: existing.na, carryPending: false }
        : {};
      // The version in the WHERE makes a concurrent save of the same version lose cleanly (P2025: no row matched).
      try {
        saved = await tx.response.update({
          where: { id: existing.id, version: input.expectedVersion },
          data: { ...data, ...change, evidenceOnly: false, version: { increment: 1 } },
        });
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2025") throw await conflictWith(tx, existing.id);
        throw err;
      }
    } else {
      if (input.expectedVersion !== 0) throw new ConflictError("responseConflict", "response vanished");
      try {
        saved = await tx.response.create({ data: { ...data, assessmentId: a.id, questionId: q.id } });
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
          throw new ConflictError("responseConflict", "created concurrently");
        }
        throw err;
      }
    }
    await appendAudit(tx, {
      actor,
      action: "response.saved",
      entityType: "Response",
      entityId: saved.id,
      orgUnitId: a.orgUnitId,
      before: existing ? { questionCode: q.code, ...auditShape(existing) } : null,
      after: { questionCode: q.code, ...auditShape(saved) },
      ...meta,
    });
    return { version: saved.version, updatedAt: saved.updatedAt.toISOString(), updatedByName: actor.displayName };
  });
}

/** A reviewer's verified level and comment on one question, only while the assessment is SUBMITTED. */
export function verifyResponse(actor: Actor, input: VerifyResponseInput, meta: RequestMeta): Promise<void> {
  return decide(actor, { ...input, acceptSelf: false }, meta);
}

/** The reviewer explicitly takes the department's own level as the verified level; recorded as such. */
export function acceptSelfLevel(actor: Actor, input: AcceptSelfLevelInput, meta: RequestMeta): Promise<void> {
  return decide(actor, { ...input, verifiedLevel: null, acceptSelf: true }, meta);
}

/**
 * One review decision: the response carries the current one (what approval
 * freezes), and review_decision keeps every one with its round, the answer
 * revision it judged and its reviewer, so a later change of the answer can
 * neither erase it nor pass for it.
 */
async function decide(
  actor: Actor,
  input: { assessmentId: string; questionCode: string; verifiedLevel: number | null; comment: string; acceptSelf: boolean },
  meta: RequestMeta,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const a = await lockAssessmentFor(actor, input.assessmentId, "review", tx);
    if (a.status !== "SUBMITTED") throw new ConflictError("notUnderReview");
    const q = await questionOf(a.frameworkVersionId, input.questionCode, tx);
    const existing = await tx.response.findUnique({
      where: { assessmentId_questionId: { assessmentId: a.id, questionId: q.id } },
    });
    if (!existing || existing.level === null || existing.na) {
      throw new ValidationError([{ path: "questionCode", message: "notAnswered" }]);
    }
    // Accepting takes the stored self level, never one sent by the browser.
    const verifiedLevel = input.acceptSelf ? existing.level : input.verifiedLevel!;
    const comment = input.comment.trim() === "" ? null : input.comment.trim();
    const updated = await tx.response.update({
      where: { id: existing.id },
      data: { verifiedLevel, reviewerComment: comment },
    });
    await tx.reviewDecision.create({
      data: {
        assessmentId: a.id,
        responseId: existing.id,
        round: a.reviewRound,
        selfLevel: existing.level,
        answerRevision: existing.answerRevision,
        verifiedLevel,
        comment,
        acceptedSelf: input.acceptSelf,
        reviewerId: actor.userId,
      },
    });
    await appendAudit(tx, {
      actor,
      action: "response.verified",
      entityType: "Response",
      entityId: existing.id,
      orgUnitId: a.orgUnitId,
      before: { questionCode: q.code, verifiedLevel: existing.verifiedLevel, comment: existing.reviewerComment },
      after: {
        questionCode: q.code,
        verifiedLevel: updated.verifiedLevel,
        comment: updated.reviewerComment,
        round: a.reviewRound,
        acceptedSelf: input.acceptSelf,
      },
      ...meta,
    });
  });
}
