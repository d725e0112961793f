import { describe, expect, it } from "vitest";
import { allQuestions, defaultFramework } from "@/lib/framework";
import { scoreAssessment, type ScoreLevel } from "@/lib/scoring";
import { compareProgress } from "./progress";

const at = (level: ScoreLevel) =>
  scoreAssessment(defaultFramework, Object.fromEntries(allQuestions(defaultFramework).map((q) => [q.code, { level, evidence: 1 }])));

describe("compareProgress", () => {
  const dims = defaultFramework.dimensions.map((d) => ({ code: d.code, name: d.name }));
  const fw = { code: "AIGOV", version: "1.0" };

  it("gives then and now per dimension and overall", () => {
    const p = compareProgress(at(2), at(3), dims, fw, fw);
    expect(p.sameFrameworkVersion).toBe(true);
    expect(p.overall).toEqual({ then: 25, now: 50 });
    expect(p.dimensions.every((d) => d.then === 25 && d.now === 50)).toBe(true);
  });

  it("matches dimensions by code across versions and says the versions differ", () => {
    const then = at(2);
    then.dimensions = then.dimensions.filter((d) => d.code !== dims[3]!.code);
    const p = compareProgress(then, at(3), dims, { code: "AIGOV", version: "0.9" }, fw);
    expect(p.sameFrameworkVersion).toBe(false);
    expect(p.previousFramework).toBe("AIGOV 0.9");
    expect(p.dimensions.map((d) => d.then)).toEqual([25, 25, 25, null]);
  });
});
