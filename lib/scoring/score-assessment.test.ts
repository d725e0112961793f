import { describe, expect, it } from "vitest";
import { FORMULA_VERSION, scoreAssessment } from "./index";
import { answerAll, dim, fw, ind, q, questionCodes, simpleFramework, weightedFramework } from "./test-fixtures";
import type { AnswerInput, ScoreLevel } from "./types";

const dimension = (result: ReturnType<typeof scoreAssessment>, code: string) => {
  const d = result.dimensions.find((x) => x.code === code);
  if (!d) throw new Error(`no dimension ${code}`);
  return d;
};
const indicator = (result: ReturnType<typeof scoreAssessment>, code: string) => {
  const i = result.indicators.find((x) => x.code === code);
  if (!i) throw new Error(`no indicator ${code}`);
  return i;
};

/** Hand-checked answers for weightedFramework (see the worked example in the first test). */
const weightedAnswers: Record<string, AnswerInput> = {
  "DAT.1.1": { level: 2 },
  "DAT.1.2": { level: 4, evidence: 1 },
  "DAT.2.1": { level: 5, evidence: 1 },
  "DAT.2.2": { level: 1 },
  "OPS.1.1": { level: 3, evidence: 1 },
  "OPS.1.2": { level: 2 },
};

describe("scoreAssessment: weighted means (rules 3–6)", () => {
  it("reproduces the hand-computed worked example", () => {
    const r = scoreAssessment(weightedFramework, weightedAnswers);
    // DAT.1 = (1×25 + 2×75) / 3 = 175/3
    expect(indicator(r, "DAT.1").index).toBeCloseTo(175 / 3, 12);
    // DAT.2 = (1×100 + 3×0) / 4 = 25
    expect(indicator(r, "DAT.2").index).toBe(25);
    // DAT = (3×175/3 + 1×25) / 4 = 50 → L3
    expect(dimension(r, "DAT").index).toBeCloseTo(50, 12);
    expect(dimension(r, "DAT").level).toBe(3);
    // OPS.1 = OPS = (50 + 25) / 2 = 37.5 → L2
    expect(indicator(r, "OPS.1").index).toBe(37.5);
    expect(dimension(r, "OPS").index).toBe(37.5);
    expect(dimension(r, "OPS").level).toBe(2);
    // overall = (2×50 + 1×37.5) / 3 = 45.8333… → L2 (cap 1 + 2 = 3 does not bind)
    expect(r.overall.index).toBeCloseTo(137.5 / 3, 12);
    expect(r.overall.level).toBe(2);
    expect(r.overall.completion).toBe(1);
  });

  it("returns the full result shape, in framework order", () => {
    const r = scoreAssessment(weightedFramework, weightedAnswers);
    expect(r.formulaVersion).toBe(FORMULA_VERSION);
    expect(r.basis).toBe("self");
    expect(r.dimensions.map((d) => d.code)).toEqual(["DAT", "OPS"]);
    expect(r.indicators).toEqual([
      { code: "DAT.1", dimension: "DAT", index: expect.closeTo(175 / 3, 12) },
      { code: "DAT.2", dimension: "DAT", index: 25 },
      { code: "OPS.1", dimension: "OPS", index: 37.5 },
    ]);
    expect(r.unsupported).toEqual(["OPS.1.2"]);
  });

  it("is plain JSON (survives a round trip unchanged)", () => {
    const r = scoreAssessment(weightedFramework, weightedAnswers, { basis: "verified", targets: { OPS: 5 } });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const empty = scoreAssessment(weightedFramework, {});
    expect(JSON.parse(JSON.stringify(empty))).toEqual(empty);
  });
});

describe("scoreAssessment: boundary indices (rule 6)", () => {
  it.each([
    [1, 0],
    [2, 25],
    [3, 50],
    [4, 75],
    [5, 100],
  ] as const)("all answers L%d give index %d and level L%d everywhere", (level, index) => {
    const r = scoreAssessment(simpleFramework, answerAll(simpleFramework, level));
    for (const i of r.indicators) expect(i.index).toBe(index);
    for (const d of r.dimensions) {
      expect(d.index).toBe(index);
      expect(d.level).toBe(level);
    }
    expect(r.overall).toEqual({ index, level, completion: 1 });
  });

  it("keeps 24.975 at L1", () => {
    // (999×25 + 1×0) / 1000 = 24.975, just below the L2 boundary.
    const f = fw([dim("A", [ind("A.1", [q("A.1.1", { weight: 999 }), q("A.1.2", { weight: 1 })])])]);
    const r = scoreAssessment(f, { "A.1.1": { level: 2 }, "A.1.2": { level: 1 } });
    expect(r.dimensions[0]?.index).toBe(24.975);
    expect(r.dimensions[0]?.level).toBe(1);
    expect(r.overall.level).toBe(1);
  });

  it("reaches L4 for a mean that is 75 on paper but 74.99999999999999 in binary", () => {
    const f = fw([
      dim("A", [
        ind("A.1", [q("A.1.1", { weight: 0.1 }), q("A.1.2", { weight: 0.1 }), q("A.1.3", { weight: 0.1 })]),
      ]),
    ]);
    const r = scoreAssessment(f, { "A.1.1": { level: 3 }, "A.1.2": { level: 5 }, "A.1.3": { level: 4 } });
    expect(r.dimensions[0]?.index).toBe(74.99999999999999);
    expect(r.dimensions[0]?.level).toBe(4);
  });
});

