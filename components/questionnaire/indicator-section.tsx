"use client";
import { ChevronLeft, ChevronRight, SkipForward } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { Dimension, Indicator, Locale } from "@/lib/framework/schema";

export function indicatorDomId(code: string): string {
  return `ind-${code.replaceAll(".", "-")}`;
}

/** The indicator on screen: its heading and description, its questions, and the moves to the neighbours. */
export function IndicatorSection({
  indicator,
  dimension,
  locale,
  position,
  count,
  previous,
  next,
  onGo,
  firstUnanswered,
  onJumpToUnanswered,
  children,
}: {
  indicator: Indicator;
  dimension: Dimension;
  locale: Locale;
  position: number;
  count: number;
  previous: Indicator | undefined;
  next: Indicator | undefined;
  onGo: (indicatorCode: string) => void;
  /** Null when every question is answered; undefined when the jump is not offered (read-only). */
  firstUnanswered: string | null | undefined;
  onJumpToUnanswered: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("questionnaire.indicator");
  const headingId = indicatorDomId(indicator.code);
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
        <p className="text-sm text-slate-700">
          <span className="font-mono">{dimension.code}</span> {dimension.name[locale]}
          {" · "}
          {t("position", { position, count })}
        </p>
        <h2 id={headingId} tabIndex={-1} className="mt-1 text-xl font-semibold text-slate-900">
          <span className="font-mono">{indicator.code}</span> {indicator.name[locale]}
        </h2>
        <p className="mt-2 text-sm leading-relaxed text-slate-800">{indicator.description[locale]}</p>
        {firstUnanswered !== undefined && (
          <div className="mt-3">
            {firstUnanswered === null ? (
              <p className="text-sm font-medium text-green-900">{t("allAnswered")}</p>
            ) : (
              <Button type="button" variant="secondary" size="sm" onClick={onJumpToUnanswered}>
                <SkipForward className="size-4" aria-hidden="true" />
                {t("jumpToUnanswered")}
              </Button>
            )}
          </div>
        )}
      </div>
      {children}
      <nav aria-label={t("pager")} className="flex flex-wrap justify-between gap-3">
        {previous ? (
          <Button type="button" variant="secondary" onClick={() => onGo(previous.code)} className="h-auto min-h-10 py-2 text-left">
            <ChevronLeft className="size-4 shrink-0" aria-hidden="true" />
            <span>
              {t("previous")}
              <span className="block font-mono text-xs font-normal">{previous.code}</span>
            </span>
          </Button>
        ) : (
          <span />
        )}
        {next && (
          <Button type="button" onClick={() => onGo(next.code)} className="ml-auto h-auto min-h-10 py-2 text-right">
            <span>
              {t("next")}
              <span className="block font-mono text-xs font-normal">{next.code}</span>
            </span>
            <ChevronRight className="size-4 shrink-0" aria-hidden="true" />
          </Button>
        )}
      </nav>
    </section>
  );
}
