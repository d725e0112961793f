import { defaultFrameworkInput } from "./default-framework";
import { framework2Input } from "./default-framework-2";
import { frameworkSchema, type Framework, type Question } from "./schema";

export * from "./schema";
export type { Profile, ProfileQuestion, ProfileRule } from "./profile-schema";
export { INSTRUMENTS, type InstrumentId } from "./instruments";
export { evaluateProfile, cleanProfileAnswers, completenessUnderProfile, type ProfileAnswers, type ProfileOutcome } from "./profile";

/** Parsed (and so validated) at load: a broken framework stops the app at start, not mid-assessment. */
export const defaultFramework: Framework = frameworkSchema.parse(defaultFrameworkInput);

/** Version 2.0: criteria-based levels, applicability profile, instrument basis. */
export const framework2: Framework = frameworkSchema.parse(framework2Input);

/** Every bundled version, oldest first; the seed publishes each once and never changes a published one. */
export const bundledFrameworks: readonly Framework[] = [defaultFramework, framework2];

/** The newest bundled version: what new cycles and the methodology page use by default. */
export const latestFramework: Framework = framework2;

export function bundledFramework(version: string): Framework | undefined {
  return bundledFrameworks.find((f) => f.version === version);
}

export function allQuestions(framework: Framework): Question[] {
  return framework.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions));
}
