import { describe, expect, it } from "vitest";
import { scoreAssessment } from "./index";
import { answerAll, dim, fw, ind, q, simpleFramework, weightedFramework } from "./test-fixtures";
import type { AnswerInput } from "./types";

describe("actions (rule 9)", () => {
  it("computes priorities with unequal weights by hand and sorts them descending", () => {
    const answers: Record<string, AnswerInput> = {
      "DAT.1.1": { level: 2 },
      "DAT.1.2": { level: 4, evidence: 1 },
      "DAT.2.1": { level: 5, evidence: 1 },
      "DAT.2.2": { level: 1 },
      "OPS.1.1": { level: 3, evidence: 1 },
      "OPS.1.2": { level: 2 },
    };
    // DAT is L3 → target 4; OPS is L2 → target 3 (see score-assessment.test.ts).
    const r = scoreAssessment(weightedFramework, answers);
    expect(r.actions).toEqual([
      // (2/3) × (1/4) × (3/4) × (4 − 1) = 0.375
      { question: "DAT.2.2", indicator: "DAT.2", dimension: "DAT", from: 1, to: 2, step: 0, phase: "near", priority: expect.closeTo(0.375, 12) },
      // (2/3) × (3/4) × (1/3) × (4 − 2) = 1/3
      { question: "DAT.1.1", indicator: "DAT.1", dimension: "DAT", from: 2, to: 3, step: 1, phase: "near", priority: expect.closeTo(1 / 3, 12) },
      // (1/3) × (1/1) × (1/2) × (3 − 2) = 1/6
      { question: "OPS.1.2", indicator: "OPS.1", dimension: "OPS", from: 2, to: 3, step: 1, phase: "near", priority: expect.closeTo(1 / 6, 12) },
    ]);
  });

  it("proposes only the next step, with step = L − 1 and the phase of the level reached", () => {
    const f = fw([dim("A", [ind("A.1", [q("A.1.1"), q("A.1.2"), q("A.1.3"), q("A.1.4")])])]);
    const r = scoreAssessment(
      f,
      { "A.1.1": { level: 1 }, "A.1.2": { level: 2 }, "A.1.3": { level: 3, evidence: 1 }, "A.1.4": { level: 4, evidence: 1 } },
      { targets: { A: 5 } },
    );
    const byQuestion = Object.fromEntries(r.actions.map((a) => [a.question, a]));
    expect(byQuestion["A.1.1"]).toMatchObject({ from: 1, to: 2, step: 0, phase: "near", priority: 1 }); // 1/4 × 4
    expect(byQuestion["A.1.2"]).toMatchObject({ from: 2, to: 3, step: 1, phase: "near", priority: 0.75 }); // 1/4 × 3
    expect(byQuestion["A.1.3"]).toMatchObject({ from: 3, to: 4, step: 2, phase: "mid", priority: 0.5 }); // 1/4 × 2
    expect(byQuestion["A.1.4"]).toMatchObject({ from: 4, to: 5, step: 3, phase: "long", priority: 0.25 }); // 1/4 × 1
    expect(r.actions.map((a) => a.question)).toEqual(["A.1.1", "A.1.2", "A.1.3", "A.1.4"]);
  });

  it("keeps framework order for equal priorities", () => {
    const r = scoreAssessment(simpleFramework, answerAll(simpleFramework, 3));
    // every question: (1/2) × (1/2) × (1/2) × (4 − 3) = 0.125
    expect(r.actions.map((a) => a.question)).toEqual([
      "GOV.1.1", "GOV.1.2", "GOV.2.1", "GOV.2.2", "RSK.1.1", "RSK.1.2", "RSK.2.1", "RSK.2.2",
    ]);
    expect(r.actions.every((a) => a.priority === 0.125 && a.phase === "mid" && a.step === 2)).toBe(true);
  });

  it("treats priorities equal on paper but not in binary as ties (framework order)", () => {
    // Dimension share 1/3, indicator share 3/5. A.1.1 (weight 3/5) at L3 and
    // A.1.2 (weight 1/5) at L1 with target 4 both give 0.12 on paper:
    // (1/3)(3/5)(3/5)(1) = (1/3)(3/5)(1/5)(3).
    const f = fw([
      dim("A", [ind("A.1", [q("A.1.1", { weight: 3 }), q("A.1.2"), q("A.1.3")], 3), ind("A.2", [q("A.2.1")]), ind("A.3", [q("A.3.1")])]),
      dim("B", [ind("B.1", [q("B.1.1")])]),
      dim("C", [ind("C.1", [q("C.1.1")])]),
    ]);
    const r = scoreAssessment(f, { "A.1.1": { level: 3, evidence: 1 }, "A.1.2": { level: 1 } }, { targets: { A: 4 } });
    const [first, second] = r.actions;
    expect(first?.question).toBe("A.1.1");
    expect(second?.question).toBe("A.1.2");
    // The raw products differ in the last bit, the later one being larger —
    // without the tie rule A.1.2 would come first.
    expect(first?.priority).toBeLessThan(second?.priority ?? 0);
    expect(first?.priority).toBeCloseTo(0.12, 12);
  });

  it("makes no action at or above the target, nor for N/A or unanswered questions", () => {
    const r = scoreAssessment(
      weightedFramework,
      { "DAT.1.1": { level: 2 }, "DAT.2.1": { na: true }, "OPS.1.1": { level: 4, evidence: 1 } },
      { targets: { DAT: 2, OPS: 4 } },
    );
    expect(r.actions).toEqual([]);
  });

  it("uses the effective level under the verified basis", () => {
    const answers: Record<string, AnswerInput> = { "GOV.1.1": { level: 5 }, "GOV.1.2": { level: 2, verifiedLevel: 4 } };
    const self = scoreAssessment(simpleFramework, answers, { targets: { GOV: 5 } });
    const verified = scoreAssessment(simpleFramework, answers, { basis: "verified", targets: { GOV: 5 } });
    // self: GOV.1.1 is at the target; GOV.1.2 2 → 3, priority (1/2)(1/2)(1/2)(5 − 2) = 0.375
    expect(self.actions).toEqual([
      { question: "GOV.1.2", indicator: "GOV.1", dimension: "GOV", from: 2, to: 3, step: 1, phase: "near", priority: 0.375 },
    ]);
    // verified: GOV.1.1 counts as L2 (no evidence) → 0.375; GOV.1.2 counts as L4 → 0.125
    expect(verified.actions).toEqual([
      { question: "GOV.1.1", indicator: "GOV.1", dimension: "GOV", from: 2, to: 3, step: 1, phase: "near", priority: 0.375 },
      { question: "GOV.1.2", indicator: "GOV.1", dimension: "GOV", from: 4, to: 5, step: 3, phase: "long", priority: 0.125 },
    ]);
  });

  it("defaults targets for actions the same way as for dimensions", () => {
    // All L5: target defaults to 5, so nothing to do.
    expect(scoreAssessment(simpleFramework, answerAll(simpleFramework, 5)).actions).toEqual([]);
  });
});
