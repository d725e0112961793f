import { z } from "zod";

/**
 * answers.json, format version 1: a department's answers, portable between
 * assessments of the same framework version (docs/answers-json.md; the JSON
 * Schema in docs/answers-json.schema.json is generated from this schema and a
 * unit test keeps the two equal). Verified levels and reviewer comments are
 * not part of it: an import always lands in a DRAFT or RETURNED assessment.
 */

export const ANSWERS_FORMAT = "ai-gov-maturity/answers" as const;
export const ANSWERS_FORMAT_VERSION = 1 as const;
/** Refused before parsing: a real export of the default framework is well under 1 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const questionCode = z
  .string({ error: "unknownQuestion" })
  .max(20, { error: "unknownQuestion" })
  .regex(/^[A-Z]{2,5}\.\d{1,2}\.\d{1,2}$/, { error: "unknownQuestion" });

const evidenceSchema = z.discriminatedUnion(
  "kind",
  [
    z
      .object({
        kind: z.literal("LINK"),
        url: z
          .string({ error: "url" })
          .max(2000, { error: "tooLong" })
          .regex(/^https?:\/\/[^\s]+$/i, { error: "url" }),
      })
      .strict(),
    z
      .object({ kind: z.literal("TEXT"), text: z.string({ error: "invalid" }).trim().min(1, { error: "required" }).max(4000, { error: "tooLong" }) })
      .strict(),
    z
      .object({
        kind: z.literal("FILE"),
        fileName: z.string({ error: "invalid" }).min(1, { error: "required" }).max(255, { error: "tooLong" }),
        sha256: z.string({ error: "invalid" }).regex(/^[0-9a-f]{64}$/, { error: "invalid" }),
        sizeBytes: z.number({ error: "invalid" }).int({ error: "invalid" }).min(0, { error: "invalid" }).nullable(),
        mimeType: z.string({ error: "invalid" }).max(120, { error: "tooLong" }).nullable(),
      })
      .strict(),
  ],
  { error: "invalid" },
);
export type ExportedEvidence = z.infer<typeof evidenceSchema>;

export const exportedAnswerSchema = z
  .object({
    question: questionCode,
    level: z
      .number({ error: "levelRange" })
      .int({ error: "levelRange" })
      .min(1, { error: "levelRange" })
      .max(5, { error: "levelRange" })
      .nullable(),
    na: z.boolean({ error: "invalid" }),
    naReason: z.string({ error: "invalid" }).max(2000, { error: "tooLong" }).nullable(),
    note: z.string({ error: "invalid" }).max(10_000, { error: "tooLong" }).nullable(),
    /** When this answer was last saved in the source assessment (ISO 8601). */
    updatedAt: z.string({ error: "invalid" }).datetime({ error: "invalid", offset: true }).nullable(),
    evidence: z.array(evidenceSchema).max(50, { error: "tooMany" }),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.na && (a.naReason ?? "").trim() === "") ctx.addIssue({ code: "custom", path: ["naReason"], message: "naReasonRequired" });
  });
export type ExportedAnswer = z.infer<typeof exportedAnswerSchema>;

export const answersDocumentSchema = z
  .object({
    format: z.literal(ANSWERS_FORMAT, { error: "notAnswersFile" }),
    formatVersion: z.literal(ANSWERS_FORMAT_VERSION, { error: "formatVersion" }),
    exportedAt: z.string({ error: "invalid" }).datetime({ error: "invalid", offset: true }),
    framework: z.object({ code: z.string({ error: "invalid" }).max(40), version: z.string({ error: "invalid" }).max(20) }).strict(),
    source: z
      .object({
        assessmentId: z.string({ error: "invalid" }).uuid({ error: "invalid" }),
        department: z.string({ error: "invalid" }).max(200),
        cycle: z.string({ error: "invalid" }).max(200),
        status: z.enum(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"], { error: "invalid" }),
      })
      .strict(),
    answers: z.array(exportedAnswerSchema).max(500, { error: "tooMany" }),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.answers.forEach((a, i) => {
      if (seen.has(a.question)) ctx.addIssue({ code: "custom", path: ["answers", i, "question"], message: "duplicateQuestion" });
      seen.add(a.question);
    });
  });
export type AnswersDocument = z.infer<typeof answersDocumentSchema>;

/**
 * The import request: the document itself, or `{ document, mapping }` where
 * `mapping` renames question codes of another framework version to this one.
 */
export const importRequestSchema = z.union([
  answersDocumentSchema,
  z
    .object({
      document: answersDocumentSchema,
      mapping: z.record(questionCode, questionCode).refine((m) => Object.keys(m).length <= 500, { error: "tooMany" }),
    })
    .strict(),
]);

export const importQuerySchema = z
  .object({
    /** "1": report what would change, write nothing (the default); "0": apply. */
    dryRun: z.enum(["0", "1"], { error: "invalid" }).optional(),
    /** "1": also overwrite answers changed in this assessment after the export. */
    overwriteConflicts: z.enum(["0", "1"], { error: "invalid" }).optional(),
  })
  .strict();
