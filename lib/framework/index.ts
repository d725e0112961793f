import { defaultFrameworkInput } from "./default-framework";
import { frameworkSchema, type Framework, type Question } from "./schema";

export * from "./schema";

/** Parsed (and so validated) at load: a broken framework stops the app at start, not mid-assessment. */
export const defaultFramework: Framework = frameworkSchema.parse(defaultFrameworkInput);

export function allQuestions(framework: Framework): Question[] {
  return framework.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions));
}
