import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnswersInput } from "@/lib/scoring";
import type { CompletenessAnswer } from "@/lib/assessment/completeness";
import type { LoadedFramework } from "../framework-load";

type Tx = Prisma.TransactionClient;

/** The saved answers of one assessment, keyed by question code, in the shapes the engine and the submit rule take. */
export async function readAnswers(tx: Tx, assessmentId: string, fw: LoadedFramework) {
  const rows = await tx.response.findMany({
    where: { assessmentId },
    select: {
      questionId: true,
      level: true,
      na: true,
      naReason: true,
      verifiedLevel: true,
      _count: { select: { evidence: true } },
    },
  });
  const codeById = new Map([...fw.questionByCode.values()].map((q) => [q.id, q.code]));
  const scoring: Record<string, NonNullable<AnswersInput[string]>> = {};
  const completeness: Record<string, CompletenessAnswer> = {};
  for (const r of rows) {
    const code = codeById.get(r.questionId);
    if (!code) continue;
    scoring[code] = {
      level: (r.level ?? undefined) as 1 | 2 | 3 | 4 | 5 | undefined,
      na: r.na,
      evidence: r._count.evidence,
      verifiedLevel: (r.verifiedLevel ?? undefined) as 1 | 2 | 3 | 4 | 5 | undefined,
    };
    completeness[code] = { level: r.level, na: r.na, naReason: r.naReason ?? "", evidenceCount: r._count.evidence };
  }
  return { scoring, completeness };
}
