import { z } from "zod";

/**
 * The framework (questionnaire) as typed data. One zod schema validates the
 * bundled default framework at load, in tests, and any framework an admin
 * imports later — so the scoring engine can trust its input shape.
 */

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const localizedSchema = z.object({
  "zh-CN": z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

export const levelSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);
export type Level = z.infer<typeof levelSchema>;

/** L1..L5 names used everywhere a level is shown. */
export const LEVEL_NAMES: Record<Level, Localized> = {
  1: { "zh-CN": "初始级", en: "Initial" },
  2: { "zh-CN": "受管理级", en: "Managed" },
  3: { "zh-CN": "稳健级", en: "Defined" },
  4: { "zh-CN": "量化管理级", en: "Quantitatively managed" },
  5: { "zh-CN": "优化级", en: "Optimizing" },
};

const codePattern = /^[A-Z]{2,5}(\.[0-9]{1,2}){0,2}$/;

export const questionSchema = z.object({
  /** Stable code, e.g. `GOV.1.2` (dimension.indicator.question). */
  code: z.string().regex(codePattern),
  text: localizedSchema,
  /** Explains terms and what the question is after. */
  help: localizedSchema,
  /** Exactly five observable descriptors: index 0 is L1 … index 4 is L5. */
  levels: z.array(localizedSchema).length(5),
  /** Examples of evidence a department can attach. */
  evidenceExamples: z.array(localizedSchema).min(1).max(6),
  weight: z.number().positive().default(1),
  /** Only where a department may legitimately not have the thing at all. */
  allowNA: z.boolean().default(false),
  /** From this level up, an answer needs at least one evidence item. */
  evidenceFromLevel: levelSchema.default(3),
  /** Exactly four improvement actions: index 0 is step 1→2 … index 3 is step 4→5. */
  actions: z.array(localizedSchema).length(4),
  source: z.object({
    /** Section of the paper, e.g. `四（四）2` or `三（四）`. */
    section: z.string().min(2),
    /** Verbatim quote from the paper, at most 40 characters. */
    quote: z.string().min(4).max(40),
  }),
});
export type Question = z.infer<typeof questionSchema>;

export const indicatorSchema = z.object({
  code: z.string().regex(codePattern),
  name: localizedSchema,
  description: localizedSchema,
  weight: z.number().positive().default(1),
  questions: z.array(questionSchema).min(2).max(4),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const dimensionSchema = z.object({
  code: z.string().regex(codePattern),
  name: localizedSchema,
  description: localizedSchema,
  weight: z.number().positive().default(1),
  indicators: z.array(indicatorSchema).min(3).max(5),
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const frameworkSchema = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9-]{1,30}$/),
    version: z.string().regex(/^\d+\.\d+$/),
    name: localizedSchema,
    description: localizedSchema,
    dimensions: z.array(dimensionSchema).min(1).max(8),
  })
  .superRefine((fw, ctx) => {
    const seen = new Set<string>();
    const note = (code: string, path: (string | number)[]) => {
      if (seen.has(code)) {
        ctx.addIssue({ code: "custom", message: `duplicate code ${code}`, path });
      }
      seen.add(code);
    };
    fw.dimensions.forEach((d, di) => {
      note(d.code, ["dimensions", di, "code"]);
      d.indicators.forEach((ind, ii) => {
        note(ind.code, ["dimensions", di, "indicators", ii, "code"]);
        if (!ind.code.startsWith(`${d.code}.`)) {
          ctx.addIssue({
            code: "custom",
            message: `indicator ${ind.code} must start with ${d.code}.`,
            path: ["dimensions", di, "indicators", ii, "code"],
          });
        }
        ind.questions.forEach((q, qi) => {
          note(q.code, ["dimensions", di, "indicators", ii, "questions", qi, "code"]);
          if (!q.code.startsWith(`${ind.code}.`)) {
            ctx.addIssue({
              code: "custom",
              message: `question ${q.code} must start with ${ind.code}.`,
              path: ["dimensions", di, "indicators", ii, "questions", qi, "code"],
            });
          }
        });
      });
    });
  });

/** Input shape (defaults optional) — what content files are written as. */
export type FrameworkInput = z.input<typeof frameworkSchema>;
export type DimensionInput = z.input<typeof dimensionSchema>;
/** Parsed shape (defaults filled) — what the app and the engine use. */
export type Framework = z.infer<typeof frameworkSchema>;

/** Removes the line breaks the paper's text layout adds, so quotes can be checked verbatim. */
export function normalizeSourceText(text: string): string {
  return text.replace(/\r?\n/g, "");
}
