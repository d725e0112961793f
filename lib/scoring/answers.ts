import { isLevel } from "./levels";
import type { AnswerInput, AnswersInput, Basis, ScoreLevel, ScoringQuestion } from "./types";

/** How one question enters the calculation. */
export type QuestionState =
  | { kind: "unanswered" }
  /** A valid N/A: the question allows it. Counts toward completion, never toward averages. */
  | { kind: "na" }
  | {
      kind: "answered";
      /** The level the department chose. */
      level: ScoreLevel;
      /** The level used for scores and actions under the chosen basis (rule 2). */
      effective: ScoreLevel;
      /** Rule 10: at or above the evidence threshold with no evidence. */
      unsupported: boolean;
    };

/** Own-property lookup, so codes like "constructor" never hit Object.prototype. */
export function answerFor(answers: AnswersInput, code: string): AnswerInput | undefined {
  if (!Object.hasOwn(answers, code)) return undefined;
  const answer = answers[code];
  return answer ?? undefined;
}

function evidenceCount(answer: AnswerInput): number {
  const n = answer.evidence;
  return typeof n === "number" && Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * Rules 1, 2 and 10 for one question.
 *
 * N/A choice: `na: true` only counts where the question allows N/A. Where it
 * does not, the flag is ignored: with a level the question is answered at that
 * level, without one it is unanswered. Where N/A is allowed, `na: true` wins
 * over any level sent alongside it (the form may keep a stale level).
 */
export function resolveQuestion(
  question: ScoringQuestion,
  answer: AnswerInput | undefined,
  basis: Basis,
): QuestionState {
  if (answer === undefined) return { kind: "unanswered" };
  if (answer.na === true && question.allowNA) return { kind: "na" };
  const level = answer.level;
  if (!isLevel(level)) return { kind: "unanswered" };

  const threshold = question.evidenceFromLevel;
  const unsupported = level >= threshold && evidenceCount(answer) === 0;

  let effective: ScoreLevel = level;
  if (basis === "verified") {
    if (isLevel(answer.verifiedLevel)) {
      effective = answer.verifiedLevel;
    } else if (unsupported) {
      // An unsupported claim counts one level below the threshold. With a
      // threshold of 1 that would be L0, which does not exist: stay at L1.
      effective = Math.max(1, threshold - 1) as ScoreLevel;
    }
  }
  return { kind: "answered", level, effective, unsupported };
}
