"use client";
import { ClipboardList } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { createContext, useContext } from "react";
import type { PriorPlanItem } from "@/lib/data/results/plan";
import { toLocale } from "@/lib/i18n/config";

const PriorPlanContext = createContext<Readonly<Record<string, PriorPlanItem>>>({});

/** Last cycle's open plan items, keyed by question code, for every question card below it. */
export function PriorPlanProvider({ items, children }: { items: Readonly<Record<string, PriorPlanItem>>; children: React.ReactNode }) {
  return <PriorPlanContext.Provider value={items}>{children}</PriorPlanContext.Provider>;
}

/** "上期整改事项：… 状态：进行中" on a question that had an open item last time; nothing otherwise. */
export function PriorPlanNote({ code }: { code: string }) {
  const item = useContext(PriorPlanContext)[code];
  const t = useTranslations("results");
  const locale = toLocale(useLocale());
  if (!item) return null;
  return (
    <p className="mt-2 flex items-start gap-2 rounded-md border-l-4 border-blue-700 bg-blue-50 px-3 py-2 text-sm text-blue-950" data-testid="prior-plan">
      <ClipboardList className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <span>
        {t("prior.item", { action: item.action[locale] })} {t("prior.step", { from: item.fromLevel, to: item.toLevel, cycle: item.cycleName[locale] })}{" "}
        <strong>{t("prior.status", { status: t(`plan.statuses.${item.status}`) })}</strong>
      </span>
    </p>
  );
}
