import { getTranslations } from "next-intl/server";
import type { ResultsView } from "@/lib/data/results/types";
import type { Locale } from "@/lib/framework";
import { planItems } from "@/lib/report/plan-items";
import { PlanItemCard } from "./plan-item-card";
import { RegeneratePlanButton } from "./regenerate-plan-button";

const PHASES = ["near", "mid", "long"] as const;

/**
 * The improvement plan by phase. Once approved: the stored, tracked items
 * (editable by the department admin). Before: the steps the provisional result
 * suggests, read-only and not stored.
 */
export async function PlanSection({ view, locale }: { view: ResultsView; locale: Locale }) {
  const t = await getTranslations("results.plan");
  const stored = !view.provisional;
  const provisional = planItems(view, locale);
  return (
    <section aria-labelledby="plan-heading" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="plan-heading" className="text-lg font-semibold text-slate-900">
            {t("heading")}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{stored ? t("intro") : t("provisional")}</p>
        </div>
        {stored && view.permissions.editPlan && <RegeneratePlanButton assessmentId={view.assessment.id} />}
      </div>
      {(stored ? view.plan.length : provisional.length) === 0 && (
        // Nothing answered yet is not "every question at its target".
        <p className="text-sm text-slate-800">{view.main.overall.completion === 0 ? t("emptyUnanswered") : t("empty")}</p>
      )}
      {PHASES.map((phase) => {
        const count = stored ? view.plan.filter((i) => i.phase === phase).length : provisional.filter((i) => i.phase === phase).length;
        if (count === 0) return null;
        return (
          <div key={phase}>
            <h3 className="font-semibold text-slate-900">{t("phaseHeading", { phase: t(`phase.${phase}`), count })}</h3>
            <ul className="mt-2 space-y-3">
              {stored
                ? view.plan
                    .filter((i) => i.phase === phase)
                    .map(({ action, questionText, ...i }) => (
                      <PlanItemCard
                        key={i.id}
                        item={i}
                        action={action[locale]}
                        questionText={questionText[locale]}
                        canEdit={view.permissions.editPlan}
                        owners={view.owners}
                      />
                    ))
                : provisional
                    .filter((i) => i.phase === phase)
                    .map((i) => (
                      <li key={i.id} className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
                        <p className="text-slate-700">
                          <span className="font-medium text-slate-900">{i.questionCode}</span> · {t("step", { from: i.fromLevel, to: i.toLevel })}
                        </p>
                        <p className="mt-1 text-slate-900">{i.action}</p>
                      </li>
                    ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
