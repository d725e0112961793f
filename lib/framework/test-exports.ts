// What the framework tests need, in one import.
export { defaultFrameworkInput as defaultFrameworkInputForTests } from "./default-framework";
export { allQuestions, defaultFramework } from "./index";
export { frameworkSchema, normalizeSourceText } from "./schema";
