import type { Localized } from "@/lib/framework";
import type { ScoreResult } from "@/lib/scoring";

export interface ProgressFigures {
  sameFrameworkVersion: boolean;
  previousFramework: string;
  overall: { then: number | null; now: number | null };
  dimensions: { code: string; name: Localized; then: number | null; now: number | null }[];
}

/**
 * Then and now per dimension of the current framework, matched by dimension
 * code — so an assessment on a newer framework version still compares where
 * the codes agree (a dimension new in this version has no "then"), and the
 * caller says when the versions differ.
 */
export function compareProgress(
  then: ScoreResult,
  now: ScoreResult,
  dimensions: readonly { code: string; name: Localized }[],
  previous: { code: string; version: string },
  current: { code: string; version: string },
): ProgressFigures {
  return {
    sameFrameworkVersion: previous.code === current.code && previous.version === current.version,
    previousFramework: `${previous.code} ${previous.version}`,
    overall: { then: then.overall.index, now: now.overall.index },
    dimensions: dimensions.map((d) => ({
      code: d.code,
      name: d.name,
      then: then.dimensions.find((x) => x.code === d.code)?.index ?? null,
      now: now.dimensions.find((x) => x.code === d.code)?.index ?? null,
    })),
  };
}
