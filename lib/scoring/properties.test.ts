import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "./index";
import { dim, fw, ind, q, questionCodes } from "./test-fixtures";
import type { AnswerInput, ScoreLevel, ScoreResult, ScoringFramework } from "./types";

const levelArb = fc.constantFrom<ScoreLevel>(1, 2, 3, 4, 5);
const weightArb = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.05, max: 5, noNaN: true }));

/** Random frameworks of 1–4 dimensions × 1–4 indicators × 1–4 questions. */
const frameworkArb: fc.Arbitrary<ScoringFramework> = fc
  .array(
    fc.record({
      weight: weightArb,
      indicators: fc.array(
        fc.record({
          weight: weightArb,
          questions: fc.array(
            fc.record({ weight: weightArb, allowNA: fc.boolean(), evidenceFromLevel: levelArb }),
            { minLength: 1, maxLength: 4 },
          ),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((dims) =>
    fw(
      dims.map((d, di) =>
        dim(
          `D${di}`,
          d.indicators.map((i, ii) =>
            ind(
              `D${di}.${ii}`,
              i.questions.map((x, qi) => q(`D${di}.${ii}.${qi}`, x)),
              i.weight,
            ),
          ),
          d.weight,
        ),
      ),
    ),
  );

const answerArb: fc.Arbitrary<AnswerInput | undefined> = fc.option(
  fc.record(
    {
      level: fc.option(levelArb, { nil: null }),
      na: fc.boolean(),
      evidence: fc.integer({ min: 0, max: 3 }),
      verifiedLevel: fc.option(levelArb, { nil: null }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const caseArb = frameworkArb.chain((framework) => {
  const codes = questionCodes(framework);
  return fc.record({
    framework: fc.constant(framework),
    answers: fc.tuple(...codes.map(() => answerArb)).map((list) => {
      const out: Record<string, AnswerInput | undefined> = {};
      codes.forEach((code, i) => {
        out[code] = list[i];
      });
      return out;
    }),
    targets: fc.dictionary(fc.constantFrom(...framework.dimensions.map((d) => d.code)), levelArb),
    basis: fc.constantFrom("self" as const, "verified" as const),
  });
});

const allIndices = (r: ScoreResult) => [
  r.overall.index,
  ...r.dimensions.map((d) => d.index),
  ...r.indicators.map((i) => i.index),
];

describe("scoreAssessment properties", () => {
  it("keeps every index in [0, 100], completion in [0, 1] and percentages in [0, 100]", () => {
    fc.assert(
      fc.property(caseArb, ({ framework, answers, targets, basis }) => {
        const r = scoreAssessment(framework, answers, { targets, basis });
        for (const x of allIndices(r)) {
          if (x !== null) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(100);
          }
        }
        for (const c of [r.overall.completion, ...r.dimensions.map((d) => d.completion)]) {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        }
        for (const d of r.dimensions) {
          if (d.percentToTarget !== null) {
            expect(d.percentToTarget).toBeGreaterThanOrEqual(0);
            expect(d.percentToTarget).toBeLessThanOrEqual(100);
          }
          expect(d.gap).toBeGreaterThanOrEqual(0);
          expect(d.gap).toBeLessThanOrEqual(4);
        }
        for (const a of r.actions) expect(a.priority).toBeGreaterThan(0);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it("never lowers an index or level when one answer's level is raised (self basis)", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.integer({ min: 1, max: 4 }), ({ framework, answers, targets }, pick, step) => {
        const codes = questionCodes(framework);
        const code = codes[pick % codes.length] as string;
        const answer = answers[code];
        fc.pre(answer !== undefined && answer.level != null && answer.level < 5);
        const raised = { ...answers, [code]: { ...answer, level: Math.min(5, (answer?.level ?? 1) + step) as ScoreLevel } };
        const before = scoreAssessment(framework, answers, { targets });
        const after = scoreAssessment(framework, raised, { targets });
        const b = allIndices(before);
        const a = allIndices(after);
        b.forEach((x, i) => {
          const y = a[i] ?? null;
          if (x === null) return;
          expect(y).not.toBeNull();
          expect(y as number).toBeGreaterThanOrEqual(x);
        });
        expect(after.overall.level ?? 0).toBeGreaterThanOrEqual(before.overall.level ?? 0);
        before.dimensions.forEach((d, i) => {
          expect(after.dimensions[i]?.level ?? 0).toBeGreaterThanOrEqual(d.level ?? 0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the key order of the answers object", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => {
          const entries = Object.entries(c.answers);
          return fc
            .shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })
            .map((shuffled) => ({ ...c, shuffled: Object.fromEntries(shuffled) }));
        }),
        ({ framework, answers, shuffled, targets, basis }) => {
          const a = scoreAssessment(framework, answers, { targets, basis });
          const b = scoreAssessment(framework, shuffled, { targets, basis });
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        },
      ),
      { numRuns: 200 },
    );
  });
});
