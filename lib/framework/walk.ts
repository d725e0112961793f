import type { Framework, Question } from "./schema";

/** Every question in framework order (no content imports, so client and import code can use it). */
export function allQuestionsOf(framework: Framework): Question[] {
  return framework.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions));
}
