/**
 * Length limits of the answer fields, in a module without zod: the
 * questionnaire's islands show them (maxLength, "12 / 10,000") without
 * loading the schemas, which arrive with the first validation.
 */
export const NOTE_MAX = 10_000;
export const NA_REASON_MAX = 2_000;
export const COMMENT_MAX = 4_000;
