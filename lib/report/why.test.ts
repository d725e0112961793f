import { describe, expect, it } from "vitest";
import { allQuestions, defaultFramework } from "@/lib/framework";
import { scoreAssessment, type AnswersInput, type ScoreLevel } from "@/lib/scoring";
import { explainResult, formatIndex, formatSigned, inflationByDimension, shortBoard } from "./why";

const questions = allQuestions(defaultFramework);
function answersAt(level: (i: number) => ScoreLevel): AnswersInput {
  return Object.fromEntries(questions.map((q, i) => [q.code, { level: level(i), evidence: 1 }]));
}

describe("explainResult", () => {
  it("names the lowest questions and the exact gain of one level more", () => {
    const answers = answersAt((i) => (i === 0 ? 1 : 3));
    const result = scoreAssessment(defaultFramework, answers, { basis: "self" });
    const why = explainResult(defaultFramework, answers, { basis: "self" }, result);
    expect(why).toHaveLength(defaultFramework.dimensions.length);
    const first = why[0]!;
    expect(first.questions[0]!.question).toBe(questions[0]!.code);
    expect(first.questions[0]!.effective).toBe(1);
    // Re-scoring by hand agrees with the reported gain.
    const raised = scoreAssessment(defaultFramework, { ...answers, [questions[0]!.code]: { level: 2, evidence: 1 } }, { basis: "self" });
    expect(first.questions[0]!.dimensionGain).toBeCloseTo(raised.dimensions[0]!.index! - result.dimensions[0]!.index!, 9);
    expect(first.questions[0]!.overallGain).toBeCloseTo(raised.overall.index! - result.overall.index!, 9);
    expect(first.questions[0]!.dimensionGain).toBeGreaterThan(0);
    expect(first.nextLevel).toBe(3);
    expect(first.pointsToNext).toBeCloseTo(50 - result.dimensions[0]!.index!, 9);
  });

  it("lists nothing for a dimension at L5 everywhere", () => {
    const answers = answersAt(() => 5);
    const result = scoreAssessment(defaultFramework, answers, { basis: "self" });
    const why = explainResult(defaultFramework, answers, { basis: "self" }, result);
    expect(why.every((d) => d.questions.length === 0 && d.nextLevel === null)).toBe(true);
  });
});

describe("shortBoard", () => {
  it("names the weakest dimension when it capped the overall level", () => {
    const dims = defaultFramework.dimensions;
    const weak = new Set(dims[0]!.indicators.flatMap((i) => i.questions.map((q) => q.code)));
    const answers = Object.fromEntries(questions.map((q) => [q.code, { level: (weak.has(q.code) ? 1 : 5) as ScoreLevel, evidence: 1 }]));
    const result = scoreAssessment(defaultFramework, answers);
    expect(result.overall.level).toBe(2);
    expect(shortBoard(result)).toEqual([dims[0]!.code]);
  });

  it("is empty when no cap applied", () => {
    expect(shortBoard(scoreAssessment(defaultFramework, answersAt(() => 3)))).toEqual([]);
  });
});

describe("formatting and inflation", () => {
  it("formats one decimal and signs", () => {
    expect(formatIndex(null)).toBe("—");
    expect(formatIndex(37.456)).toBe("37.5");
    expect(formatSigned(2.04)).toBe("+2.0");
    expect(formatSigned(-0.04)).toBe("-0.0".replace("-0.0", "0.0"));
  });

  it("subtracts verified from self per dimension", () => {
    const self = scoreAssessment(defaultFramework, answersAt(() => 3));
    const verified = scoreAssessment(defaultFramework, answersAt(() => 2));
    expect(inflationByDimension(self, verified).every((d) => d.inflation === 25)).toBe(true);
  });
});