describe("scoreAssessment: weak-dimension cap (rule 6)", () => {
  const capFramework = fw([
    dim("A", [ind("A.1", [q("A.1.1"), q("A.1.2")])], 3),
    dim("B", [ind("B.1", [q("B.1.1"), q("B.1.2")])], 1),
  ]);
  const answers = (a: ScoreLevel, b: ScoreLevel): Record<string, AnswerInput> => ({
    "A.1.1": { level: a, evidence: 1 },
    "A.1.2": { level: a, evidence: 1 },
    "B.1.1": { level: b, evidence: 1 },
    "B.1.2": { level: b, evidence: 1 },
  });

  it("caps the overall level at 1 + the lowest dimension level", () => {
    // overall = (3×100 + 1×0) / 4 = 75 → L4, but B is L1, so overall is L2.
    const r = scoreAssessment(capFramework, answers(5, 1));
    expect(r.overall.index).toBe(75);
    expect(r.overall.level).toBe(2);
    // overall = (3×100 + 1×25) / 4 = 81.25 → L4, capped at 1 + L2 = L3.
    const r2 = scoreAssessment(capFramework, answers(5, 2));
    expect(r2.overall.index).toBe(81.25);
    expect(r2.overall.level).toBe(3);
  });

  it("does not bind when the dimensions are close", () => {
    // overall = (3×75 + 1×50) / 4 = 68.75 → L3; cap 1 + L3 = L4.
    const r = scoreAssessment(capFramework, answers(4, 3));
    expect(r.overall.index).toBe(68.75);
    expect(r.overall.level).toBe(3);
  });

  it("ignores dimensions with no score when finding the lowest level", () => {
    const r = scoreAssessment(capFramework, { "A.1.1": { level: 5, evidence: 1 } });
    expect(dimension(r, "B").level).toBeNull();
    expect(r.overall.index).toBe(100);
    expect(r.overall.level).toBe(5);
  });
});

