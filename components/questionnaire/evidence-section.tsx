"use client";
import { useTranslations } from "next-intl";
import type { EvidenceView } from "@/lib/data/assessments/types";
import { EvidenceFileForm } from "./evidence-file-form";
import { EvidenceItem } from "./evidence-item";
import { EvidenceLinkForm } from "./evidence-link-form";
import { EvidenceTextForm } from "./evidence-text-form";
import { subheadingClass } from "./field-styles";

export function EvidenceSection({
  assessmentId,
  code,
  examples,
  items,
  canEdit,
  onAdded,
  onDeleted,
}: {
  assessmentId: string;
  code: string;
  /** The question's evidence examples, rendered on the server. */
  examples: React.ReactNode;
  items: readonly EvidenceView[];
  canEdit: boolean;
  onAdded: (questionCode: string, e: EvidenceView) => void;
  onDeleted: (questionCode: string, id: string) => void;
}) {
  const t = useTranslations("questionnaire.evidence");
  const headingId = `${code}-evidence-heading`;
  const added = (e: EvidenceView) => onAdded(code, e);
  return (
    <section aria-labelledby={headingId} className="mt-5 border-t border-slate-200 pt-4">
      <h4 id={headingId} className="font-semibold text-slate-900">
        {t("heading")}
        {/* Each question has its own evidence region; the code keeps their names apart. */}
        <span className="sr-only"> · {code}</span>
        <span className="ml-2 text-sm font-normal text-slate-700">{t("count", { count: items.length })}</span>
      </h4>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {items.map((e) => (
            <EvidenceItem key={e.id} evidence={e} canDelete={canEdit} onDeleted={(id) => onDeleted(code, id)} />
          ))}
        </ul>
      )}
      {examples}
      {canEdit && (
        <div role="group" aria-labelledby={`${code}-evidence-add`} className="mt-4 space-y-4 rounded-md border border-slate-300 p-3 sm:p-4">
          <p id={`${code}-evidence-add`} className={subheadingClass}>
            {t("addHeading")}
          </p>
          <EvidenceFileForm assessmentId={assessmentId} questionCode={code} onAdded={added} />
          <EvidenceLinkForm assessmentId={assessmentId} questionCode={code} onAdded={added} />
          <EvidenceTextForm assessmentId={assessmentId} questionCode={code} onAdded={added} />
        </div>
      )}
    </section>
  );
}
