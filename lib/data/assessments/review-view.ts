import type { DecisionView, ReviewInfo } from "./types";
import { needsDecision } from "./review-rounds";

interface DecisionRow {
  round: number;
  selfLevel: number;
  answerRevision: number;
  verifiedLevel: number;
  comment: string | null;
  acceptedSelf: boolean;
  createdAt: Date;
  reviewer: { displayName: string } | null;
}

interface ResponseRow {
  level: number | null;
  na: boolean;
  answerRevision: number;
  previousLevel: number | null;
  previousNa: boolean | null;
}

function toDecisionView(d: DecisionRow): DecisionView {
  return {
    round: d.round,
    selfLevel: d.selfLevel,
    verifiedLevel: d.verifiedLevel,
    comment: d.comment ?? "",
    acceptedSelf: d.acceptedSelf,
    reviewerName: d.reviewer?.displayName ?? null,
    decidedAt: d.createdAt.toISOString(),
  };
}

/** What the reviewer sees about one answer's decisions; `decisions` newest first. */
export function reviewInfo(r: ResponseRow, decisions: DecisionRow[], round: number): ReviewInfo {
  const previous = decisions.find((d) => d.round < round);
  const current = decisions.find((d) => d.round === round);
  const changedSincePrevious = previous !== undefined && previous.answerRevision !== r.answerRevision;
  return {
    changed: changedSincePrevious
      ? { from: { level: r.previousLevel, na: r.previousNa ?? false }, to: { level: r.level, na: r.na } }
      : null,
    needsDecision: needsDecision(r, decisions[0]),
    previous: previous ? toDecisionView(previous) : null,
    current: current ? toDecisionView(current) : null,
    history: decisions.map(toDecisionView),
  };
}
