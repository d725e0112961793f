"use client";
import { CircleAlert, CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Framework, Locale } from "@/lib/framework/schema";
import { cn } from "@/lib/utils";
import type { Acked } from "./answer";
import { progressOf, questionsOfDimension } from "./framework-index";
import { ProgressBar } from "./progress-bar";
import { needsAttention, type SaveKind } from "./save-state";

/** Plain links (they work in a new tab too); a normal click switches the indicator in place. */
export function SideNav({
  framework,
  locale,
  acked,
  states,
  current,
  onGo,
  className,
}: {
  framework: Framework;
  locale: Locale;
  acked: Readonly<Record<string, Acked>>;
  states: Readonly<Record<string, SaveKind>>;
  current: string;
  onGo: (indicatorCode: string) => void;
  className?: string;
}) {
  const t = useTranslations("questionnaire.nav");
  return (
    <nav aria-label={t("label")} className={cn("rounded-lg border border-slate-300 bg-white p-4 shadow-sm", className)}>
      <p className="text-sm font-semibold text-slate-900" aria-hidden="true">
        {t("label")}
      </p>
      <ol className="mt-3 space-y-4">
        {framework.dimensions.map((d) => {
          const p = progressOf(questionsOfDimension(d), acked);
          return (
            <li key={d.code}>
              <p className="text-sm font-semibold text-slate-900">
                <span className="font-mono">{d.code}</span> {d.name[locale]}
              </p>
              <p className="mt-0.5 text-sm text-slate-700">{t("dimensionProgress", { answered: p.answered, total: p.total })}</p>
              <ProgressBar answered={p.answered} total={p.total} className="mt-1" />
              <ol className="mt-2 space-y-1">
                {d.indicators.map((i) => {
                  const ip = progressOf(i.questions, acked);
                  const active = i.code === current;
                  const complete = ip.answered === ip.total;
                  const attention = i.questions.some((q) => {
                    const s = states[q.code];
                    return s !== undefined && needsAttention(s);
                  });
                  return (
                    <li key={i.code}>
                      <a
                        href={`?i=${encodeURIComponent(i.code)}`}
                        aria-current={active ? "page" : undefined}
                        onClick={(e) => {
                          if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
                          e.preventDefault();
                          onGo(i.code);
                        }}
                        className={cn(
                          "flex items-start gap-2 rounded-md border-l-4 px-2 py-1.5 text-sm",
                          active
                            ? "border-blue-800 bg-blue-50 font-semibold text-blue-950"
                            : "border-transparent text-slate-800 hover:bg-slate-100",
                        )}
                      >
                        <span className="min-w-0 flex-1">
                          <span className="font-mono">{i.code}</span> {i.name[locale]}
                        </span>
                        <span className="flex shrink-0 items-center gap-1 text-slate-700">
                          {attention && (
                            <>
                              <CircleAlert className="size-4 text-red-800" aria-hidden="true" />
                              <span className="sr-only">{t("attention")}</span>
                            </>
                          )}
                          {complete && <CircleCheck className="size-4 text-green-800" aria-hidden="true" />}
                          <span className="sr-only">{t("indicatorProgressSr", { answered: ip.answered, total: ip.total })}</span>
                          <span aria-hidden="true">
                            {ip.answered}/{ip.total}
                          </span>
                        </span>
                      </a>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
