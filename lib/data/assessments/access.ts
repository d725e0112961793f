import "server-only";
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
  cycle: { select: { id: true, nameZh: true, nameEn: true, frameworkVersionId: true, status: true } },
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

/** Takes a shared lock on the assessment row for the rest of the transaction: saves run side by side, a status change waits for them. */
export async function lockAssessmentShared(tx: Tx, assessmentId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM assessment WHERE id = ${assessmentId}::uuid FOR SHARE`;
}

export function canDo(actor: Actor, purpose: Purpose, unitPath: string): boolean {
  if (!coversPath(actor, ROLES[purpose], unitPath)) return false;
  return purpose !== "review" || !coversPath(actor, ROLES.answer, unitPath);
}
