import type { ResponseView } from "@/lib/data/assessments/types";
import type { Framework } from "@/lib/framework";
import type { AnswerInput, ScoreLevel, ScoringFramework } from "@/lib/scoring";

/** Only what the engine reads: the browser gets codes and weights, not the framework's long texts. */
export function toScoringFramework(fw: Framework): ScoringFramework {
  return {
    code: fw.code,
    version: fw.version,
    dimensions: fw.dimensions.map((d) => ({
      code: d.code,
      weight: d.weight,
      indicators: d.indicators.map((i) => ({
        code: i.code,
        weight: i.weight,
        questions: i.questions.map((q) => ({
          code: q.code,
          weight: q.weight,
          allowNA: q.allowNA,
          evidenceFromLevel: q.evidenceFromLevel,
        })),
      })),
    })),
  };
}

/** Saved responses in the engine's input shape (the same fields the server reads when it approves). */
export function toAnswers(responses: Record<string, ResponseView>): Record<string, AnswerInput> {
  const out: Record<string, AnswerInput> = {};
  for (const [code, r] of Object.entries(responses)) {
    out[code] = {
      level: asLevel(r.level),
      na: r.na,
      evidence: r.evidence.length,
      verifiedLevel: asLevel(r.verifiedLevel),
    };
  }
  return out;
}

export function asLevel(n: number | null | undefined): ScoreLevel | null {
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5 ? n : null;
}