describe("scoreAssessment: N/A and unanswered (rules 1, 7)", () => {
  it("an indicator whose questions are all N/A is null; the dimension comes from the others", () => {
    const answers = { ...weightedAnswers, "DAT.2.1": { na: true }, "DAT.2.2": { na: true, level: 3 as const } };
    const r = scoreAssessment(weightedFramework, answers);
    expect(indicator(r, "DAT.2").index).toBeNull();
    expect(dimension(r, "DAT").index).toBeCloseTo(175 / 3, 12);
    expect(dimension(r, "DAT").level).toBe(3);
    // valid N/A counts as complete
    expect(dimension(r, "DAT").completion).toBe(1);
    expect(r.overall.completion).toBe(1);
    // overall = (2×175/3 + 1×37.5) / 3
    expect(r.overall.index).toBeCloseTo((2 * (175 / 3) + 37.5) / 3, 12);
  });

  it("N/A where not allowed: scored when a level is given, unanswered when not", () => {
    const withLevel = scoreAssessment(weightedFramework, { ...weightedAnswers, "DAT.1.1": { na: true, level: 2 } });
    expect(withLevel).toEqual(scoreAssessment(weightedFramework, weightedAnswers));

    const withoutLevel = scoreAssessment(weightedFramework, { ...weightedAnswers, "DAT.1.1": { na: true } });
    // DAT.1 now only has DAT.1.2 (L4) → 75; DAT = (3×75 + 1×25) / 4 = 62.5
    expect(indicator(withoutLevel, "DAT.1").index).toBe(75);
    expect(dimension(withoutLevel, "DAT").index).toBe(62.5);
    expect(dimension(withoutLevel, "DAT").completion).toBe(3 / 4);
    expect(withoutLevel.overall.completion).toBe(5 / 6);
  });

  it("leaves unanswered questions out of averages and counts completion per dimension", () => {
    const r = scoreAssessment(simpleFramework, {
      "GOV.1.1": { level: 4, evidence: 1 },
      "GOV.2.1": { level: 2 },
      "RSK.1.1": { level: null },
      "RSK.1.2": undefined,
    });
    expect(indicator(r, "GOV.1").index).toBe(75);
    expect(indicator(r, "GOV.2").index).toBe(25);
    expect(dimension(r, "GOV").index).toBe(50);
    expect(dimension(r, "GOV").completion).toBe(0.5);
    expect(dimension(r, "RSK").index).toBeNull();
    expect(dimension(r, "RSK").level).toBeNull();
    expect(dimension(r, "RSK").completion).toBe(0);
    expect(r.overall).toEqual({ index: 50, level: 3, completion: 2 / 8 });
  });

  it("empty answers: everything null, completion 0, default target 2", () => {
    const r = scoreAssessment(simpleFramework, {});
    expect(r.overall).toEqual({ index: null, level: null, completion: 0 });
    expect(r.indicators.every((i) => i.index === null)).toBe(true);
    for (const d of r.dimensions) {
      expect(d).toEqual({
        code: d.code,
        index: null,
        level: null,
        completion: 0,
        target: 2,
        gap: 1,
        percentToTarget: null,
      });
    }
    expect(r.actions).toEqual([]);
    expect(r.unsupported).toEqual([]);
  });

  it("completion is 0 for a dimension (and framework) with no questions", () => {
    const r = scoreAssessment(fw([dim("A", [ind("A.1", [])])]), {});
    expect(r.dimensions[0]?.completion).toBe(0);
    expect(r.overall.completion).toBe(0);
    expect(scoreAssessment(fw([]), {}).overall).toEqual({ index: null, level: null, completion: 0 });
  });

  it("ignores unknown question codes and undefined entries", () => {
    const noisy = {
      ...weightedAnswers,
      "ZZZ.9.9": { level: 5 as const },
      "DAT.1": { level: 1 as const },
      constructor: { level: 1 as const },
      "OPS.9.9": undefined,
    };
    expect(scoreAssessment(weightedFramework, noisy)).toEqual(scoreAssessment(weightedFramework, weightedAnswers));
  });
});

describe("scoreAssessment: verified basis (rule 2)", () => {
  it("drops unevidenced levels and uses verifiedLevel, but reports the same unsupported list", () => {
    const answers: Record<string, AnswerInput> = {
      "GOV.1.1": { level: 5 }, // no evidence → L2 (threshold 3 − 1)
      "GOV.1.2": { level: 4, evidence: 2 }, // evidenced → L4
      "GOV.2.1": { level: 5, verifiedLevel: 3 }, // reviewer → L3
      "GOV.2.2": { level: 2 }, // below threshold → L2
    };
    const self = scoreAssessment(simpleFramework, answers);
    const verified = scoreAssessment(simpleFramework, answers, { basis: "verified" });
    expect(verified.basis).toBe("verified");
    // self: GOV.1 = (100 + 75)/2 = 87.5, GOV.2 = (100 + 25)/2 = 62.5, GOV = 75 → L4
    expect(indicator(self, "GOV.1").index).toBe(87.5);
    expect(indicator(self, "GOV.2").index).toBe(62.5);
    expect(dimension(self, "GOV").index).toBe(75);
    expect(dimension(self, "GOV").level).toBe(4);
    // verified: GOV.1 = (25 + 75)/2 = 50, GOV.2 = (50 + 25)/2 = 37.5, GOV = 43.75 → L2
    expect(indicator(verified, "GOV.1").index).toBe(50);
    expect(indicator(verified, "GOV.2").index).toBe(37.5);
    expect(dimension(verified, "GOV").index).toBe(43.75);
    expect(dimension(verified, "GOV").level).toBe(2);
    expect(self.unsupported).toEqual(["GOV.1.1", "GOV.2.1"]);
    expect(verified.unsupported).toEqual(["GOV.1.1", "GOV.2.1"]);
  });

  it("with evidence everywhere and no reviewer levels, verified equals self except for basis", () => {
    const answers = answerAll(simpleFramework, 4);
    const self = scoreAssessment(simpleFramework, answers);
    const verified = scoreAssessment(simpleFramework, answers, { basis: "verified" });
    expect({ ...verified, basis: "self" }).toEqual(self);
  });

  it("treats an unknown basis as self", () => {
    const r = scoreAssessment(simpleFramework, {}, { basis: "other" as never });
    expect(r.basis).toBe("self");
  });
});

