import { z } from "zod";

/** Inputs of the carry-over actions; messages are catalogue keys under "validation.". */
const id = z.string({ error: "required" }).uuid({ error: "invalid" });
const questionCode = z.string().regex(/^[A-Z]{2,5}\.\d{1,2}\.\d{1,2}$/, { error: "unknownQuestion" });

export const carryOverSchema = z.object({ assessmentId: id }).strict();
export type CarryOverInput = z.infer<typeof carryOverSchema>;

/** One question, or all carried questions of one indicator (at most 4 questions; 8 leaves room for variants). */
export const confirmCarriedSchema = z
  .object({ assessmentId: id, questionCodes: z.array(questionCode).min(1, { error: "invalid" }).max(8, { error: "invalid" }) })
  .strict();
export type ConfirmCarriedInput = z.infer<typeof confirmCarriedSchema>;
