import "server-only";
import { cache } from "react";
import { db, Prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { coversPath, type Actor } from "../actor";

type Tx = Prisma.TransactionClient;

/**
 * What the caller wants to do with an assessment, and who may:
 * - read: the department's own people, and reviewers and oversight whose scope covers it;
 * - answer: respondents and the department admin (answers, evidence);
 * - manage: the department admin (targets, submit);
 * - review: a reviewer whose scope covers it — but never for their own department.
 * SYS_ADMIN and AUDITOR have no access to answers at all.
 */
export type Purpose = "read" | "answer" | "manage" | "review";

const ROLES: Record<Purpose, readonly Role[]> = {
  read: ["RESPONDENT", "DEPT_ADMIN", "REVIEWER", "OVERSIGHT"],
  answer: ["RESPONDENT", "DEPT_ADMIN"],
  manage: ["DEPT_ADMIN"],
  review: ["REVIEWER"],
};

const include = {
  orgUnit: { select: { id: true, path: true, nameZh: true, nameEn: true, code: true } },
  cycle: { select: { id: true, nameZh: true, nameEn: true, frameworkVersionId: true, status: true, opensOn: true, closesOn: true } },
} satisfies Prisma.AssessmentInclude;

export type LoadedAssessment = Prisma.AssessmentGetPayload<{ include: typeof include }>;

/**
 * Loads an assessment and decides, from its org unit in the database, whether
 * the actor may use it for `purpose`. Outside the actor's scope it is "not
 * found" (ids of other tenants reveal nothing); inside the scope but without
 * the right role it is "forbidden".
 */
export async function loadAssessmentFor(
  actor: Actor,
  assessmentId: string,
  purpose: Purpose,
  tx: Tx = db(),
): Promise<LoadedAssessment> {
  const a = await tx.assessment.findUnique({ where: { id: assessmentId }, include });
  if (!a || !coversPath(actor, ROLES.read, a.orgUnit.path)) throw new NotFoundError(`assessment ${assessmentId}`);
  if (!coversPath(actor, ROLES[purpose], a.orgUnit.path)) throw new ForbiddenError(`${purpose} assessment ${assessmentId}`);
  if (purpose === "review" && coversPath(actor, ROLES.answer, a.orgUnit.path)) {
    throw new ForbiddenError("a reviewer cannot review their own department");
  }
  return a;
}

/**
 * The read check as one server render makes it: the [id] layout, the page and
 * the page's helpers all ask it for the same assessment, and React's cache
 * answers them from one query (outside a render it is a plain call).
 */
export const loadAssessmentForRead = cache((actor: Actor, assessmentId: string) => loadAssessmentFor(actor, assessmentId, "read"));

export interface LockedAssessment {
  id: string;
  status: string;
  orgUnitId: string;
  frameworkVersionId: string;
  reviewRound: number;
  cycle: { status: string; opensOn: Date; closesOn: Date };
}

/**
 * For writes inside a transaction: the same decision as loadAssessmentFor,
 * made on one row read that also takes a shared lock on the assessment
 * (saves run side by side; a status change, which updates the row, waits for
 * them, so no write lands after a submit). One query instead of three keeps
 * autosave fast.
 */
export async function lockAssessmentFor(actor: Actor, assessmentId: string, purpose: Purpose, tx: Tx): Promise<LockedAssessment> {
  const rows = await tx.$queryRaw<LockedAssessmentRow[]>`
    SELECT a.id, a.status::text AS status, a.org_unit_id, ou.path, c.framework_version_id, a.review_round,
           c.status::text AS cycle_status, c.opens_on, c.closes_on
      FROM assessment a
      JOIN org_unit ou ON ou.id = a.org_unit_id
      JOIN assessment_cycle c ON c.id = a.cycle_id
     WHERE a.id = ${assessmentId}::uuid
       FOR SHARE OF a`;
  return lockedAssessmentFrom(actor, assessmentId, purpose, rows[0]);
}

/** The columns a locking read of an assessment returns (lockAssessmentFor, and the autosave's own one-query read). */
export interface LockedAssessmentRow {
  id: string;
  status: string;
  org_unit_id: string;
  path: string;
  framework_version_id: string;
  review_round: number;
  cycle_status: string;
  opens_on: Date;
  closes_on: Date;
}

/** The decision of lockAssessmentFor on a row already read (not found outside the actor's scope, forbidden without the role). */
export function lockedAssessmentFrom(actor: Actor, assessmentId: string, purpose: Purpose, row: LockedAssessmentRow | undefined): LockedAssessment {
  if (!row || !coversPath(actor, ROLES.read, row.path)) throw new NotFoundError(`assessment ${assessmentId}`);
  if (!canDo(actor, purpose, row.path)) throw new ForbiddenError(`${purpose} assessment ${assessmentId}`);
  return {
    id: row.id,
    status: row.status,
    orgUnitId: row.org_unit_id,
    frameworkVersionId: row.framework_version_id,
    reviewRound: row.review_round,
    // Raw date columns may arrive as Date or as 'YYYY-MM-DD' depending on the driver: both parse to midnight UTC.
    cycle: { status: row.cycle_status, opensOn: new Date(row.opens_on), closesOn: new Date(row.closes_on) },
  };
}

export function canDo(actor: Actor, purpose: Purpose, unitPath: string): boolean {
  if (!coversPath(actor, ROLES[purpose], unitPath)) return false;
  return purpose !== "review" || !coversPath(actor, ROLES.answer, unitPath);
}