describe("scoreAssessment: targets, gap, percent to target (rule 8)", () => {
  it("defaults the target to level + 1", () => {
    const r = scoreAssessment(simpleFramework, answerAll(simpleFramework, 3));
    const d = dimension(r, "GOV");
    expect(d.target).toBe(4);
    expect(d.gap).toBe(1);
    // 50 / ((4 − 1) × 25) × 100 = 66.66…
    expect(d.percentToTarget).toBeCloseTo(200 / 3, 12);
  });

  it("defaults to 5 at level 5, with no gap and 100 %", () => {
    const r = scoreAssessment(simpleFramework, answerAll(simpleFramework, 5));
    expect(dimension(r, "GOV")).toMatchObject({ level: 5, target: 5, gap: 0, percentToTarget: 100 });
  });

  it("defaults to 2 when the level is null, with gap 1 counted from L1", () => {
    const r = scoreAssessment(simpleFramework, { "GOV.1.1": { level: 3, evidence: 1 } });
    expect(dimension(r, "RSK")).toMatchObject({ level: null, target: 2, gap: 1, percentToTarget: null });
  });

  it("uses given targets per dimension", () => {
    const r = scoreAssessment(simpleFramework, answerAll(simpleFramework, 3), { targets: { GOV: 5, RSK: 2 } });
    // GOV: 50 / 100 × 100 = 50; gap 5 − 3 = 2
    expect(dimension(r, "GOV")).toMatchObject({ target: 5, gap: 2, percentToTarget: 50 });
    // RSK: target below the level → gap 0, 50 / 25 × 100 = 200 capped at 100
    expect(dimension(r, "RSK")).toMatchObject({ target: 2, gap: 0, percentToTarget: 100 });
  });

  it("target 1 gives 100 % whatever the index, and null when there is no index", () => {
    const r = scoreAssessment(simpleFramework, answerAll(simpleFramework, 1), { targets: { GOV: 1 } });
    expect(dimension(r, "GOV")).toMatchObject({ index: 0, target: 1, gap: 0, percentToTarget: 100 });
    const empty = scoreAssessment(simpleFramework, {}, { targets: { GOV: 1 } });
    expect(dimension(empty, "GOV")).toMatchObject({ target: 1, gap: 0, percentToTarget: null });
  });

  it("computes a partial percentage by hand", () => {
    // GOV.1 = (75 + 50)/2 = 62.5, GOV.2 = (50 + 50)/2 = 50 → GOV = 56.25 → L3, target 4
    const r = scoreAssessment(simpleFramework, {
      "GOV.1.1": { level: 4, evidence: 1 },
      "GOV.1.2": { level: 3, evidence: 1 },
      "GOV.2.1": { level: 3, evidence: 1 },
      "GOV.2.2": { level: 3, evidence: 1 },
    });
    // 56.25 / 75 × 100 = 75
    expect(dimension(r, "GOV")).toMatchObject({ index: 56.25, level: 3, target: 4, gap: 1, percentToTarget: 75 });
  });

  it("ignores invalid targets and targets for unknown dimensions", () => {
    const r = scoreAssessment(simpleFramework, answerAll(simpleFramework, 3), {
      targets: { GOV: 7 as ScoreLevel, RSK: 0 as ScoreLevel, XYZ: 5 },
    });
    expect(r.dimensions.map((d) => d.target)).toEqual([4, 4]);
  });
});

describe("scoreAssessment: unsupported (rule 10)", () => {
  it("lists answered-without-evidence questions in framework order, whatever the answer order", () => {
    const answers: Record<string, AnswerInput> = {
      "RSK.2.2": { level: 3 },
      "GOV.2.1": { level: 4, evidence: 0 },
      "GOV.1.1": { level: 5 },
      "GOV.1.2": { level: 2 }, // below threshold
      "RSK.1.1": { level: 3, evidence: 1 }, // has evidence
    };
    expect(scoreAssessment(simpleFramework, answers).unsupported).toEqual(["GOV.1.1", "GOV.2.1", "RSK.2.2"]);
  });

  it("never lists a valid N/A", () => {
    expect(scoreAssessment(weightedFramework, { "DAT.2.1": { na: true, level: 5 } }).unsupported).toEqual([]);
  });
});

describe("scoreAssessment: fixtures sanity", () => {
  it("has the expected question counts", () => {
    expect(questionCodes(simpleFramework)).toHaveLength(8);
    expect(questionCodes(weightedFramework)).toHaveLength(6);
  });
});
