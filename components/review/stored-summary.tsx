import { useTranslations } from "next-intl";
import type { QuestionnaireView } from "@/lib/data/assessments/types";
import { ScoreTable } from "./score-table";

/** How many verified levels a reviewer set, accepted, or were defaulted to the self level — as stored at approval. */
function VerifiedBasis({ basis }: { basis: NonNullable<QuestionnaireView["snapshot"]>["verifiedBasis"] }) {
  const t = useTranslations("review.summary");
  const entries = Object.values(basis ?? {});
  if (entries.length === 0) return null;
  const count = (source: string) => entries.filter((e) => e.source === source).length;
  return (
    <div className="text-sm" data-testid="verified-basis">
      <p className="font-medium text-slate-900">{t("basisTitle")}</p>
      <ul className="mt-1 space-y-0.5 text-slate-800">
        <li>{t("basisReviewer", { count: count("reviewer") })}</li>
        <li>{t("basisAccepted", { count: count("acceptedSelf") })}</li>
        <li>{t("basisDefault", { count: count("default") })}</li>
      </ul>
    </div>
  );
}

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
      <VerifiedBasis basis={snapshot.verifiedBasis} />
    </div>
  );
}
