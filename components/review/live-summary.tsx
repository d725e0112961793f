"use client";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { scoreAssessment, type ScoreLevel, type ScoringFramework } from "@/lib/scoring";
import { useReviewState } from "./review-state";
import { ScoreTable } from "./score-table";

/** The reviewer's running estimate; the server recomputes (same engine, same inputs) and stores on approval. */
export function LiveSummary({
  framework,
  targets,
  dimensionNames,
  notApplicable,
  awaitingDecision = [],
}: {
  framework: ScoringFramework;
  targets: Record<string, ScoreLevel>;
  dimensionNames: Record<string, string>;
  /** 2.0: questions the applicability profile makes N/A (as the server counts them on approval). */
  notApplicable?: readonly string[];
  /** Answers changed since the last review: until decided, the engine counts them at the self level. */
  awaitingDecision?: readonly string[];
}) {
  const t = useTranslations("review.summary");
  const { answers, decided } = useReviewState();
  const open = awaitingDecision.filter((code) => !decided.has(code)).length;
  const [self, verified] = useMemo(
    () => [
      scoreAssessment(framework, answers, { targets, basis: "self", notApplicable }),
      scoreAssessment(framework, answers, { targets, basis: "verified", notApplicable }),
    ],
    [framework, answers, targets, notApplicable],
  );
  return (
    <div className="space-y-3">
      <p className="text-xs text-slate-700">{t("live")}</p>
      <ScoreTable self={self} verified={verified} dimensionNames={dimensionNames} />
      {open > 0 ? <p className="text-xs text-amber-900">{t("awaitingDecision", { count: open })}</p> : null}
    </div>
  );
}
