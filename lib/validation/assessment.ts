import { z } from "zod";
import { COMMENT_MAX, NA_REASON_MAX, NOTE_MAX } from "./limits";

/**
 * One schema per input, shared by the react-hook-form resolvers and the
 * server actions. Messages are catalogue keys under "validation.".
 */

const id = z.string({ error: "required" }).uuid({ error: "invalid" });
const questionCode = z
  .string({ error: "required" })
  .max(20, { error: "tooLong" })
  .regex(/^[A-Z]{2,5}\.\d{1,2}\.\d{1,2}$/, { error: "unknownQuestion" });
const level = z
  .number({ error: "levelRange" })
  .int({ error: "levelRange" })
  .min(1, { error: "levelRange" })
  .max(5, { error: "levelRange" });
const version = z.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" });

export { COMMENT_MAX, NA_REASON_MAX, NOTE_MAX };

/** The answer fields of one question, as the questionnaire form edits them. */
export const answerFieldsSchema = z
  .object({
    level: level.nullable(),
    na: z.boolean({ error: "invalid" }),
    naReason: z.string({ error: "invalid" }).max(NA_REASON_MAX, { error: "tooLong" }),
    note: z.string({ error: "invalid" }).max(NOTE_MAX, { error: "tooLong" }),
  })
  .superRefine((v, ctx) => {
    if (v.na && v.naReason.trim() === "") {
      ctx.addIssue({ code: "custom", path: ["naReason"], message: "naReasonRequired" });
    }
  });
export type AnswerFields = z.infer<typeof answerFieldsSchema>;

export const saveResponseSchema = z
  .object({
    assessmentId: id,
    questionCode,
    /** The response version the client last saw; 0 when it saw no response yet. */
    expectedVersion: version,
    answer: answerFieldsSchema,
  })
  .strict();
export type SaveResponseInput = z.infer<typeof saveResponseSchema>;

export const startAssessmentSchema = z.object({ cycleId: id, orgUnitId: id }).strict();

const targetLevel = level;
export const setTargetsSchema = z
  .object({
    assessmentId: id,
    expectedVersion: version,
    targets: z.record(z.string().regex(/^[A-Z]{2,5}$/, { error: "invalid" }), targetLevel),
  })
  .strict();
export type SetTargetsInput = z.infer<typeof setTargetsSchema>;

export const transitionSchema = z.object({ assessmentId: id, expectedVersion: version }).strict();
export type TransitionInput = z.infer<typeof transitionSchema>;

export const verifyResponseSchema = z
  .object({
    assessmentId: id,
    questionCode,
    verifiedLevel: level,
    comment: z.string({ error: "invalid" }).max(COMMENT_MAX, { error: "tooLong" }),
  })
  .strict();
export type VerifyResponseInput = z.infer<typeof verifyResponseSchema>;

/** The reviewer takes the self level as verified (the server reads the level itself), with an optional comment. */
export const acceptSelfLevelSchema = verifyResponseSchema.pick({ assessmentId: true, questionCode: true, comment: true }).strict();
export type AcceptSelfLevelInput = z.infer<typeof acceptSelfLevelSchema>;

export const addLinkEvidenceSchema = z
  .object({
    assessmentId: id,
    questionCode,
    url: z
      .string({ error: "required" })
      .trim()
      .max(2000, { error: "tooLong" })
      .url({ error: "url" })
      .refine((u) => /^https?:\/\//i.test(u), { error: "url" }),
  })
  .strict();

export const addTextEvidenceSchema = z
  .object({
    assessmentId: id,
    questionCode,
    text: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(COMMENT_MAX, { error: "tooLong" }),
  })
  .strict();

export const deleteEvidenceSchema = z.object({ evidenceId: id }).strict();

export const questionHistorySchema = z.object({ assessmentId: id, questionCode }).strict();

/** The question cards of one indicator, rendered on the server when the questionnaire moves to it. */
export const indicatorCardsSchema = z
  .object({
    assessmentId: id,
    indicatorCode: z.string({ error: "required" }).max(20, { error: "tooLong" }).regex(/^[A-Z]{2,5}\.\d{1,2}$/, { error: "invalid" }),
  })
  .strict();

/** The most decisions one batch may carry: a whole framework has about 50 questions, so this is generous. */
export const BATCH_VERIFY_MAX = 100;

/**
 * Issue 11: the reviewer sets the verified levels of several questions (one
 * indicator, or the questions shown) and saves once. `expectedRound` is the
 * review round the page was loaded in: a batch from before a return and
 * resubmission is stale and refused whole.
 */
export const verifyBatchSchema = z
  .object({
    assessmentId: id,
    expectedRound: z.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }),
    items: z
      .array(z.object({ questionCode, verifiedLevel: level }).strict(), { error: "invalid" })
      .min(1, { error: "required" })
      .max(BATCH_VERIFY_MAX, { error: "tooMany" }),
  })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.items.forEach((item, i) => {
      if (seen.has(item.questionCode)) ctx.addIssue({ code: "custom", path: ["items", i, "questionCode"], message: "duplicateQuestion" });
      seen.add(item.questionCode);
    });
  });
export type VerifyBatchInput = z.infer<typeof verifyBatchSchema>;
