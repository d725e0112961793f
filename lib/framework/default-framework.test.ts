import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allQuestions, defaultFramework, defaultFrameworkInputForTests, frameworkSchema, normalizeSourceText } from "./test-exports";

// The paper sits in shared/seed next to the checkout, or above a worktree: look upwards.
function findSeed(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared/seed/000_c5059f9d3d2d9aa4.txt");
    if (existsSync(candidate) || path.dirname(dir) === dir) return candidate;
  }
}
const SEED = findSeed();

describe("default framework", () => {
  it("passes its schema", () => {
    const parsed = frameworkSchema.safeParse(defaultFrameworkInputForTests);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("has exactly the four dimensions of the paper, 3–5 indicators each, 2–4 questions each, 40–60 in all", () => {
    expect(defaultFramework.dimensions.map((d) => d.code)).toEqual(["GOV", "SVC", "SUP", "MON"]);
    for (const d of defaultFramework.dimensions) {
      expect(d.indicators.length).toBeGreaterThanOrEqual(3);
      expect(d.indicators.length).toBeLessThanOrEqual(5);
      for (const i of d.indicators) {
        expect(i.questions.length).toBeGreaterThanOrEqual(2);
        expect(i.questions.length).toBeLessThanOrEqual(4);
      }
    }
    const n = allQuestions(defaultFramework).length;
    expect(n).toBeGreaterThanOrEqual(40);
    expect(n).toBeLessThanOrEqual(60);
  });

  it("gives every question unique code, five levels, four actions, evidence examples, positive weight, both languages", () => {
    const codes = allQuestions(defaultFramework).map((q) => q.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const q of allQuestions(defaultFramework)) {
      expect(q.code).toMatch(/^(GOV|SVC|SUP|MON)\.\d\.\d$/);
      expect(q.levels).toHaveLength(5);
      expect(q.actions).toHaveLength(4);
      expect(q.evidenceExamples.length).toBeGreaterThan(0);
      expect(q.weight).toBeGreaterThan(0);
      expect(q.evidenceFromLevel).toBeGreaterThanOrEqual(2);
      for (const text of [q.text, q.help, ...q.levels, ...q.actions, ...q.evidenceExamples]) {
        expect(text["zh-CN"].trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
        // The Chinese text is Chinese and the English text is not.
        expect(text["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en).not.toMatch(/[\u4e00-\u9fff]{4,}/);
      }
      expect([...q.source.quote].length).toBeLessThanOrEqual(40);
      expect(q.source.section).toMatch(/^[一二三四五]（[一二三四五六]）\d?$|^[一二三四五]$/);
    }
  });

  it("rejects a framework with a duplicate code, a missing level or a missing translation", () => {
    const broken = structuredClone(defaultFrameworkInputForTests);
    const q0 = broken.dimensions[0]!.indicators[0]!.questions[0]!;
    const q1 = broken.dimensions[0]!.indicators[0]!.questions[1]!;
    q1.code = q0.code;
    q0.levels = q0.levels.slice(0, 4);
    q0.text = { "zh-CN": q0.text["zh-CN"], en: " " };
    const result = frameworkSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages.some((m) => m.includes("duplicate code"))).toBe(true);
    expect(messages.some((m) => m.includes("levels"))).toBe(true);
    expect(messages.some((m) => m.includes("text.en"))).toBe(true);
  });

  const seedPresent = existsSync(SEED);
  if (!seedPresent) console.warn(`[framework test] ${SEED} is absent: the verbatim-quote check is skipped.`);
  it.skipIf(!seedPresent)("rests every question on a verbatim quote from the paper", () => {
    const text = normalizeSourceText(readFileSync(SEED, "utf8"));
    const missing = allQuestions(defaultFramework)
      .filter((q) => !text.includes(q.source.quote))
      .map((q) => `${q.code}: ${q.source.quote}`);
    expect(missing).toEqual([]);
  });
});
