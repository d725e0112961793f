import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Review rounds: an assessment's review_round counts its submissions, and
 * every decision is filed under the round it was made in with the answer
 * revision it judged. An answer whose latest decision judged an older
 * revision changed after that review and needs a fresh decision before
 * approval — otherwise a respondent could undo a downgrade by saving the
 * answer twice.
 */

export interface AnswerRevision {
  level: number | null;
  na: boolean;
  answerRevision: number;
}

export interface DecisionRevision {
  answerRevision: number;
}

export function needsDecision(r: AnswerRevision, latest: DecisionRevision | undefined): boolean {
  return r.level !== null && !r.na && latest !== undefined && latest.answerRevision !== r.answerRevision;
}

/** Who set the verified level approval freezes: a reviewer, a reviewer accepting the self level, or nobody (defaulted). */
export type VerifiedSource = "reviewer" | "acceptedSelf" | "default";

const latestDecision = {
  orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  take: 1,
  select: { answerRevision: true, acceptedSelf: true, verifiedLevel: true },
} satisfies Prisma.Response$decisionsArgs;

async function answersWithLatestDecision(tx: Tx, assessmentId: string) {
  return tx.response.findMany({
    where: { assessmentId },
    select: {
      level: true,
      na: true,
      answerRevision: true,
      verifiedLevel: true,
      question: { select: { code: true } },
      decisions: latestDecision,
    },
  });
}

/** Question codes whose answer changed since its last review decision, with no decision since. */
export async function undecidedChanges(tx: Tx, assessmentId: string): Promise<string[]> {
  const rows = await answersWithLatestDecision(tx, assessmentId);
  return rows
    .filter((r) => needsDecision(r, r.decisions[0]))
    .map((r) => r.question.code)
    .sort();
}

/**
 * For the snapshot: each answered question's verified level and who set it,
 * read before approval fills unverified answers with their self level.
 */
export async function verifiedBasis(tx: Tx, assessmentId: string): Promise<Record<string, { level: number; source: VerifiedSource }>> {
  const rows = await answersWithLatestDecision(tx, assessmentId);
  const out: Record<string, { level: number; source: VerifiedSource }> = {};
  for (const r of rows) {
    if (r.level === null || r.na) continue;
    const d = r.decisions[0];
    if (r.verifiedLevel === null) out[r.question.code] = { level: r.level, source: "default" };
    // A verified level with no decision row predates decision history: only reviewers ever set it.
    else out[r.question.code] = { level: r.verifiedLevel, source: d?.acceptedSelf && d.answerRevision === r.answerRevision ? "acceptedSelf" : "reviewer" };
  }
  return out;
}

/**
 * Answers whose latest decision in this round carries a comment: a return needs at least one.
 * A comment the reviewer withdrew (decided again without one) does not count, nor one from an earlier round.
 */
export async function commentedInRound(tx: Tx, assessmentId: string, round: number): Promise<number> {
  const latest = await tx.reviewDecision.findMany({
    where: { assessmentId, round },
    orderBy: [{ responseId: "asc" }, { createdAt: "desc" }, { id: "desc" }],
    distinct: ["responseId"],
    select: { comment: true },
  });
  return latest.filter((d) => d.comment !== null).length;
}
