import "server-only";
import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { missingForSubmit } from "@/lib/assessment/completeness";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { AssessmentStatus as DbStatus } from "@/lib/generated/prisma/enums";
import { FORMULA_VERSION, scoreAssessment, type ScoreLevel } from "@/lib/scoring";
import type { SetTargetsInput, TransitionInput } from "@/lib/validation/assessment";
import { coversPath, type Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { cycleIncludesUnit } from "../admin/participation";
import { loadFramework } from "../framework-load";
import { loadAssessmentFor, type Purpose } from "./access";
import { readAnswers } from "./answers";
import { syncPlanFromResult } from "../results/plan";
import { assertAnswerWindow } from "./cycle-window";
import { commentedInRound, undecidedChanges, verifiedBasis } from "./review-rounds";
import { completenessUnderProfile, profileMissing, profileNotApplicable, profileOf } from "./profile";
// Issue 9 (comparison, early warning): score rows for SQL aggregation and the warning hook.
import { writeScoreRows } from "../compare/score-rows";
import { evaluateWarningsForAssessment } from "../warnings/evaluate";
// Issue 10 §3: carried-over answers must be confirmed before submit.
import { unconfirmedCarried } from "./carry-over";

type Tx = Prisma.TransactionClient;

/** The only moves the workflow allows: DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED. */
export const TRANSITIONS = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", purpose: "answer" },
  return: { from: ["SUBMITTED"], to: "RETURNED", purpose: "review" },
  approve: { from: ["SUBMITTED"], to: "APPROVED", purpose: "review" },
} as const satisfies Record<string, { from: readonly DbStatus[]; to: DbStatus; purpose: Purpose }>;

export type TransitionName = keyof typeof TRANSITIONS;

/** Starts the department's assessment for an open cycle, or returns the one that exists (one per department per cycle). */
export async function startOrResumeAssessment(
  actor: Actor,
  input: { cycleId: string; orgUnitId: string },
  meta: RequestMeta,
): Promise<{ assessmentId: string; created: boolean }> {
  const unit = await db().orgUnit.findUnique({ where: { id: input.orgUnitId } });
  if (!unit || !coversPath(actor, ["RESPONDENT", "DEPT_ADMIN"], unit.path)) throw new NotFoundError("org unit");
  if (unit.kind !== "DEPARTMENT" && unit.kind !== "OFFICE") {
    throw new ValidationError([{ path: "orgUnitId", message: "notADepartment" }]);
  }
  const cycle = await db().assessmentCycle.findUnique({ where: { id: input.cycleId } });
  // A department outside the cycle's participants cannot see it, so it is "not found" to them.
  if (!cycle || !(await cycleIncludesUnit(cycle.id, unit.id))) throw new NotFoundError("cycle");
  const existing = await db().assessment.findUnique({
    where: { cycleId_orgUnitId: { cycleId: cycle.id, orgUnitId: unit.id } },
  });
  if (existing) return { assessmentId: existing.id, created: false };
  // A new assessment only inside the cycle's window (an existing one still opens, read-only, outside it).
  assertAnswerWindow(cycle);
  try {
    return await db().$transaction(async (tx) => {
      const a = await tx.assessment.create({ data: { cycleId: cycle.id, orgUnitId: unit.id } });
      await appendAudit(tx, {
        actor,
        action: "assessment.created",
        entityType: "Assessment",
        entityId: a.id,
        orgUnitId: unit.id,
        after: { status: a.status, cycleId: cycle.id },
        ...meta,
      });
      return { assessmentId: a.id, created: true };
    });
  } catch (err) {
    // Two people pressed "start" at once: the other one created it.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const a = await db().assessment.findUniqueOrThrow({
        where: { cycleId_orgUnitId: { cycleId: cycle.id, orgUnitId: unit.id } },
      });
      return { assessmentId: a.id, created: false };
    }
    throw err;
  }
}

