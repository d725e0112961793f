/**
 * Input and output shapes of the scoring engine.
 *
 * The input types are a structural subset of `Framework` (lib/framework/schema.ts)
 * so the parsed framework can be passed as-is, while tests can hand-build tiny
 * frameworks without texts, sources or locales. Arrays are `readonly` so both
 * mutable and frozen frameworks are accepted.
 */

/** Maturity level L1..L5 (same literal union as `Level` in the framework schema). */
export type ScoreLevel = 1 | 2 | 3 | 4 | 5;

export interface ScoringQuestion {
  readonly code: string;
  readonly weight: number;
  readonly allowNA: boolean;
  readonly evidenceFromLevel: ScoreLevel;
  /** Four improvement texts (step 1→2 … 4→5); the engine only refers to them by `step`. */
  readonly actions?: readonly unknown[];
}

export interface ScoringIndicator {
  readonly code: string;
  readonly weight: number;
  readonly questions: readonly ScoringQuestion[];
}

export interface ScoringDimension {
  readonly code: string;
  readonly weight: number;
  readonly indicators: readonly ScoringIndicator[];
}

export interface ScoringFramework {
  readonly code: string;
  readonly version: string;
  readonly dimensions: readonly ScoringDimension[];
}

/** One answer as stored by the questionnaire. */
export interface AnswerInput {
  level?: ScoreLevel | null;
  na?: boolean;
  /** Number of evidence items attached; missing means 0. */
  evidence?: number;
  /** Level set by a reviewer; used only with basis "verified". */
  verifiedLevel?: ScoreLevel | null;
}

/** Keyed by question code. Undefined entries and unknown codes are ignored. */
export type AnswersInput = Readonly<Record<string, AnswerInput | undefined | null>>;

export type Basis = "self" | "verified";

export interface ScoringOptions {
  /** Target level per dimension code; missing dimensions get the default target. */
  targets?: Readonly<Record<string, ScoreLevel | undefined>>;
  basis?: Basis;
  /**
   * Question codes that are not applicable whatever was answered — decided by
   * the applicability profile (framework 2.0). They count as N/A (rule 1) even
   * where the question does not allow a manual N/A; stored answers are ignored,
   * never deleted. Absent for 1.0, which leaves every result unchanged.
   */
  notApplicable?: readonly string[];
}

export type Phase = "near" | "mid" | "long";

export interface OverallScore {
  index: number | null;
  level: ScoreLevel | null;
  completion: number;
}

export interface DimensionScore {
  code: string;
  index: number | null;
  level: ScoreLevel | null;
  completion: number;
  target: ScoreLevel;
  gap: number;
  percentToTarget: number | null;
}

export interface IndicatorScore {
  code: string;
  dimension: string;
  index: number | null;
}

export interface ActionItem {
  question: string;
  indicator: string;
  dimension: string;
  from: ScoreLevel;
  to: ScoreLevel;
  /** Index into the question's `actions` texts (0 is step 1→2 … 3 is step 4→5). */
  step: 0 | 1 | 2 | 3;
  phase: Phase;
  priority: number;
}

export interface ScoreResult {
  formulaVersion: "1.0";
  basis: Basis;
  overall: OverallScore;
  dimensions: DimensionScore[];
  indicators: IndicatorScore[];
  actions: ActionItem[];
  /** Question codes answered at or above their evidence threshold with no evidence. */
  unsupported: string[];
}
