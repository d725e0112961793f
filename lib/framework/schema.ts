import { z } from "zod";
import { INSTRUMENT_IDS, INSTRUMENTS, needsSecondaryMark, type InstrumentId } from "./instruments";
import { checkProfile, profileSchema } from "./profile-schema";

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

// ── Version 2.0 additions. All optional, and none has a default: a 1.0
// framework parses to exactly the object it parsed to before (its content
// hash, and so its published identity, does not change). ─────────────────

/**
 * One checkable condition of a level. Its id names the CONTROL (kebab case,
 * unique across the framework), so one control sits at one level of one question.
 */
export const criterionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+){1,6}$/).max(48),
  "zh-CN": z.string().trim().min(4),
  en: z.string().trim().min(4),
});
export type Criterion = z.infer<typeof criterionSchema>;

const criteriaListSchema = z.array(criterionSchema).min(1).max(3);
/** L2..L5, 1–3 criteria each; L1 is "the L2 criteria are not all met". Each level includes the one below. */
export const levelCriteriaSchema = z.object({
  "2": criteriaListSchema,
  "3": criteriaListSchema,
  "4": criteriaListSchema,
  "5": criteriaListSchema,
});
export type LevelCriteria = z.infer<typeof levelCriteriaSchema>;
export const CRITERIA_LEVELS = ["2", "3", "4", "5"] as const;

/** One clause of a binding or reference instrument that the question implements. */
export const basisEntrySchema = z
  .object({
    instrument: z.enum(INSTRUMENT_IDS),
    clause: z.string().trim().min(1).max(60),
    /** Only a report or a third-party quote of this clause was read. */
    secondary: z.literal(true).optional(),
  })
  .superRefine((b, ctx) => {
    const instrument = INSTRUMENTS[b.instrument as InstrumentId];
    if (!instrument.clausePattern.test(b.clause)) {
      ctx.addIssue({ code: "custom", message: `malformed clause "${b.clause}" for ${b.instrument}`, path: ["clause"] });
    }
    if (needsSecondaryMark(b.instrument as InstrumentId, b.clause) && b.secondary !== true) {
      ctx.addIssue({ code: "custom", message: `${b.instrument} ${b.clause} was read only in secondary sources: mark it secondary`, path: ["secondary"] });
    }
  });
export type BasisEntry = z.infer<typeof basisEntrySchema>;

const variantIdPattern = /^[a-z][a-zA-Z0-9]{1,30}$/;

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
  /** 2.0: the criteria of L2..L5; `levels` is then the rendering of these criteria. */
  criteria: levelCriteriaSchema.optional(),
  /** 2.0: the clauses of binding or reference instruments this question implements. */
  basis: z.array(basisEntrySchema).min(1).max(8).optional(),
  /** 2.0: what "AI application" and the department's remit mean for this question. */
  scope: localizedSchema.optional(),
  /** 2.0: help texts that replace `help` when the applicability profile selects them. */
  helpVariants: z.record(z.string().regex(variantIdPattern), localizedSchema).optional(),
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
    /** 2.0: the applicability profile asked before the questions, and its declarative rules. */
    profile: profileSchema.optional(),
    /** 2.0: how a level is chosen, shown on every question. */
    answeringRule: localizedSchema.optional(),
    /** 2.0: one term per concept, shown on the methodology page. */
    glossary: z.array(z.object({ term: localizedSchema, definition: localizedSchema })).optional(),
    /** 2.0: the question that asks for the one periodic AI-governance report all L4 statistics feed. */
    reportQuestion: z.string().regex(codePattern).optional(),
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
    checkCriteria(fw, ctx);
    if (fw.profile) checkProfile(fw.profile, fw, ctx);
    if (fw.reportQuestion && !fw.dimensions.some((d) => d.indicators.some((i) => i.questions.some((q) => q.code === fw.reportQuestion)))) {
      ctx.addIssue({ code: "custom", message: `reportQuestion ${fw.reportQuestion} is not a question`, path: ["reportQuestion"] });
    }
  });

