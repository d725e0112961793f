import type { ScoreLevel } from "./types";

/**
 * Version of the method in score-assessment.ts. Stored with every snapshot so a
 * stored result can always be explained by the formula that produced it; any
 * change to a rule below must bump it.
 */
export const FORMULA_VERSION = "1.0" as const;

/** Runtime guard: answers come from storage/forms, so anything outside 1..5 is treated as "no level". */
export function isLevel(value: unknown): value is ScoreLevel {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** Rule 3: question score = (L − 1) × 25, so L1..L5 map to 0, 25, 50, 75, 100. */
export function questionScore(level: ScoreLevel): number {
  return (level - 1) * 25;
}

/**
 * Rule 6: level(x) = min(5, 1 + floor(x / 25 + 1e-9)).
 * The 1e-9 absorbs floating-point error in weighted means (e.g. a mean that is
 * 75 on paper but 74.99999999999999 in binary still reaches L4), while a real
 * shortfall such as 24.999 stays below the boundary. The lower clamp to 1 has
 * no effect on valid indices (0..100); it only keeps the result a level.
 */
export function levelOf(x: number): ScoreLevel;
export function levelOf(x: number | null): ScoreLevel | null;
export function levelOf(x: number | null): ScoreLevel | null {
  if (x === null || !Number.isFinite(x)) return null;
  const raw = 1 + Math.floor(x / 25 + 1e-9);
  return Math.max(1, Math.min(5, raw)) as ScoreLevel;
}

/**
 * Σ(weight × value) / Σ(weight) over the items whose value is not null.
 * Returns null when no item has a value, or when the weights sum to ≤ 0
 * (the schema forbids that, but a NaN would make the snapshot non-JSON).
 *
 * The result is clamped to [smallest value, largest value], where a weighted
 * mean lies on paper anyway: in binary, e.g. (0.4247 × 100) / 0.4247 can come
 * out as 100.00000000000001, which would break the 0..100 range of indices.
 */
export function weightedMean(items: readonly { weight: number; value: number | null }[]): number | null {
  let sumWeighted = 0;
  let sumWeights = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const item of items) {
    if (item.value === null) continue;
    sumWeighted += item.weight * item.value;
    sumWeights += item.weight;
    if (item.value < lowest) lowest = item.value;
    if (item.value > highest) highest = item.value;
  }
  if (sumWeights <= 0) return null;
  return Math.min(highest, Math.max(lowest, sumWeighted / sumWeights));
}