/** Moves the status with the version the client saw in the WHERE: of two racing moves exactly one wins. */
async function moveStatus(tx: Tx, id: string, name: TransitionName, expectedVersion: number, extra: Prisma.AssessmentUpdateManyMutationInput = {}) {
  const t = TRANSITIONS[name];
  const { count } = await tx.assessment.updateMany({
    where: { id, version: expectedVersion, status: { in: [...t.from] } },
    data: { ...extra, status: t.to, version: { increment: 1 } },
  });
  if (count === 0) {
    const now = await tx.assessment.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
    if (!(t.from as readonly string[]).includes(now.status)) throw new ConflictError("invalidTransition", `${now.status} → ${t.to}`);
    throw new ConflictError("assessmentChanged");
  }
}

export async function setTargets(actor: Actor, input: SetTargetsInput, meta: RequestMeta): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const a = await loadAssessmentFor(actor, input.assessmentId, "manage", tx);
    if (a.status !== "DRAFT" && a.status !== "RETURNED") throw new ConflictError("assessmentLocked");
    assertAnswerWindow(a.cycle);
    const fw = await loadFramework(a.cycle.frameworkVersionId, tx);
    const known = new Set(fw.framework.dimensions.map((d) => d.code));
    const unknown = Object.keys(input.targets).filter((k) => !known.has(k));
    if (unknown.length) throw new ValidationError(unknown.map((k) => ({ path: `targets.${k}`, message: "unknownDimension" })));
    const { count } = await tx.assessment.updateMany({
      where: { id: a.id, version: input.expectedVersion, status: { in: ["DRAFT", "RETURNED"] } },
      data: { targets: input.targets, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("assessmentChanged");
    await appendAudit(tx, {
      actor,
      action: "assessment.targets_set",
      entityType: "Assessment",
      entityId: a.id,
      orgUnitId: a.orgUnitId,
      before: { targets: a.targets },
      after: { targets: input.targets },
      ...meta,
    });
    return { version: input.expectedVersion + 1 };
  });
}

/** The department's respondents and its admin may submit; the admin alone sets targets. */
export async function submitAssessment(actor: Actor, input: TransitionInput, meta: RequestMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const a = await loadAssessmentFor(actor, input.assessmentId, "answer", tx);
    if (a.cycle.status === "CLOSED") throw new ConflictError("cycleClosed");
    // Locks the row first so no answer or evidence changes between the check and the move.
    await tx.$queryRaw`SELECT id FROM assessment WHERE id = ${a.id}::uuid FOR UPDATE`;
    assertAnswerWindow(a.cycle);
    const fw = await loadFramework(a.cycle.frameworkVersionId, tx);
    const { completeness } = await readAnswers(tx, a.id, fw);
    // 2.0: the applicability profile must be complete; the questions it makes N/A count as N/A.
    const { outcome } = await profileOf(tx, a.id, fw.framework);
    const missing = missingForSubmit(fw.framework, completenessUnderProfile(outcome, completeness));
    const missingProfile = profileMissing(fw.framework, outcome);
    if (missing.length || missingProfile.length) {
      throw new ValidationError(
        [...missingProfile, ...missing.map((m) => ({ path: m.questionCode, message: `missing.${m.reason}` }))],
        "incomplete",
      );
    }
    // Carry-over: answers taken from the last cycle must each be confirmed or changed first (count in the message).
    const unconfirmed = await unconfirmedCarried(tx, a.id, fw, outcome);
    if (unconfirmed.length) {
      throw new ValidationError(unconfirmed.map((code) => ({ path: code, message: "carryUnconfirmed" })), "carryUnconfirmed");
    }
    // Each submission opens a new review round: decisions are filed under it.
    await moveStatus(tx, a.id, "submit", input.expectedVersion, { submittedAt: new Date(), reviewRound: { increment: 1 } });
    // Issue 9: the warning rules run on submit (unsupported claims, due dates), in this transaction.
    await evaluateWarningsForAssessment(tx, { orgUnitId: a.orgUnitId, cycleId: a.cycleId });
    await appendAudit(tx, {
      actor,
      action: "assessment.submitted",
      entityType: "Assessment",
      entityId: a.id,
      orgUnitId: a.orgUnitId,
      before: { status: a.status },
      after: { status: "SUBMITTED" },
      ...meta,
    });
  });
}

