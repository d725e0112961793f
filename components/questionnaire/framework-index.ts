import type { Dimension, Framework, Indicator, Question } from "@/lib/framework/schema";
import { isAnswered, type Acked } from "./answer";

export interface QuestionEntry {
  question: Question;
  indicator: Indicator;
  dimension: Dimension;
}

/** The framework flattened once, in framework order, for lookups by code. */
export interface FrameworkIndex {
  questions: QuestionEntry[];
  indicatorCodes: string[];
  indicatorOf: Map<string, { indicator: Indicator; dimension: Dimension }>;
  questionOf: Map<string, QuestionEntry>;
}

export function indexFramework(framework: Framework): FrameworkIndex {
  const questions: QuestionEntry[] = [];
  const indicatorCodes: string[] = [];
  const indicatorOf = new Map<string, { indicator: Indicator; dimension: Dimension }>();
  for (const dimension of framework.dimensions) {
    for (const indicator of dimension.indicators) {
      indicatorCodes.push(indicator.code);
      indicatorOf.set(indicator.code, { indicator, dimension });
      for (const question of indicator.questions) questions.push({ question, indicator, dimension });
    }
  }
  return { questions, indicatorCodes, indicatorOf, questionOf: new Map(questions.map((q) => [q.question.code, q])) };
}

export interface Progress {
  answered: number;
  total: number;
}

export function progressOf(questions: readonly Question[], acked: Readonly<Record<string, Acked | undefined>>): Progress {
  return { answered: questions.filter((q) => isAnswered(acked[q.code]?.answer)).length, total: questions.length };
}

export function questionsOfDimension(d: Dimension): Question[] {
  return d.indicators.flatMap((i) => i.questions);
}
