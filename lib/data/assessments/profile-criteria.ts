import "server-only";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { CRITERIA_LEVELS } from "@/lib/framework";
import type { MarkCriteriaInput } from "@/lib/validation/profile";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { lockAssessmentFor } from "./access";
import { questionOf } from "./responses";

/**
 * A reviewer records which criteria of a question the evidence shows (2.0
 * criteria-based levels), while the assessment is under review. The set
 * replaces the previous marks; ids must be the question's own criteria.
 */
export async function markCriteria(actor: Actor, input: MarkCriteriaInput, meta: RequestMeta): Promise<{ criteria: string[] }> {
  return db().$transaction(async (tx) => {
    const a = await lockAssessmentFor(actor, input.assessmentId, "review", tx);
    if (a.status !== "SUBMITTED") throw new ConflictError("notUnderReview");
    const q = await questionOf(a.frameworkVersionId, input.questionCode, tx);
    if (!q.criteria) throw new ValidationError([{ path: "questionCode", message: "noCriteria" }]);
    const own = new Set(CRITERIA_LEVELS.flatMap((l) => q.criteria![l].map((c) => c.id)));
    const unknown = input.criteria.filter((id) => !own.has(id));
    if (unknown.length) throw new ValidationError(unknown.map(() => ({ path: "criteria", message: "unknownCriterion" })));
    const existing = await tx.response.findUnique({ where: { assessmentId_questionId: { assessmentId: a.id, questionId: q.id } } });
    if (!existing) throw new ValidationError([{ path: "questionCode", message: "notAnswered" }]);
    // Kept in framework order, without repeats, so the stored value does not depend on click order.
    const ordered = [...own].filter((id) => input.criteria.includes(id));
    await tx.response.update({ where: { id: existing.id }, data: { criteriaMet: ordered } });
    await appendAudit(tx, {
      actor,
      action: "response.criteria_marked",
      entityType: "Response",
      entityId: existing.id,
      orgUnitId: a.orgUnitId,
      before: { questionCode: q.code, criteriaMet: existing.criteriaMet ?? [] },
      after: { questionCode: q.code, criteriaMet: ordered },
      ...meta,
    });
    return { criteria: ordered };
  });
}
