import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/lib/scoring";
import { allQuestions, defaultFramework, framework2 } from ".";
import { frameworkForClient, frameworkSkeletonForClient } from "./for-locale";

describe("frameworkForClient", () => {
  const zh = frameworkForClient(defaultFramework, "zh-CN");

  it("keeps the reader's language and blanks the other", () => {
    const q = allQuestions(zh)[0]!;
    const original = allQuestions(defaultFramework)[0]!;
    expect(q.text["zh-CN"]).toBe(original.text["zh-CN"]);
    expect(q.text.en).toBe("");
    expect(q.levels.map((l) => l["zh-CN"])).toEqual(original.levels.map((l) => l["zh-CN"]));
    expect(zh.dimensions[0]!.name.en).toBe("");
    const en = frameworkForClient(defaultFramework, "en");
    expect(allQuestions(en)[0]!.text.en).toBe(original.text.en);
    expect(allQuestions(en)[0]!.text["zh-CN"]).toBe("");
  });

  it("drops action texts but keeps their count, codes, weights and rules", () => {
    for (const [a, b] of allQuestions(zh).map((q, i) => [q, allQuestions(defaultFramework)[i]!] as const)) {
      expect(a.actions).toHaveLength(b.actions.length);
      expect(a.actions.every((x) => x["zh-CN"] === "" && x.en === "")).toBe(true);
      expect([a.code, a.weight, a.allowNA, a.evidenceFromLevel, a.source]).toEqual([b.code, b.weight, b.allowNA, b.evidenceFromLevel, b.source]);
    }
  });

  it("scores exactly as the full framework does", () => {
    const answers = Object.fromEntries(
      allQuestions(defaultFramework).map((q, i) => [q.code, { level: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5, na: false, evidence: i % 2 }]),
    );
    const full = scoreAssessment(defaultFramework, answers);
    const slim = scoreAssessment(zh, answers);
    expect(slim.overall).toEqual(full.overall);
    expect(slim.dimensions).toEqual(full.dimensions);
  });

  it("is at most half the size of the full framework", () => {
    expect(JSON.stringify(zh).length).toBeLessThan(JSON.stringify(defaultFramework).length / 2);
  });
});

describe("frameworkSkeletonForClient (texts rendered on the server)", () => {
  for (const [name, full] of [["1.0", defaultFramework], ["2.0", framework2]] as const) {
    const skeleton = frameworkSkeletonForClient(full, "zh-CN");

    it(`${name}: keeps codes, names, question texts, rules and the profile; blanks the long texts`, () => {
      for (const [a, b] of allQuestions(skeleton).map((q, i) => [q, allQuestions(full)[i]!] as const)) {
        expect([a.code, a.text["zh-CN"], a.weight, a.allowNA, a.evidenceFromLevel]).toEqual([b.code, b.text["zh-CN"], b.weight, b.allowNA, b.evidenceFromLevel]);
        expect(a.levels).toHaveLength(5);
        expect(a.actions).toHaveLength(b.actions.length);
        expect([...a.levels, a.help, ...a.evidenceExamples].every((x) => x["zh-CN"] === "" && x.en === "")).toBe(true);
        expect([a.criteria, a.basis, a.scope, a.helpVariants]).toEqual([undefined, undefined, undefined, undefined]);
      }
      expect(skeleton.dimensions.map((d) => d.name["zh-CN"])).toEqual(full.dimensions.map((d) => d.name["zh-CN"]));
      expect(skeleton.profile).toEqual(frameworkForClient(full, "zh-CN").profile);
    });

    it(`${name}: scores exactly as the full framework does, and is a fraction of its size`, () => {
      const answers = Object.fromEntries(
        allQuestions(full).map((q, i) => [q.code, { level: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5, na: false, evidence: i % 2 }]),
      );
      const a = scoreAssessment(full, answers);
      const b = scoreAssessment(skeleton, answers);
      expect([b.overall, b.dimensions]).toEqual([a.overall, a.dimensions]);
      expect(JSON.stringify(skeleton).length).toBeLessThan(JSON.stringify(frameworkForClient(full, "zh-CN")).length * 0.6);
    });
  }
});
