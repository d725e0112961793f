import { useTranslations } from "next-intl";
import type { QuestionnaireView } from "@/lib/data/assessments/types";
import { ScoreTable } from "./score-table";

/** The scores frozen at approval: shown as stored, never recomputed, so a later formula change cannot alter them. */
export function StoredSummary({
  snapshot,
  dimensionNames,
}: {
  snapshot: NonNullable<QuestionnaireView["snapshot"]>;
  dimensionNames: Record<string, string>;
}) {
  const t = useTranslations("review.summary");
  return (
    <div className="space-y-3">
      <p className="text-sm font-medium text-slate-900">{t("stored")}</p>
      <p className="text-xs text-slate-700">{t("formulaVersion", { version: snapshot.formulaVersion })}</p>
      <ScoreTable self={snapshot.self} verified={snapshot.verified} dimensionNames={dimensionNames} />
    </div>
  );
}
