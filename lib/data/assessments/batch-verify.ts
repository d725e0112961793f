import "server-only";
import { db } from "@/lib/db";
import { ConflictError, ValidationError, type FieldIssue } from "@/lib/errors";
import type { VerifyBatchInput } from "@/lib/validation/assessment";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { loadFramework } from "../framework-load";
import { lockAssessmentFor } from "./access";

export interface VerifyBatchResult {
  /** Question codes whose verified level was decided by this batch (sorted); the others already had it. */
  changed: string[];
}

/**
 * Issue 11: the reviewer's verified levels for several questions (typically
 * one indicator), saved in one transaction under exactly the rules of the
 * single-question verify (lib/data/assessments/responses.ts `decide`): a
 * reviewer within scope, never of their own department, only while
 * SUBMITTED, only answered questions. Every item is checked before anything
 * is written, so one bad item refuses the whole batch.
 *
 * An item that repeats what this round already decided for the same answer
 * is left alone (no decision row, no audit event): saving an indicator twice
 * does not double its history. A comment made this round stays with the new
 * level — a batch sets levels, it does not withdraw comments.
 */
export async function verifyBatch(actor: Actor, input: VerifyBatchInput, meta: RequestMeta): Promise<VerifyBatchResult> {
  return db().$transaction(async (tx) => {
    const a = await lockAssessmentFor(actor, input.assessmentId, "review", tx);
    if (a.status !== "SUBMITTED") throw new ConflictError("notUnderReview");
    // Loaded before a return and resubmission: the answers it judged may have changed since.
    if (a.reviewRound !== input.expectedRound) throw new ConflictError("assessmentChanged", "review round changed since the page was loaded");

    const fw = await loadFramework(a.frameworkVersionId, tx);
    const issues: FieldIssue[] = [];
    const questions = input.items.map((item, i) => {
      const q = fw.questionByCode.get(item.questionCode);
      if (!q) issues.push({ path: `items.${i}.questionCode`, message: "unknownQuestion" });
      return q;
    });
    if (issues.length > 0) throw new ValidationError(issues);

    const rows = await tx.response.findMany({
      where: { assessmentId: a.id, questionId: { in: questions.map((q) => q!.id) } },
      include: {
        decisions: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 1,
          select: { round: true, answerRevision: true, verifiedLevel: true, comment: true },
        },
      },
    });
    const byQuestion = new Map(rows.map((r) => [r.questionId, r]));
    const plan = input.items.map((item, i) => {
      const existing = byQuestion.get(questions[i]!.id);
      if (!existing || existing.level === null || existing.na) issues.push({ path: `items.${i}.questionCode`, message: "notAnswered" });
      return { item, existing: existing! };
    });
    if (issues.length > 0) throw new ValidationError(issues);

    const changed: string[] = [];
    for (const { item, existing } of plan) {
      const latest = existing.decisions[0];
      const thisRound = latest && latest.round === a.reviewRound && latest.answerRevision === existing.answerRevision ? latest : undefined;
      if (thisRound && thisRound.verifiedLevel === item.verifiedLevel && existing.verifiedLevel === item.verifiedLevel) continue;
      const comment = thisRound?.comment ?? null;
      await tx.response.update({ where: { id: existing.id }, data: { verifiedLevel: item.verifiedLevel, reviewerComment: comment } });
      await tx.reviewDecision.create({
        data: {
          assessmentId: a.id,
          responseId: existing.id,
          round: a.reviewRound,
          selfLevel: existing.level!,
          answerRevision: existing.answerRevision,
          verifiedLevel: item.verifiedLevel,
          comment,
          acceptedSelf: false,
          reviewerId: actor.userId,
        },
      });
      // The same event as a single verify, so the history and the audit page read the same whichever way it was saved.
      await appendAudit(tx, {
        actor,
        action: "response.verified",
        entityType: "Response",
        entityId: existing.id,
        orgUnitId: a.orgUnitId,
        before: { questionCode: item.questionCode, verifiedLevel: existing.verifiedLevel, comment: existing.reviewerComment },
        after: { questionCode: item.questionCode, verifiedLevel: item.verifiedLevel, comment, round: a.reviewRound, acceptedSelf: false, batch: true },
        ...meta,
      });
      changed.push(item.questionCode);
    }
    return { changed: changed.sort() };
  });
}
