import { answerFor, resolveQuestion } from "@/lib/scoring/answers";
import { levelOf } from "@/lib/scoring/levels";
import { scoreAssessment, type AnswersInput, type Basis, type ScoreLevel, type ScoreResult, type ScoringFramework, type ScoringOptions } from "@/lib/scoring";

/**
 * "Why this level, and what the next one needs", derived from the scoring rule
 * itself (no prose per department): in each dimension, the included questions
 * that hold the index down most — the largest (5 − effective level) × weight
 * share — and what answering each one level higher would add to the dimension
 * and the overall index, found by re-scoring with that one change.
 */

export interface WhyQuestion {
  question: string;
  indicator: string;
  effective: ScoreLevel;
  /** The question's share of the dimension index (0..1). */
  share: number;
  /** Index points the dimension and the whole assessment would gain at effective + 1. */
  dimensionGain: number;
  overallGain: number;
}

export interface WhyDimension {
  code: string;
  index: number | null;
  level: ScoreLevel | null;
  /** The next level and the index it starts at; null at L5 or with no score. */
  nextLevel: ScoreLevel | null;
  pointsToNext: number | null;
  questions: WhyQuestion[];
}

export const WHY_PER_DIMENSION = 3;

export function explainResult(
  framework: ScoringFramework,
  answers: AnswersInput,
  options: ScoringOptions & { basis: Basis },
  result: ScoreResult,
  limit = WHY_PER_DIMENSION,
): WhyDimension[] {
  return framework.dimensions.map((dimension, di) => {
    const score = result.dimensions[di]!;
    const candidates: Omit<WhyQuestion, "dimensionGain" | "overallGain">[] = [];
    // Shares follow rules 4–5: indicators with a score, then included questions within each.
    const scored = dimension.indicators
      .map((indicator) => {
        const included = indicator.questions
          .map((q) => ({ q, state: resolveQuestion(q, answerFor(answers, q.code), options.basis) }))
          .filter((x) => x.state.kind === "answered");
        return { indicator, included };
      })
      .filter((x) => x.included.length > 0);
    const indicatorTotal = scored.reduce((s, x) => s + x.indicator.weight, 0);
    for (const { indicator, included } of scored) {
      const questionTotal = included.reduce((s, x) => s + x.q.weight, 0);
      for (const { q, state } of included) {
        if (state.kind !== "answered" || state.effective >= 5) continue;
        const share = (indicator.weight / indicatorTotal) * (q.weight / questionTotal);
        candidates.push({ question: q.code, indicator: indicator.code, effective: state.effective, share });
      }
    }
    candidates.sort((a, b) => (5 - b.effective) * b.share - (5 - a.effective) * a.share || 0);
    const questions = candidates.slice(0, limit).map((c) => {
      const raised = oneLevelHigher(answers, c.question, (c.effective + 1) as ScoreLevel);
      const after = scoreAssessment(framework, raised, options);
      return {
        ...c,
        dimensionGain: (after.dimensions[di]!.index ?? 0) - (score.index ?? 0),
        overallGain: (after.overall.index ?? 0) - (result.overall.index ?? 0),
      };
    });
    const nextLevel = score.level !== null && score.level < 5 ? ((score.level + 1) as ScoreLevel) : null;
    return {
      code: dimension.code,
      index: score.index,
      level: score.level,
      nextLevel,
      pointsToNext: nextLevel !== null && score.index !== null ? Math.max(0, (nextLevel - 1) * 25 - score.index) : null,
      questions,
    };
  });
}

/** The same answers with one question answered (and verified, and evidenced) at `level`. */
function oneLevelHigher(answers: AnswersInput, code: string, level: ScoreLevel): AnswersInput {
  const before = answerFor(answers, code) ?? {};
  return { ...answers, [code]: { ...before, na: false, level, verifiedLevel: level, evidence: Math.max(1, before.evidence ?? 0) } };
}

/** The short-board rule (rule 6): the weakest dimensions when they capped the overall level, else []. */
export function shortBoard(result: ScoreResult): string[] {
  const uncapped = levelOf(result.overall.index);
  if (uncapped === null || result.overall.level === null || uncapped <= result.overall.level) return [];
  const lowest = Math.min(...result.dimensions.filter((d) => d.level !== null).map((d) => d.level!));
  return result.dimensions.filter((d) => d.level === lowest).map((d) => d.code);
}

/** Self-assessment inflation per dimension: self index − verified index (positive = self ran ahead). */
export function inflationByDimension(self: ScoreResult, verified: ScoreResult): { code: string; self: number | null; verified: number | null; inflation: number | null }[] {
  return self.dimensions.map((d) => {
    const v = verified.dimensions.find((x) => x.code === d.code);
    const vi = v?.index ?? null;
    return { code: d.code, self: d.index, verified: vi, inflation: d.index !== null && vi !== null ? d.index - vi : null };
  });
}

/** One decimal, as everywhere an index is shown ("—" with no score). */
export function formatIndex(x: number | null | undefined): string {
  return x === null || x === undefined ? "—" : x.toFixed(1);
}

export function formatSigned(x: number | null | undefined): string {
  if (x === null || x === undefined) return "—";
  const r = Math.round(x * 10) / 10;
  return `${r > 0 ? "+" : ""}${r.toFixed(1)}`;
}
