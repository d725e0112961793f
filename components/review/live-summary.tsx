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
}: {
  framework: ScoringFramework;
  targets: Record<string, ScoreLevel>;
  dimensionNames: Record<string, string>;
}) {
  const t = useTranslations("review.summary");
  const { answers } = useReviewState();
  const [self, verified] = useMemo(
    () => [
      scoreAssessment(framework, answers, { targets, basis: "self" }),
      scoreAssessment(framework, answers, { targets, basis: "verified" }),
    ],
    [framework, answers, targets],
  );
  return (
    <div className="space-y-3">
      <p className="text-xs text-slate-700">{t("live")}</p>
      <ScoreTable self={self} verified={verified} dimensionNames={dimensionNames} />
    </div>
  );
}
