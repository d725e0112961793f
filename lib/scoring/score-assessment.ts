import { buildActions } from "./actions";
import { answerFor, resolveQuestion, type QuestionState } from "./answers";
import { FORMULA_VERSION, isLevel, levelOf, questionScore, weightedMean } from "./levels";
import type {
  AnswersInput,
  DimensionScore,
  IndicatorScore,
  ScoreLevel,
  ScoreResult,
  ScoringFramework,
  ScoringOptions,
} from "./types";

/**
 * Scores one assessment with formula version 1.0. Pure and synchronous: the
 * result depends only on the arguments (never on the key order of `answers`)
 * and is plain JSON, because it is stored as a snapshot.
 *
 * Rules (numbered as in docs and tests):
 *  1. Included = has a level and is not a valid N/A (see answers.ts for N/A
 *     where it is not allowed). Unanswered and N/A are left out of averages.
 *     A question listed in options.notApplicable (the applicability profile)
 *     is N/A whatever its answer.
 *  2. Effective level: see resolveQuestion in answers.ts.
 *  3. Question score = (L − 1) × 25.
 *  4. Indicator index = weighted mean of included question scores; null if none.
 *  5. Dimension index = weighted mean of non-null indicator indices; overall
 *     index = weighted mean of non-null dimension indices.
 *  6. Level = levelOf(index); overall level is also capped at 1 + the lowest
 *     non-null dimension level, so one weak dimension holds the whole back.
 *  7. Completion = (included + valid N/A) / all questions; 0 with no questions.
 *  8. Target, gap and percent to target: see dimensionTarget below.
 *  9. Actions: see actions.ts.
 * 10. Unsupported: see answers.ts; listed in framework order.
 */
export function scoreAssessment(
  framework: ScoringFramework,
  answers: AnswersInput,
  options: ScoringOptions = {},
): ScoreResult {
  const basis = options.basis === "verified" ? "verified" : "self";
  const byProfile = new Set(options.notApplicable ?? []);
  const states: QuestionState[][][] = [];
  const indicators: IndicatorScore[] = [];
  const dimensions: DimensionScore[] = [];
  const targets: ScoreLevel[] = [];
  const unsupported: string[] = [];
  let allQuestions = 0;
  let allDone = 0;

  for (const dimension of framework.dimensions) {
    const dimensionStates: QuestionState[][] = [];
    const indicatorIndices: { weight: number; value: number | null }[] = [];
    let questions = 0;
    let done = 0;

    for (const indicator of dimension.indicators) {
      const indicatorStates: QuestionState[] = [];
      const scores: { weight: number; value: number | null }[] = [];
      for (const question of indicator.questions) {
        const state: QuestionState = byProfile.has(question.code)
          ? { kind: "na" }
          : resolveQuestion(question, answerFor(answers, question.code), basis);
        indicatorStates.push(state);
        questions++;
        if (state.kind === "unanswered") continue;
        done++;
        if (state.kind === "answered") {
          scores.push({ weight: question.weight, value: questionScore(state.effective) });
          if (state.unsupported) unsupported.push(question.code);
        }
      }
      const index = weightedMean(scores);
      indicators.push({ code: indicator.code, dimension: dimension.code, index });
      indicatorIndices.push({ weight: indicator.weight, value: index });
      dimensionStates.push(indicatorStates);
    }

    const index = weightedMean(indicatorIndices);
    const level = levelOf(index);
    const target = dimensionTarget(options.targets, dimension.code, level);
    targets.push(target);
    states.push(dimensionStates);
    allQuestions += questions;
    allDone += done;
    dimensions.push({
      code: dimension.code,
      index,
      level,
      completion: questions === 0 ? 0 : done / questions,
      target,
      gap: Math.max(0, target - (level ?? 1)),
      percentToTarget: percentToTarget(index, target),
    });
  }

  const overallIndex = weightedMean(
    framework.dimensions.map((d, i) => ({ weight: d.weight, value: dimensions[i]?.index ?? null })),
  );

  return {
    formulaVersion: FORMULA_VERSION,
    basis,
    overall: {
      index: overallIndex,
      level: overallLevel(overallIndex, dimensions),
      completion: allQuestions === 0 ? 0 : allDone / allQuestions,
    },
    dimensions,
    indicators,
    actions: buildActions(framework, states, targets),
    unsupported,
  };
}

/** Rule 6: the overall level is capped at one above the weakest scored dimension. */
function overallLevel(index: number | null, dimensions: readonly DimensionScore[]): ScoreLevel | null {
  const level = levelOf(index);
  if (level === null) return null;
  let lowest: ScoreLevel | null = null;
  for (const d of dimensions) {
    if (d.level !== null && (lowest === null || d.level < lowest)) lowest = d.level;
  }
  if (lowest === null) return level;
  return Math.min(level, lowest + 1) as ScoreLevel;
}

/**
 * Rule 8: the given target (ignored unless it is a level 1..5), else one level
 * above the current level (at most 5), else 2 when the dimension has no score
 * yet — the first step for a dimension nobody has answered is L2.
 */
function dimensionTarget(
  given: ScoringOptions["targets"],
  code: string,
  level: ScoreLevel | null,
): ScoreLevel {
  const explicit = given !== undefined && Object.hasOwn(given, code) ? given[code] : undefined;
  if (isLevel(explicit)) return explicit;
  if (level === null) return 2;
  return Math.min(5, level + 1) as ScoreLevel;
}

/**
 * Rule 8: index as a percentage of the index the target starts at,
 * (target − 1) × 25, capped at 100. No index → null (nothing to measure, even
 * for target 1); target 1 → 100, as every index reaches L1.
 */
function percentToTarget(index: number | null, target: ScoreLevel): number | null {
  if (index === null) return null;
  if (target === 1) return 100;
  return Math.min(100, (index / ((target - 1) * 25)) * 100);
}
