/**
 * Small hand-built frameworks for the scoring tests. Only the fields the engine
 * reads are present, which is the point of the structural `ScoringFramework` type.
 */
import type {
  AnswerInput,
  ScoreLevel,
  ScoringDimension,
  ScoringFramework,
  ScoringIndicator,
  ScoringQuestion,
} from "./types";

export function q(code: string, over: Partial<Omit<ScoringQuestion, "code">> = {}): ScoringQuestion {
  return { code, weight: 1, allowNA: false, evidenceFromLevel: 3, ...over };
}

export function ind(code: string, questions: ScoringQuestion[], weight = 1): ScoringIndicator {
  return { code, weight, questions };
}

export function dim(code: string, indicators: ScoringIndicator[], weight = 1): ScoringDimension {
  return { code, weight, indicators };
}

export function fw(dimensions: ScoringDimension[]): ScoringFramework {
  return { code: "TEST", version: "1.0", dimensions };
}

/** Every question code in framework order. */
export function questionCodes(framework: ScoringFramework): string[] {
  return framework.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions.map((x) => x.code)));
}

/** The same answer for every question (evidence 1 unless overridden, so nothing is unsupported). */
export function answerAll(framework: ScoringFramework, level: ScoreLevel, extra: AnswerInput = {}): Record<string, AnswerInput> {
  const out: Record<string, AnswerInput> = {};
  for (const code of questionCodes(framework)) out[code] = { level, evidence: 1, ...extra };
  return out;
}

/**
 * Two dimensions × two indicators × two questions, all weights 1, no N/A,
 * evidence required from L3.
 */
export const simpleFramework: ScoringFramework = fw([
  dim("GOV", [
    ind("GOV.1", [q("GOV.1.1"), q("GOV.1.2")]),
    ind("GOV.2", [q("GOV.2.1"), q("GOV.2.2")]),
  ]),
  dim("RSK", [
    ind("RSK.1", [q("RSK.1.1"), q("RSK.1.2")]),
    ind("RSK.2", [q("RSK.2.1"), q("RSK.2.2")]),
  ]),
]);

/**
 * Unequal weights everywhere, for hand-computed means and priorities.
 *   DAT (weight 2): DAT.1 (weight 3): DAT.1.1 (w 1), DAT.1.2 (w 2)
 *                   DAT.2 (weight 1): DAT.2.1 (w 1, N/A allowed), DAT.2.2 (w 3, N/A allowed)
 *   OPS (weight 1): OPS.1 (weight 1): OPS.1.1 (w 1), OPS.1.2 (w 1, evidence from L2)
 */
export const weightedFramework: ScoringFramework = fw([
  dim(
    "DAT",
    [
      ind("DAT.1", [q("DAT.1.1", { weight: 1 }), q("DAT.1.2", { weight: 2 })], 3),
      ind("DAT.2", [q("DAT.2.1", { weight: 1, allowNA: true }), q("DAT.2.2", { weight: 3, allowNA: true })], 1),
    ],
    2,
  ),
  dim("OPS", [ind("OPS.1", [q("OPS.1.1"), q("OPS.1.2", { evidenceFromLevel: 2 })])], 1),
]);
