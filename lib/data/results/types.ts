import type { Framework, Localized } from "@/lib/framework";
import type { WhyDimension } from "@/lib/report/why";
import type { ScoreResult } from "@/lib/scoring";
import type { AssessmentStatus } from "../assessments/types";

/** Plain, serialisable shapes of the results page and the documents (PDF, XLSX) built from the same data. */

export type PlanStatus = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "REJECTED";
export type PlanPhase = "near" | "mid" | "long";

export interface ResultEvidence {
  kind: "FILE" | "LINK" | "TEXT";
  /** File name, link or text, as the department entered it. */
  label: string;
}

export interface ResultQuestion {
  code: string;
  dimension: string;
  indicator: string;
  text: Localized;
  level: number | null;
  verifiedLevel: number | null;
  na: boolean;
  naReason: string | null;
  note: string | null;
  evidence: ResultEvidence[];
}

export interface PlanItemView {
  id: string;
  questionCode: string;
  dimensionCode: string;
  fromLevel: number;
  toLevel: number;
  phase: PlanPhase;
  priority: number;
  action: Localized;
  questionText: Localized;
  ownerName: string;
  ownerUserId: string;
  /** YYYY-MM-DD or "". */
  dueOn: string;
  status: PlanStatus;
  rejectReason: string;
  progressNote: string;
  version: number;
  overdue: boolean;
}

export interface ProgressView {
  cycleName: Localized;
  approvedAt: string | null;
  /** False when the previous assessment used another framework version (dimensions are matched by code). */
  sameFrameworkVersion: boolean;
  previousFramework: string;
  /** The previous framework's name and version, as the page and the report say it (no codes). */
  previousFrameworkLabel: Localized;
  overall: { then: number | null; now: number | null };
  dimensions: { code: string; name: Localized; then: number | null; now: number | null }[];
}

export interface ResultsView {
  assessment: {
    id: string;
    status: AssessmentStatus;
    orgUnitName: Localized;
    cycleName: Localized;
    frameworkName: Localized;
    frameworkCode: string;
    frameworkVersion: string;
    submittedAt: string | null;
    approvedAt: string | null;
  };
  framework: Framework;
  /** True before approval: the figures are the department's own (self basis) and may still change. */
  provisional: boolean;
  self: ScoreResult;
  /** The approval's verified result; null before approval. */
  verified: ScoreResult | null;
  /** The result the page leads with: verified once approved, else self. */
  main: ScoreResult;
  why: WhyDimension[];
  questions: ResultQuestion[];
  progress: ProgressView | null;
  plan: PlanItemView[];
  permissions: { editPlan: boolean };
  /** Users of the department an item can be assigned to (only for those who may edit the plan). */
  owners: { id: string; name: string }[];
}