/**
 * 2.0 rules on criteria: all questions have them or none do; criterion ids are
 * unique across the framework (one control, one place); `levels` L2..L5 are
 * exactly the rendering of the criteria, so what the respondent reads is what
 * the data says.
 */
function checkCriteria(fw: { dimensions: { indicators: { questions: z.infer<typeof questionSchema>[] }[] }[] }, ctx: z.RefinementCtx) {
  const questions = fw.dimensions.flatMap((d, di) =>
    d.indicators.flatMap((ind, ii) => ind.questions.map((q, qi) => ({ q, path: ["dimensions", di, "indicators", ii, "questions", qi] }))),
  );
  const withCriteria = questions.filter((x) => x.q.criteria);
  if (withCriteria.length === 0) return;
  const ids = new Map<string, string>();
  for (const { q, path } of questions) {
    if (!q.criteria) {
      ctx.addIssue({ code: "custom", message: `question ${q.code} has no criteria while others do`, path: [...path, "criteria"] });
      continue;
    }
    if (!q.basis) ctx.addIssue({ code: "custom", message: `question ${q.code} has no basis`, path: [...path, "basis"] });
    if (!q.scope) ctx.addIssue({ code: "custom", message: `question ${q.code} has no scope note`, path: [...path, "scope"] });
    for (const level of CRITERIA_LEVELS) {
      q.criteria[level].forEach((c, ci) => {
        const other = ids.get(c.id);
        if (other) {
          ctx.addIssue({ code: "custom", message: `duplicate criterion id ${c.id} (also in ${other})`, path: [...path, "criteria", level, ci, "id"] });
        }
        ids.set(c.id, `${q.code} L${level}`);
      });
      const rendered = renderLevel(Number(level) as 2 | 3 | 4 | 5, q.criteria[level]);
      const stored = q.levels[Number(level) - 1];
      if (!stored || stored["zh-CN"] !== rendered["zh-CN"] || stored.en !== rendered.en) {
        ctx.addIssue({ code: "custom", message: `question ${q.code} L${level} text is not the rendering of its criteria`, path: [...path, "levels", Number(level) - 1] });
      }
    }
  }
}

/** Circled numbers for criteria in Chinese level texts. */
const CIRCLED = ["①", "②", "③"];

/**
 * The level text shown wherever 1.0 showed a descriptor: L3..L5 open with
 * "在上一级基础上" (cumulative), L2 states its criteria positively.
 */
export function renderLevel(level: 2 | 3 | 4 | 5, criteria: readonly Criterion[]): Localized {
  const zhItems = criteria.map((c, i) => `${criteria.length > 1 ? CIRCLED[i] : ""}${stripEnd(c["zh-CN"])}`).join("；");
  const enItems = criteria.map((c, i) => `${criteria.length > 1 ? `(${i + 1}) ` : ""}${stripEnd(c.en)}`).join("; ");
  return level === 2
    ? { "zh-CN": `${zhItems}。`, en: `${enItems}.` }
    : { "zh-CN": `在上一级基础上：${zhItems}。`, en: `All of level ${level - 1}, plus: ${enItems}.` };
}

function stripEnd(s: string): string {
  return s.trim().replace(/[。；;.]+$/u, "");
}

/** Input shape (defaults optional) — what content files are written as. */
export type FrameworkInput = z.input<typeof frameworkSchema>;
export type DimensionInput = z.input<typeof dimensionSchema>;
/** Parsed shape (defaults filled) — what the app and the engine use. */
export type Framework = z.infer<typeof frameworkSchema>;

/** Removes the line breaks the paper's text layout adds, so quotes can be checked verbatim. */
export function normalizeSourceText(text: string): string {
  return text.replace(/\r?\n/g, "");
}
