import { describe, expect, it } from "vitest";
import { scoreAssessment } from "./score-assessment";
import type { ScoringFramework } from "./types";

const fw: ScoringFramework = {
  code: "T",
  version: "2.0",
  dimensions: [
    {
      code: "A",
      weight: 1,
      indicators: [
        {
          code: "A.1",
          weight: 1,
          questions: [
            { code: "A.1.1", weight: 1, allowNA: false, evidenceFromLevel: 3 },
            { code: "A.1.2", weight: 1, allowNA: true, evidenceFromLevel: 3 },
          ],
        },
      ],
    },
  ],
};

describe("N/A by applicability profile", () => {
  it("counts a listed question as N/A whatever was answered, and leaves the rest untouched", () => {
    const answers = { "A.1.1": { level: 3 as const, evidence: 1 }, "A.1.2": { level: 1 as const } };
    const plain = scoreAssessment(fw, answers);
    expect(plain.overall.index).toBe(25);
    const withProfile = scoreAssessment(fw, answers, { notApplicable: ["A.1.2"] });
    expect(withProfile.overall.index).toBe(50);
    expect(withProfile.overall.completion).toBe(1);
    // Even where a manual N/A is not allowed, the profile decides.
    const both = scoreAssessment(fw, {}, { notApplicable: ["A.1.1", "A.1.2"] });
    expect(both.overall.index).toBeNull();
    expect(both.overall.completion).toBe(1);
    expect(both.actions).toEqual([]);
  });

  it("gives the same result as before when no profile is given", () => {
    const answers = { "A.1.1": { level: 4 as const, evidence: 2 }, "A.1.2": { na: true } };
    expect(scoreAssessment(fw, answers, { notApplicable: [] })).toEqual(scoreAssessment(fw, answers));
  });
});
