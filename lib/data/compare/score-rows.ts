import "server-only";
import type { Prisma } from "@/lib/db";
import type { ScoreResult } from "@/lib/scoring";

type Tx = Prisma.TransactionClient;

/** The code of the row that holds the overall result beside the dimension rows. */
export const OVERALL = "OVERALL";

/**
 * Copies a snapshot's per-dimension results into score_dimension (one row per
 * basis × dimension, plus OVERALL), in the approval's own transaction, so the
 * comparison pages aggregate over indexed columns and never over JSON.
 * Replaces any earlier rows of the assessment: the latest snapshot counts.
 */
export async function writeScoreRows(
  tx: Tx,
  s: { assessmentId: string; snapshotId: string; orgUnitId: string; cycleId: string; self: ScoreResult; verified: ScoreResult },
): Promise<void> {
  const rows: Prisma.ScoreDimensionCreateManyInput[] = [];
  for (const result of [s.self, s.verified]) {
    const common = { assessmentId: s.assessmentId, snapshotId: s.snapshotId, orgUnitId: s.orgUnitId, cycleId: s.cycleId, basis: result.basis };
    rows.push({ ...common, dimensionCode: OVERALL, index: result.overall.index, level: result.overall.level, completion: result.overall.completion });
    for (const d of result.dimensions) {
      rows.push({ ...common, dimensionCode: d.code, index: d.index, level: d.level, completion: d.completion });
    }
  }
  await tx.scoreDimension.deleteMany({ where: { assessmentId: s.assessmentId } });
  await tx.scoreDimension.createMany({ data: rows });
}
