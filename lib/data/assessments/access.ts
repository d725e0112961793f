import "server-only";
import { cache } from "react";
import { db, Prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";
import { coversPath, type Actor } from "../actor";
import { jsonColumn } from "../json-column";

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

/** The columns of LockedAssessmentRow, from ASSESSMENT_WITH_UNIT_AND_CYCLE (aliases a, ou, c). */
export const LOCKED_ASSESSMENT_COLUMNS = Prisma.sql`a.id, a.status::text AS status, a.org_unit_id, ou.path, c.framework_version_id,
  a.review_round, c.status::text AS cycle_status, c.opens_on, c.closes_on`;
/** The assessment `a` with its unit `ou` and cycle `c`. */
export const ASSESSMENT_WITH_UNIT_AND_CYCLE = Prisma.sql`assessment a
  JOIN org_unit ou ON ou.id = a.org_unit_id
  JOIN assessment_cycle c ON c.id = a.cycle_id`;

interface AssessmentRow {
  id: string;
  cycle_id: string;
  org_unit_id: string;
  status: LoadedAssessment["status"];
  targets: Prisma.JsonValue;
  version: number;
  submitted_ms: number | null;
  approved_ms: number | null;
  review_round: number;
  created_ms: number;
  updated_ms: number;
  ou_path: string;
  ou_name_zh: string;
  ou_name_en: string;
  ou_code: string;
  c_name_zh: string;
  c_name_en: string;
  c_framework_version_id: string;
  c_status: LoadedAssessment["cycle"]["status"];
  c_opens_on: string;
  c_closes_on: string;
}

const dateOf = (ms: number | null) => (ms === null ? null : new Date(Number(ms)));

/**
 * The assessment with its unit and cycle (the shape `include` gives) in one round trip instead of
 * three: every page, action and route handler on an assessment starts here.
 */
async function readAssessment(tx: Tx, assessmentId: string): Promise<LoadedAssessment | null> {
  // The column is a uuid: anything else names no assessment (as findUnique's "not found", without a cast error).
  if (!isUuid(assessmentId)) return null;
  const rows = await tx.$queryRaw<AssessmentRow[]>`
    SELECT a.id, a.cycle_id, a.org_unit_id, a.status::text AS status, a.targets, a.version,
           (extract(epoch FROM a.submitted_at) * 1000)::float8 AS submitted_ms,
           (extract(epoch FROM a.approved_at) * 1000)::float8 AS approved_ms,
           a.review_round,
           (extract(epoch FROM a.created_at) * 1000)::float8 AS created_ms,
           (extract(epoch FROM a.updated_at) * 1000)::float8 AS updated_ms,
           ou.path AS ou_path, ou.name_zh AS ou_name_zh, ou.name_en AS ou_name_en, ou.code AS ou_code,
           c.name_zh AS c_name_zh, c.name_en AS c_name_en, c.framework_version_id AS c_framework_version_id,
           c.status::text AS c_status, to_char(c.opens_on, 'YYYY-MM-DD') AS c_opens_on, to_char(c.closes_on, 'YYYY-MM-DD') AS c_closes_on
      FROM ${ASSESSMENT_WITH_UNIT_AND_CYCLE}
     WHERE a.id = ${assessmentId}::uuid`;
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    cycleId: r.cycle_id,
    orgUnitId: r.org_unit_id,
    status: r.status,
    targets: jsonColumn(r.targets),
    version: r.version,
    submittedAt: dateOf(r.submitted_ms),
    approvedAt: dateOf(r.approved_ms),
    reviewRound: r.review_round,
    createdAt: new Date(Number(r.created_ms)),
    updatedAt: new Date(Number(r.updated_ms)),
    orgUnit: { id: r.org_unit_id, path: r.ou_path, nameZh: r.ou_name_zh, nameEn: r.ou_name_en, code: r.ou_code },
    cycle: {
      id: r.cycle_id,
      nameZh: r.c_name_zh,
      nameEn: r.c_name_en,
      frameworkVersionId: r.c_framework_version_id,
      status: r.c_status,
      // @db.Date columns: midnight UTC, as Prisma gives them.
      opensOn: new Date(`${r.c_opens_on}T00:00:00.000Z`),
      closesOn: new Date(`${r.c_closes_on}T00:00:00.000Z`),
    },
  };
}

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
  const a = await readAssessment(tx, assessmentId);
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
 * (writes run side by side; a status change, which updates the row, waits for
 * them, so no write lands after a submit). One query instead of three.
 */
export async function lockAssessmentFor(actor: Actor, assessmentId: string, purpose: Purpose, tx: Tx): Promise<LockedAssessment> {
  const rows = await tx.$queryRaw<LockedAssessmentRow[]>`
    SELECT ${LOCKED_ASSESSMENT_COLUMNS}
      FROM ${ASSESSMENT_WITH_UNIT_AND_CYCLE}
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
