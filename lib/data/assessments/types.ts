import type { Framework, Localized } from "@/lib/framework";
import type { ScoreResult } from "@/lib/scoring";

/** Plain, serialisable shapes the questionnaire and review pages receive (no Prisma types cross to the client). */

export type AssessmentStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";

export interface EvidenceView {
  id: string;
  kind: "FILE" | "LINK" | "TEXT";
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  url: string | null;
  text: string | null;
  createdAt: string;
}

export interface ResponseView {
  version: number;
  level: number | null;
  na: boolean;
  naReason: string;
  note: string;
  verifiedLevel: number | null;
  reviewerComment: string;
  /** 2.0: criterion ids the reviewer found shown by the evidence. */
  criteriaMet: string[];
  updatedAt: string | null;
  updatedByName: string | null;
  evidence: EvidenceView[];
  /** For the reviewer only (null for everyone else): the decisions on this answer and whether it changed since. */
  review: ReviewInfo | null;
}

/** One review decision as the reviewer sees it in the history. */
export interface DecisionView {
  round: number;
  selfLevel: number;
  verifiedLevel: number;
  comment: string;
  acceptedSelf: boolean;
  reviewerName: string | null;
  decidedAt: string;
}

export interface ReviewInfo {
  /** Set when the answer changed after the last decision of an earlier round: the change that was made last. */
  changed: { from: { level: number | null; na: boolean }; to: { level: number | null; na: boolean } } | null;
  /** Approval waits for a decision on this answer. */
  needsDecision: boolean;
  /** The latest decision of an earlier round. */
  previous: DecisionView | null;
  /** The latest decision of the current round. */
  current: DecisionView | null;
  /** Every decision, newest first. */
  history: DecisionView[];
}

export interface AssessmentPermissions {
  /** May change answers and evidence now (role and status). */
  answer: boolean;
  /** May set the department's targets now (DEPT_ADMIN). */
  manage: boolean;
  /** May submit now (the department's respondents and admin). */
  submit: boolean;
  /** May set verified levels, return and approve now. */
  review: boolean;
  /** May read each question's change history. */
  history: boolean;
}

export interface QuestionnaireView {
  assessment: {
    id: string;
    status: AssessmentStatus;
    version: number;
    targets: Record<string, number>;
    orgUnitName: Localized;
    cycleName: Localized;
    submittedAt: string | null;
    approvedAt: string | null;
    /** The review round (how many times it has been submitted). */
    reviewRound: number;
    /** Whether the cycle takes answers now, and its dates (YYYY-MM-DD) for the message when it does not. */
    cycleWindow: { state: "open" | "notYetOpen" | "closed"; opensOn: string; closesOn: string };
  };
  framework: Framework;
  /** Keyed by question code; a question never saved has no entry. */
  responses: Record<string, ResponseView>;
  permissions: AssessmentPermissions;
  /** 2.0: the applicability profile answers ({} and version 0 when none saved; always so for 1.0). */
  profile: { answers: Record<string, string>; version: number };
  /** Present once approved: the stored self and verified results. */
  snapshot: {
    formulaVersion: string;
    self: ScoreResult;
    verified: ScoreResult;
    /** Who set each verified level (question code → level and source). */
    verifiedBasis: Record<string, { level: number; source: "reviewer" | "acceptedSelf" | "default" }>;
  } | null;
}

/** What a save returns: the new version, so the next save of the same question names it. */
export interface SavedResponse {
  version: number;
  updatedAt: string;
  updatedByName: string;
}

/** Sent with a CONFLICT: the answer someone else saved, who and when. */
export interface ResponseConflict {
  theirs: Pick<ResponseView, "version" | "level" | "na" | "naReason" | "note" | "updatedAt" | "updatedByName">;
}

/** One reason an assessment cannot be submitted yet. */
export interface MissingItem {
  questionCode: string;
  reason: "unanswered" | "naReason" | "evidence";
}

export interface HistoryEntry {
  at: string;
  by: string | null;
  action: string;
  before: { level: number | null; na: boolean; naReason: string | null; note: string | null; verifiedLevel?: number | null } | null;
  after: { level: number | null; na: boolean; naReason: string | null; note: string | null; verifiedLevel?: number | null } | null;
}

export interface ReviewQueueItem {
  assessmentId: string;
  orgUnitName: Localized;
  cycleName: Localized;
  status: AssessmentStatus;
  submittedAt: string | null;
}
