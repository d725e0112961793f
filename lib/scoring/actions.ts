import type { QuestionState } from "./answers";
import type { ActionItem, Phase, ScoreLevel, ScoringFramework } from "./types";

/** Rule 9: the phase follows the level the step reaches. */
export function phaseFor(nextLevel: ScoreLevel): Phase {
  if (nextLevel <= 3) return "near";
  if (nextLevel === 4) return "mid";
  return "long";
}

function sumWeights(items: readonly { weight: number }[]): number {
  let total = 0;
  for (const item of items) total += item.weight;
  return total;
}

/** weight / total, 0 when the total is not positive (keeps the snapshot free of NaN). */
function share(weight: number, total: number): number {
  return total > 0 ? weight / total : 0;
}

/**
 * Priorities are products of floating-point shares, so two steps that tie on
 * paper can differ in the last bit. Comparing on 12 decimals makes such ties
 * real ties (resolved by framework order) while staying a strict total order.
 * Priorities are at most 4, so the key stays well inside 2^53.
 */
function priorityKey(priority: number): number {
  return Math.round(priority * 1e12);
}

/**
 * Rule 9: one action per included question whose effective level is below its
 * dimension's target — only the next step, L → L+1, because that is what the
 * department can act on now.
 *
 * Priority = (dimension weight / Σ dimension weights)
 *          × (indicator weight / Σ indicator weights in the dimension)
 *          × (question weight / Σ question weights in the indicator)
 *          × (target − L),
 * evaluated left to right. Sums are over the framework, not over answered
 * questions, so a question's share does not move as others are answered.
 *
 * `states` and `targets` are parallel to the framework (dimension → indicator → question).
 */
export function buildActions(
  framework: ScoringFramework,
  states: readonly (readonly (readonly QuestionState[])[])[],
  targets: readonly ScoreLevel[],
): ActionItem[] {
  const candidates: { item: ActionItem; key: number; order: number }[] = [];
  const dimensionTotal = sumWeights(framework.dimensions);
  let order = 0;

  framework.dimensions.forEach((dimension, di) => {
    const target = targets[di] ?? 1;
    const indicatorTotal = sumWeights(dimension.indicators);
    dimension.indicators.forEach((indicator, ii) => {
      const questionTotal = sumWeights(indicator.questions);
      indicator.questions.forEach((question, qi) => {
        const state = states[di]?.[ii]?.[qi];
        order++;
        if (state === undefined || state.kind !== "answered") return;
        const from = state.effective;
        if (from >= target) return;
        const to = (from + 1) as ScoreLevel;
        const priority =
          share(dimension.weight, dimensionTotal) *
          share(indicator.weight, indicatorTotal) *
          share(question.weight, questionTotal) *
          (target - from);
        candidates.push({
          item: {
            question: question.code,
            indicator: indicator.code,
            dimension: dimension.code,
            from,
            to,
            step: (from - 1) as ActionItem["step"],
            phase: phaseFor(to),
            priority,
          },
          key: priorityKey(priority),
          order,
        });
      });
    });
  });

  candidates.sort((a, b) => b.key - a.key || a.order - b.order);
  return candidates.map((c) => c.item);
}
