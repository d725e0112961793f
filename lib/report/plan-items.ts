import type { ResultsView } from "@/lib/data/results/types";
import type { AppLocale } from "@/lib/i18n/config";

/** The stored plan once approved; before that, the steps the provisional result suggests (not saved). */
export function planItems(view: ResultsView, locale: AppLocale) {
  if (view.plan.length || !view.provisional) {
    return view.plan.map((p) => ({ ...p, action: p.action[locale] }));
  }
  return view.main.actions.map((a, i) => {
    const q = view.framework.dimensions.flatMap((d) => d.indicators.flatMap((ind) => ind.questions)).find((x) => x.code === a.question);
    return {
      id: `draft-${i}`,
      questionCode: a.question,
      fromLevel: a.from,
      toLevel: a.to,
      phase: a.phase,
      action: q?.actions[a.step]?.[locale] ?? "",
      ownerName: "",
      dueOn: "",
      status: "NOT_STARTED" as const,
      rejectReason: "",
    };
  });
}
