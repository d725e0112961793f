import type { Localized } from "./schema";
import type { Profile } from "./profile-schema";

/** Profile answers as stored: profile question id → option id. */
export type ProfileAnswers = Readonly<Record<string, string | undefined>>;

export interface ProfileOutcome {
  /** Question code → the rules that make it N/A (in framework order); absent = applicable. */
  notApplicable: Record<string, { rule: string; reason: Localized }[]>;
  /** Question code → help variant id (the first rule that chooses one wins). */
  helpVariant: Record<string, string>;
  /** Profile question ids not answered yet (their rules cannot fire). */
  unanswered: string[];
}

/**
 * Evaluates the declared rules against the answers. Pure: the same answers
 * always give the same outcome, so changing the profile simply re-evaluates;
 * answers to the questions themselves are never touched here.
 */
export function evaluateProfile(profile: Profile | undefined, answers: ProfileAnswers): ProfileOutcome {
  const outcome: ProfileOutcome = { notApplicable: {}, helpVariant: {}, unanswered: [] };
  if (!profile) return outcome;
  const answerOf = (id: string) => (Object.hasOwn(answers, id) ? answers[id] : undefined);
  for (const q of profile.questions) {
    const a = answerOf(q.id);
    if (a === undefined || !q.options.some((o) => o.id === a)) outcome.unanswered.push(q.id);
  }
  for (const rule of profile.rules) {
    const holds = rule.when.every((c) => {
      const a = answerOf(c.question);
      return a !== undefined && c.in.includes(a);
    });
    if (!holds) continue;
    for (const code of rule.notApplicable ?? []) {
      (outcome.notApplicable[code] ??= []).push({ rule: rule.id, reason: rule.reason });
    }
    for (const [code, variant] of Object.entries(rule.helpVariants ?? {})) {
      if (!Object.hasOwn(outcome.helpVariant, code)) outcome.helpVariant[code] = variant;
    }
  }
  return outcome;
}

/** Only the answers that name an existing question and option: what the server stores. */
export function cleanProfileAnswers(profile: Profile, answers: Readonly<Record<string, unknown>>): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const q of profile.questions) {
    const a = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (typeof a === "string" && q.options.some((o) => o.id === a)) clean[q.id] = a;
  }
  return clean;
}

/** The shape the submit rule reads (lib/assessment/completeness.ts). */
interface CompletenessLike {
  level: number | null;
  na: boolean;
  naReason: string;
  evidenceCount: number;
}

/**
 * The submit rule's view of the answers under the profile: a question the
 * profile makes N/A counts as N/A with the profile's reason, whatever was
 * saved (the saved answer stays stored, untouched).
 */
export function completenessUnderProfile<T extends CompletenessLike>(
  outcome: ProfileOutcome,
  completeness: Readonly<Record<string, T>>,
): Record<string, T | CompletenessLike> {
  const out: Record<string, T | CompletenessLike> = { ...completeness };
  for (const [code, reasons] of Object.entries(outcome.notApplicable)) {
    out[code] = { level: null, na: true, naReason: reasons.map((r) => r.reason["zh-CN"]).join(""), evidenceCount: 0 };
  }
  return out;
}