export async function returnAssessment(actor: Actor, input: TransitionInput, meta: RequestMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const a = await loadAssessmentFor(actor, input.assessmentId, "review", tx);
    // Only comments made in this round count: a comment left in an earlier round was already answered.
    const commented = await commentedInRound(tx, a.id, a.reviewRound);
    if (commented === 0 && a.status === "SUBMITTED") {
      throw new ValidationError([{ path: "comment", message: "returnNeedsComment" }], "returnNeedsComment");
    }
    await moveStatus(tx, a.id, "return", input.expectedVersion);
    await appendAudit(tx, {
      actor,
      action: "assessment.returned",
      entityType: "Assessment",
      entityId: a.id,
      orgUnitId: a.orgUnitId,
      before: { status: a.status },
      after: { status: "RETURNED", commentedQuestions: commented },
      ...meta,
    });
  });
}

/** Approves, locking the answers for everyone, and stores the self and verified scores with the formula version. */
export async function approveAssessment(actor: Actor, input: TransitionInput, meta: RequestMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const a = await loadAssessmentFor(actor, input.assessmentId, "review", tx);
    await moveStatus(tx, a.id, "approve", input.expectedVersion, { approvedAt: new Date() });
    // An answer changed since its last review needs a fresh decision: its old verified level was cleared with the
    // change, and defaulting it to the new self level would erase the reviewer's downgrade.
    const undecided = await undecidedChanges(tx, a.id);
    if (undecided.length) {
      throw new ValidationError(undecided.map((code) => ({ path: code, message: "needsDecision" })), "changedNeedDecision");
    }
    const basis = await verifiedBasis(tx, a.id);
    // The verified level defaults to the self level: make that explicit before it is frozen.
    await tx.$executeRaw`UPDATE response SET verified_level = level, updated_at = now()
      WHERE assessment_id = ${a.id}::uuid AND verified_level IS NULL AND level IS NOT NULL`;
    const fw = await loadFramework(a.cycle.frameworkVersionId, tx);
    const { scoring } = await readAnswers(tx, a.id, fw);
    const targets = a.targets as Record<string, ScoreLevel>;
    const notApplicable = profileNotApplicable((await profileOf(tx, a.id, fw.framework)).outcome);
    const self = scoreAssessment(fw.framework, scoring, { targets, basis: "self", notApplicable });
    const verified = scoreAssessment(fw.framework, scoring, { targets, basis: "verified", notApplicable });
    const snapshot = await tx.scoreSnapshot.create({
      data: {
        assessmentId: a.id,
        formulaVersion: FORMULA_VERSION,
        result: JSON.parse(JSON.stringify({ self, verified })) as Prisma.InputJsonValue,
        verifiedBasis: basis,
      },
    });
    // Results issue: the improvement plan is created from this approval's verified result, in the same transaction.
    await syncPlanFromResult(tx, a.id, verified);
    // Issue 9: per-dimension rows for the comparison (same transaction), then the warning rules.
    await writeScoreRows(tx, { assessmentId: a.id, snapshotId: snapshot.id, orgUnitId: a.orgUnitId, cycleId: a.cycleId, self, verified });
    await evaluateWarningsForAssessment(tx, { orgUnitId: a.orgUnitId, cycleId: a.cycleId });
    await appendAudit(tx, {
      actor,
      action: "assessment.approved",
      entityType: "Assessment",
      entityId: a.id,
      orgUnitId: a.orgUnitId,
      before: { status: "SUBMITTED" },
      // The snapshot and a digest of both results, not the scores themselves: the auditor's export must not carry
      // scores (issue 9: AUDITOR sees no scores), yet an edit of the stored result stays detectable against the log.
      after: { status: "APPROVED", snapshotId: snapshot.id, resultSha256: createHash("sha256").update(JSON.stringify({ self, verified })).digest("hex") },
      ...meta,
    });
  });
}
