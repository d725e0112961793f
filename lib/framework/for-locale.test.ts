import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/lib/scoring";
import { allQuestions, defaultFramework } from ".";
import { frameworkForClient } from "./for-locale";

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
