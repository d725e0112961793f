import { z } from "zod";

/**
 * The applicability profile: a few questions asked before the questionnaire,
 * and declarative rules that decide from the answers which questions are not
 * applicable (N/A with the profile as the reason) and which help text applies.
 * Conditions are data, validated here — never code in the framework file.
 */
const idPattern = /^[a-z][a-zA-Z0-9]{1,30}$/;
const localized = z.object({ "zh-CN": z.string().trim().min(1), en: z.string().trim().min(1) });

export const profileQuestionSchema = z.object({
  id: z.string().regex(idPattern),
  text: localized,
  help: localized.optional(),
  options: z
    .array(z.object({ id: z.string().regex(idPattern), label: localized }))
    .min(2)
    .max(5),
});
export type ProfileQuestion = z.infer<typeof profileQuestionSchema>;

export const profileConditionSchema = z.object({
  /** A profile question id. */
  question: z.string().regex(idPattern),
  /** The rule holds when the answer is one of these option ids. */
  in: z.array(z.string().regex(idPattern)).min(1),
});
export type ProfileCondition = z.infer<typeof profileConditionSchema>;

export const profileRuleSchema = z
  .object({
    id: z.string().regex(idPattern),
    /** All conditions must hold (an unanswered profile question never holds). */
    when: z.array(profileConditionSchema).min(1).max(5),
    /** Question codes that become N/A, with `reason` shown as why. */
    notApplicable: z.array(z.string()).optional(),
    /** Question code → help variant id used instead of the question's `help`. */
    helpVariants: z.record(z.string(), z.string().regex(idPattern)).optional(),
    reason: localized,
  })
  .refine((r) => (r.notApplicable?.length ?? 0) > 0 || Object.keys(r.helpVariants ?? {}).length > 0, {
    message: "a rule must make something N/A or choose a help variant",
  });
export type ProfileRule = z.infer<typeof profileRuleSchema>;

export const profileSchema = z.object({
  questions: z.array(profileQuestionSchema).min(5).max(8),
  rules: z.array(profileRuleSchema).min(1),
});
export type Profile = z.infer<typeof profileSchema>;

interface QuestionLike {
  code: string;
  allowNA?: boolean;
  helpVariants?: Record<string, unknown>;
}

/** Cross-checks: every rule names existing profile questions, options, framework questions and help variants. */
export function checkProfile(
  profile: Profile,
  fw: { dimensions: { indicators: { questions: QuestionLike[] }[] }[] },
  ctx: z.RefinementCtx,
): void {
  const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: "custom", message, path: ["profile", ...path] });
  const questions = new Map<string, QuestionLike>();
  for (const d of fw.dimensions) for (const i of d.indicators) for (const q of i.questions) questions.set(q.code, q);
  const options = new Map<string, Set<string>>();
  profile.questions.forEach((pq, i) => {
    if (options.has(pq.id)) issue(`duplicate profile question ${pq.id}`, ["questions", i, "id"]);
    const ids = new Set(pq.options.map((o) => o.id));
    if (ids.size !== pq.options.length) issue(`duplicate option in ${pq.id}`, ["questions", i, "options"]);
    options.set(pq.id, ids);
  });
  const ruleIds = new Set<string>();
  profile.rules.forEach((r, ri) => {
    if (ruleIds.has(r.id)) issue(`duplicate rule ${r.id}`, ["rules", ri, "id"]);
    ruleIds.add(r.id);
    r.when.forEach((c, ci) => {
      const opts = options.get(c.question);
      if (!opts) return issue(`rule ${r.id}: unknown profile question ${c.question}`, ["rules", ri, "when", ci, "question"]);
      for (const o of c.in) if (!opts.has(o)) issue(`rule ${r.id}: ${c.question} has no option ${o}`, ["rules", ri, "when", ci, "in"]);
    });
    (r.notApplicable ?? []).forEach((code, ni) => {
      const q = questions.get(code);
      if (!q) issue(`rule ${r.id}: unknown question ${code}`, ["rules", ri, "notApplicable", ni]);
      else if (!q.allowNA) issue(`rule ${r.id}: ${code} does not allow N/A`, ["rules", ri, "notApplicable", ni]);
    });
    for (const [code, variant] of Object.entries(r.helpVariants ?? {})) {
      const q = questions.get(code);
      if (!q) issue(`rule ${r.id}: unknown question ${code}`, ["rules", ri, "helpVariants", code]);
      else if (!q.helpVariants || !Object.hasOwn(q.helpVariants, variant)) {
        issue(`rule ${r.id}: ${code} has no help variant ${variant}`, ["rules", ri, "helpVariants", code]);
      }
    }
  });
}
