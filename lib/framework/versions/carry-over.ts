import type { Framework } from "../schema";
import { findMapping, type VersionMapping } from "./mapping-1.0-2.0";

/**
 * "以上期答案为起点": which answers of an earlier assessment pre-fill a new one,
 * through the version mapping. Pure, so the rule is tested on its own; the data
 * layer (lib/data/assessments/carry-over.ts) decides who may, and writes.
 *
 * The rule, and why:
 * - Same framework version: each question takes its own earlier answer.
 * - Another version: a question takes the answers of every earlier question the
 *   mapping leads to it (reworded, merged, split). Added questions have no
 *   source and stay empty; removed questions lead nowhere.
 * - Several sources (merged, or a split part also fed by another entry): the
 *   LOWEST of their levels. A merged question is met only where every part was
 *   met, so the weakest part bounds it; taking a higher one would invent
 *   maturity nobody declared.
 * - A source whose answer was verified lower by the reviewer counts at the
 *   verified level (the reviewer's downgrade is the better knowledge).
 * - A source with no answer at all makes the question stay empty: the lowest of
 *   the known parts could still be higher than the missing one.
 * - N/A sources say nothing about a level and are left out of the minimum; only
 *   when every source was N/A, and the new question allows N/A, is N/A carried
 *   (with the earlier reasons, to be confirmed like any carried answer).
 * - Notes and evidence are never carried: they describe the earlier period.
 * Every carried answer is only a starting point, marked until confirmed.
 */

export interface PriorAnswer {
  level: number | null;
  na: boolean;
  naReason: string | null;
  verifiedLevel: number | null;
}

export interface CarriedAnswer {
  level: number | null;
  na: boolean;
  naReason: string | null;
  /** The earlier question codes this answer was taken from. */
  from: string[];
}

export type CarryRoute = { kind: "same" } | { kind: "mapped"; mapping: VersionMapping };

/** How answers travel from one framework version to another, or null when there is no way (no mapping). */
export function carryRoute(from: { code: string; version: string }, to: { code: string; version: string }): CarryRoute | null {
  if (from.code !== to.code) return null;
  if (from.version === to.version) return { kind: "same" };
  const mapping = findMapping(from.version, to.version);
  return mapping ? { kind: "mapped", mapping } : null;
}

/** The earlier question codes each question of the target version draws on. */
export function sourcesOf(route: CarryRoute, target: Framework): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const codes = target.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions.map((q) => q.code)));
  for (const code of codes) {
    if (route.kind === "same") out.set(code, [code]);
    else {
      const from = route.mapping.entries.filter((e) => e.to.includes(code)).flatMap((e) => e.from);
      if (from.length) out.set(code, [...new Set(from)]);
    }
  }
  return out;
}

const MAX_REASON = 2000;

/** The answers to pre-fill, keyed by target question code; questions left out stay empty. */
export function planCarryOver(route: CarryRoute, target: Framework, prior: Readonly<Record<string, PriorAnswer>>): Record<string, CarriedAnswer> {
  const allowNA = new Map(target.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions.map((q) => [q.code, q.allowNA] as const))));
  const plan: Record<string, CarriedAnswer> = {};
  for (const [code, from] of sourcesOf(route, target)) {
    const answers = from.map((c) => prior[c]);
    if (answers.some((a) => !a || (!a.na && a.level === null))) continue;
    const levels = answers
      .filter((a) => !a!.na)
      .map((a) => (a!.verifiedLevel !== null && a!.verifiedLevel < a!.level! ? a!.verifiedLevel : a!.level!));
    if (levels.length) {
      plan[code] = { level: Math.min(...levels), na: false, naReason: null, from };
    } else if (allowNA.get(code)) {
      const reasons = [...new Set(answers.map((a) => (a!.naReason ?? "").trim()).filter(Boolean))];
      if (reasons.length === 0) continue;
      plan[code] = { level: null, na: true, naReason: reasons.join("；").slice(0, MAX_REASON), from };
    }
  }
  return plan;
}
