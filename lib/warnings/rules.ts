/**
 * Early-warning rules (issue 9 §3) as a pure function over plain facts: the
 * data layer gathers the facts of every unit in one SQL query, this decides
 * which warnings hold. No database, no dates read from the clock.
 */

export const RULES = [
  "INDEX_DROP",
  "DIMENSION_L1",
  "MON_LOW",
  "DUE_SOON",
  "OVERDUE",
  "INFLATION",
  "UNSUPPORTED",
  "PLAN_OVERDUE",
] as const;
export type RuleCode = (typeof RULES)[number];

export type Severity = "INFO" | "WARNING" | "CRITICAL";

export interface Thresholds {
  /** Overall index drop against the previous approved cycle, in points. */
  dropPoints: number;
  /** The monitoring dimension below this level raises a warning. */
  monMinLevel: number;
  /** Not submitted this many days before the cycle closes. */
  daysBeforeClose: number;
  /** Self minus verified overall index, in points. */
  inflationPoints: number;
  /** Answers claimed at or above the evidence threshold with no evidence, at submission. */
  unsupportedCount: number;
  /** Improvement-plan items past their due date. */
  planOverdueCount: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  dropPoints: 10,
  monMinLevel: 2,
  daysBeforeClose: 7,
  inflationPoints: 15,
  unsupportedCount: 3,
  planOverdueCount: 3,
};

/** Bounds an oversight office may choose from (also the zod schema's). */
export const THRESHOLD_BOUNDS: Record<keyof Thresholds, { min: number; max: number }> = {
  dropPoints: { min: 1, max: 100 },
  monMinLevel: { min: 1, max: 5 },
  daysBeforeClose: { min: 1, max: 90 },
  inflationPoints: { min: 1, max: 100 },
  unsupportedCount: { min: 1, max: 48 },
  planOverdueCount: { min: 1, max: 100 },
};

export const MONITORING_DIMENSION = "MON";

export type AssessmentState = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | null;

/** What is known about one unit in one cycle. Indices on the verified basis unless named self. */
export interface UnitFacts {
  status: AssessmentState;
  /** Days from today to the cycle's close date (negative once it has passed). */
  daysToClose: number;
  overallVerified: number | null;
  overallSelf: number | null;
  /** Overall verified index of the unit's previous approved cycle. */
  previousOverall: number | null;
  /** Verified level per dimension code, after approval. */
  dimensionLevels: Readonly<Record<string, number | null>>;
  /** Unsupported claims counted on the submitted answers (null when not submitted). */
  unsupported: number | null;
  /** Improvement-plan items overdue; null where the unit has no plan data. */
  planOverdue: number | null;
}

export interface RaisedWarning {
  rule: RuleCode;
  severity: Severity;
  figures: Record<string, number | string | string[] | null>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Every warning that holds for these facts; an absent rule means its cause has ended (or never began). */
export function evaluateRules(f: UnitFacts, t: Thresholds = DEFAULT_THRESHOLDS): RaisedWarning[] {
  const out: RaisedWarning[] = [];
  const approved = f.status === "APPROVED";
  const submitted = f.status === "SUBMITTED" || approved;

  if (approved && f.overallVerified !== null && f.previousOverall !== null) {
    const drop = f.previousOverall - f.overallVerified;
    if (drop >= t.dropPoints) {
      out.push({
        rule: "INDEX_DROP",
        severity: drop >= 2 * t.dropPoints ? "CRITICAL" : "WARNING",
        figures: { previous: round1(f.previousOverall), current: round1(f.overallVerified), drop: round1(drop), threshold: t.dropPoints },
      });
    }
  }

  if (approved) {
    const atL1 = Object.entries(f.dimensionLevels)
      .filter(([, level]) => level === 1)
      .map(([code]) => code)
      .sort();
    if (atL1.length > 0) out.push({ rule: "DIMENSION_L1", severity: "WARNING", figures: { dimensions: atL1, count: atL1.length } });
    const mon = f.dimensionLevels[MONITORING_DIMENSION];
    if (mon !== undefined && mon !== null && mon < t.monMinLevel) {
      out.push({ rule: "MON_LOW", severity: mon === 1 ? "CRITICAL" : "WARNING", figures: { level: mon, threshold: t.monMinLevel } });
    }
  }

  if (!submitted && f.daysToClose >= 0 && f.daysToClose <= t.daysBeforeClose) {
    out.push({ rule: "DUE_SOON", severity: "INFO", figures: { daysLeft: f.daysToClose, threshold: t.daysBeforeClose } });
  }
  if (!approved && f.daysToClose < 0) {
    out.push({ rule: "OVERDUE", severity: "CRITICAL", figures: { daysOverdue: -f.daysToClose } });
  }

  if (approved && f.overallSelf !== null && f.overallVerified !== null) {
    const inflation = f.overallSelf - f.overallVerified;
    if (inflation >= t.inflationPoints) {
      out.push({
        rule: "INFLATION",
        severity: "WARNING",
        figures: { self: round1(f.overallSelf), verified: round1(f.overallVerified), inflation: round1(inflation), threshold: t.inflationPoints },
      });
    }
  }

  if (submitted && f.unsupported !== null && f.unsupported >= t.unsupportedCount) {
    out.push({ rule: "UNSUPPORTED", severity: "INFO", figures: { count: f.unsupported, threshold: t.unsupportedCount } });
  }

  if (f.planOverdue !== null && f.planOverdue >= t.planOverdueCount) {
    out.push({ rule: "PLAN_OVERDUE", severity: "WARNING", figures: { count: f.planOverdue, threshold: t.planOverdueCount } });
  }
  return out;
}

/** The thresholds that apply to a unit: the deepest scope above it that set its own, else the defaults. */
export function thresholdsFor(unitPath: string, scoped: readonly { path: string; thresholds: Thresholds }[]): Thresholds {
  let best: { path: string; thresholds: Thresholds } | undefined;
  for (const s of scoped) if (unitPath.startsWith(s.path) && (!best || s.path.length > best.path.length)) best = s;
  return best?.thresholds ?? DEFAULT_THRESHOLDS;
}

export interface ExistingWarning {
  id: string;
  rule: string;
  resolved: boolean;
}

/**
 * Reconciles what holds now with what is stored for one unit and cycle:
 * a new cause is raised, a standing one updated (never a duplicate), a stored
 * one whose cause ended is resolved, and a resolved one that comes back reopens.
 */
export function reconcile(existing: readonly ExistingWarning[], holding: readonly RaisedWarning[]) {
  const byRule = new Map(existing.map((e) => [e.rule, e]));
  const raise: RaisedWarning[] = [];
  const update: (RaisedWarning & { id: string; reopen: boolean })[] = [];
  for (const h of holding) {
    const e = byRule.get(h.rule);
    if (!e) raise.push(h);
    else update.push({ ...h, id: e.id, reopen: e.resolved });
  }
  const holdingRules = new Set(holding.map((h) => h.rule));
  const resolve = existing.filter((e) => !e.resolved && !holdingRules.has(e.rule as RuleCode)).map((e) => e.id);
  return { raise, update, resolve };
}
