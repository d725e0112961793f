import { z } from "zod";

/** Inputs of the applicability-profile and criteria-mark actions; messages are catalogue keys under "validation.". */
const id = z.string({ error: "required" }).uuid({ error: "invalid" });
const version = z.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" });
const key = z.string().regex(/^[a-z][a-zA-Z0-9]{1,30}$/, { error: "invalid" });

export const saveProfileSchema = z
  .object({
    assessmentId: id,
    /** The profile version the client last saw; 0 when none was saved yet. */
    expectedVersion: version,
    /** profile question id → option id; a question left out is unanswered. */
    answers: z.record(key, key).refine((a) => Object.keys(a).length <= 8, { error: "invalid" }),
  })
  .strict();
export type SaveProfileInput = z.infer<typeof saveProfileSchema>;

export const markCriteriaSchema = z
  .object({
    assessmentId: id,
    questionCode: z.string().regex(/^[A-Z]{2,5}\.\d{1,2}\.\d{1,2}$/, { error: "unknownQuestion" }),
    /** Criterion ids the evidence shows; the whole set replaces the previous marks. */
    criteria: z.array(z.string().regex(/^[a-z][a-z0-9-]{2,47}$/, { error: "invalid" })).max(12, { error: "invalid" }),
  })
  .strict();
export type MarkCriteriaInput = z.infer<typeof markCriteriaSchema>;
