import "server-only";
import { randomUUID } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { AcceptSelfLevelInput, SaveResponseInput, VerifyResponseInput } from "@/lib/validation/assessment";
import type { Actor } from "../actor";
import { appendAudit, auditAppended, auditInsertFrom, type RequestMeta } from "../audit";
import { loadFramework } from "../framework-load";
import { ASSESSMENT_WITH_UNIT_AND_CYCLE, LOCKED_ASSESSMENT_COLUMNS, lockAssessmentFor, lockedAssessmentFrom, type LockedAssessmentRow } from "./access";
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

async function conflictWith(tx: Prisma.TransactionClient | ReturnType<typeof db>, responseId: string): Promise<ConflictError> {
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
  const client = db();
  // Autosave is the app's busiest write, so it makes two round trips and no explicit transaction: one read (the
  // assessment, its cycle and unit, and the stored answer), the checks, then one statement that writes the answer
  // and its audit event together — atomic as any single statement is. The rules are those of every write:
  // tenancy and role from the unit in the database, an editable status, the cycle's window, a question of the
  // assessment's own framework, optimistic versions. The write re-checks the status under a shared lock on the
  // assessment (a submit, which locks it for update, waits for the write, or the write sees the new status and
  // writes nothing), and the version in its WHERE (a concurrent save of the same version writes nothing).
  const [row] = await client.$queryRaw<(LockedAssessmentRow & StoredAnswerRow)[]>`
    SELECT ${LOCKED_ASSESSMENT_COLUMNS},
           r.id AS r_id, r.version AS r_version, r.level AS r_level, r.na AS r_na, r.na_reason AS r_na_reason,
           r.note AS r_note, r.verified_level AS r_verified_level, r.evidence_only AS r_evidence_only
      FROM ${ASSESSMENT_WITH_UNIT_AND_CYCLE}
      LEFT JOIN LATERAL (
        SELECT r.* FROM response r
          JOIN question q ON q.id = r.question_id
          JOIN indicator i ON i.id = q.indicator_id
          JOIN dimension d ON d.id = i.dimension_id
         WHERE r.assessment_id = a.id AND q.code = ${input.questionCode} AND d.framework_version_id = c.framework_version_id
      ) r ON true
     WHERE a.id = ${input.assessmentId}::uuid`;
  const a = lockedAssessmentFrom(actor, input.assessmentId, "answer", row);
  if (!EDITABLE.has(a.status)) throw new ConflictError("assessmentLocked");
  assertAnswerWindow(a.cycle);
  const q = await questionOf(a.frameworkVersionId, input.questionCode);
  if (answer.na && !q.allowNA) throw new ValidationError([{ path: "na", message: "naNotAllowed" }]);

  const data = {
    level: answer.na ? null : answer.level,
    na: answer.na,
    naReason: answer.na ? answer.naReason.trim() : null,
    note: answer.note === "" ? null : answer.note,
  };
  const existing = row!.r_id === null ? null : storedAnswer(row!);
  const now = new Date();
  let id: string;
  let version: number;
  let write: Prisma.Sql;
  let verifiedLevel: number | null = null;
  if (existing) {
    // A response created only to hold evidence (flagged when created) carries no answer yet: saving over it is
    // no conflict. A deliberately cleared answer is an answer like any other, so a stale save over it is a conflict.
    if (existing.version !== input.expectedVersion && !existing.evidenceOnly) throw await conflictWith(client, existing.id);
    // A changed answer needs verifying afresh: an old verified level would silently outweigh the new self level.
    // The revision and the answer it replaced let the reviewer see the change; the decisions stay in review_decision.
    // A changed answer is also no longer "carried over, to confirm" (issue 10 §3).
    const answerChanged = existing.level !== data.level || existing.na !== data.na;
    verifiedLevel = answerChanged ? null : existing.verifiedLevel;
    id = existing.id;
    version = existing.version + 1;
    write = Prisma.sql`
      UPDATE response
         SET level = ${data.level}::int, na = ${data.na}, na_reason = ${data.naReason}, note = ${data.note},
             updated_by_id = ${actor.userId}::uuid, evidence_only = false, version = version + 1,
             updated_at = ${now.toISOString()}::timestamptz
             ${answerChanged ? Prisma.sql`, verified_level = NULL, answer_revision = answer_revision + 1,
             previous_level = ${existing.level}::int, previous_na = ${existing.na}, carry_pending = false` : Prisma.empty}
       WHERE id = ${existing.id}::uuid AND version = ${existing.version}::int AND EXISTS (SELECT 1 FROM editable)
      RETURNING id`;
  } else {
    if (input.expectedVersion !== 0) throw new ConflictError("responseConflict", "response vanished");
    id = randomUUID();
    version = 1;
    // Two first saves of one question at once: the second inserts nothing (and records nothing) and is a conflict.
    write = Prisma.sql`
      INSERT INTO response (id, assessment_id, question_id, level, na, na_reason, note, updated_by_id, version, updated_at, created_at)
      SELECT ${id}::uuid, ${a.id}::uuid, ${q.id}::uuid, ${data.level}::int, ${data.na}, ${data.naReason}, ${data.note},
             ${actor.userId}::uuid, 1, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
       WHERE EXISTS (SELECT 1 FROM editable)
      ON CONFLICT (assessment_id, question_id) DO NOTHING
      RETURNING id`;
  }
  const event = await auditInsertFrom(
    client,
    {
      actor,
      action: "response.saved",
      entityType: "Response",
      entityId: id,
      orgUnitId: a.orgUnitId,
      before: existing ? { questionCode: q.code, ...auditShape(existing) } : null,
      after: { questionCode: q.code, ...auditShape({ ...data, verifiedLevel }) },
      ...meta,
    },
    "saved",
  );
  const [result] = await client.$queryRaw<{ editable: boolean; id: string | null }[]>`
    WITH editable AS (
           SELECT 1 FROM assessment WHERE id = ${a.id}::uuid AND status::text = ANY(${[...EDITABLE]}::text[]) FOR SHARE
         ),
         saved AS (${write}),
         event AS (${event} RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM editable) AS editable, (SELECT id FROM saved) AS id`;
  if (!result?.id) {
    // Between the read and the write the assessment was submitted (or the answer saved by someone else).
    if (!result?.editable) throw new ConflictError("assessmentLocked");
    if (existing) throw await conflictWith(client, existing.id);
    throw new ConflictError("responseConflict", "created concurrently");
  }
  auditAppended();
  return { version, updatedAt: now.toISOString(), updatedByName: actor.displayName };
}

interface StoredAnswerRow {
  r_id: string | null;
  r_version: number;
  r_level: number | null;
  r_na: boolean;
  r_na_reason: string | null;
  r_note: string | null;
  r_verified_level: number | null;
  r_evidence_only: boolean;
}

function storedAnswer(r: StoredAnswerRow) {
  return {
    id: r.r_id!,
    version: r.r_version,
    level: r.r_level,
    na: r.r_na,
    naReason: r.r_na_reason,
    note: r.r_note,
    verifiedLevel: r.r_verified_level,
    evidenceOnly: r.r_evidence_only,
  };
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
