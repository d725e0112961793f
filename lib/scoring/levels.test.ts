import { describe, expect, it } from "vitest";
import { FORMULA_VERSION, isLevel, levelOf, questionScore, weightedMean } from "./levels";
import { phaseFor } from "./actions";

describe("questionScore (rule 3)", () => {
  it("maps L1..L5 to 0, 25, 50, 75, 100", () => {
    expect([1, 2, 3, 4, 5].map((l) => questionScore(l as 1 | 2 | 3 | 4 | 5))).toEqual([0, 25, 50, 75, 100]);
  });
});

describe("levelOf (rule 6)", () => {
  it.each([
    [0, 1],
    [24.999, 1],
    [25, 2],
    [49.999, 2],
    [50, 3],
    [74.999, 3],
    [75, 4],
    [99.999, 4],
    [100, 5],
  ])("levelOf(%d) = L%d", (x, level) => {
    expect(levelOf(x)).toBe(level);
  });

  it("absorbs floating-point error just below a boundary (1e-9)", () => {
    // (0.1×50 + 0.1×100 + 0.1×75) / 0.3 is 75 on paper but 74.99999999999999 in binary.
    const mean = (0.1 * 50 + 0.1 * 100 + 0.1 * 75) / (0.1 + 0.1 + 0.1);
    expect(mean).toBeLessThan(75);
    expect(levelOf(mean)).toBe(4);
    expect(levelOf(75 - 1e-12)).toBe(4);
  });

  it("does not round up a real shortfall", () => {
    expect(levelOf(25 - 1e-7)).toBe(1);
    expect(levelOf(50 - 1e-6)).toBe(2);
  });

  it("never exceeds 5 and never goes below 1", () => {
    expect(levelOf(125)).toBe(5);
    expect(levelOf(-10)).toBe(1);
  });

  it("maps null (and non-finite) to null", () => {
    expect(levelOf(null)).toBeNull();
    expect(levelOf(Number.NaN)).toBeNull();
  });
});

describe("weightedMean", () => {
  it("computes Σ(w×v)/Σw over non-null values", () => {
    // (2×10 + 1×40) / 3 = 20; the null item is left out entirely (its weight too).
    expect(weightedMean([{ weight: 2, value: 10 }, { weight: 1, value: 40 }, { weight: 5, value: null }])).toBe(20);
  });

  it("is null when nothing has a value", () => {
    expect(weightedMean([])).toBeNull();
    expect(weightedMean([{ weight: 1, value: null }])).toBeNull();
  });

  it("is null, not NaN, when the weights sum to zero", () => {
    expect(weightedMean([{ weight: 0, value: 50 }])).toBeNull();
  });
});

describe("isLevel", () => {
  it("accepts only the integers 1..5", () => {
    expect([1, 2, 3, 4, 5].every(isLevel)).toBe(true);
    expect([0, 6, 2.5, "3", null, undefined, Number.NaN].some(isLevel)).toBe(false);
  });
});

describe("phaseFor (rule 9)", () => {
  it("is near up to L3, mid at L4, long at L5", () => {
    expect([2, 3, 4, 5].map((l) => phaseFor(l as 2 | 3 | 4 | 5))).toEqual(["near", "near", "mid", "long"]);
  });
});

describe("FORMULA_VERSION", () => {
  it("is 1.0", () => {
    expect(FORMULA_VERSION).toBe("1.0");
  });
});

describe("weightedMean: float excursions", () => {
  it("stays within the values' range when binary arithmetic overshoots", () => {
    const w = 0.42468661434301236;
    expect((w * 100) / w).toBeGreaterThan(100); // the raw formula overshoots
    expect(weightedMean([{ weight: w, value: 100 }])).toBe(100);
  });
});
