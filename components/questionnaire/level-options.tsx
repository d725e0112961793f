"use client";
import * as RadioGroup from "@radix-ui/react-radio-group";
import { Check, CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Locale, Question } from "@/lib/framework/schema";
import { cn } from "@/lib/utils";

const STEPS: Record<string, number | undefined> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * The five level descriptors as one radio group (Radix: arrow keys move and
 * select, Space selects, Tab leaves the group). The chosen card is marked by
 * a check icon, the word "Selected" and a heavier border, never by colour alone.
 */
export function LevelOptions({
  question,
  locale,
  value,
  onChange,
  disabled,
  labelId,
  describedBy,
  invalid,
}: {
  question: Question;
  locale: Locale;
  value: number | null;
  onChange: (level: number) => void;
  disabled: boolean;
  labelId: string;
  describedBy?: string;
  invalid: boolean;
}) {
  const t = useTranslations();
  return (
    <RadioGroup.Root
      value={value === null ? "" : String(value)}
      onValueChange={(v) => onChange(Number(v))}
      disabled={disabled}
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      className="relative mt-2 grid gap-2"
    >
      {question.levels.map((descriptor, i) => {
        const level = i + 1;
        const id = `${question.code}-level-${level}`;
        const checked = value === level;
        return (
          <RadioGroup.Item
            key={level}
            value={String(level)}
            aria-labelledby={`${id}-name`}
            aria-describedby={`${id}-text`}
            onKeyDown={(e) => {
              // Radix selects on the focus its arrow handling moves, but only while the key is still down;
              // a quick key press (assistive tech, automation) can lift it first. Select here as well.
              const step = STEPS[e.key];
              if (step && !disabled) onChange(((level - 1 + step + 5) % 5) + 1);
            }}
            className={cn(
              "flex w-full items-start gap-3 rounded-md border-2 bg-white p-3 text-left transition-colors",
              "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700",
              "disabled:cursor-not-allowed",
              checked
                ? "border-blue-800 bg-blue-50 ring-2 ring-blue-800"
                : "border-slate-300 enabled:hover:border-slate-600 enabled:hover:bg-slate-50",
              disabled && !checked && "bg-slate-50 text-slate-600",
            )}
          >
            <span
              aria-hidden="true"
              className={cn(
                "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full border-2",
                checked ? "border-blue-800 bg-blue-800" : "border-slate-500 bg-white",
              )}
            >
              <RadioGroup.Indicator>
                <Check className="size-3.5 text-white" strokeWidth={3} aria-hidden="true" />
              </RadioGroup.Indicator>
            </span>
            <span className="min-w-0 flex-1">
              <span className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                <span id={`${id}-name`} className="font-semibold text-slate-900">
                  L{level} {t(`levels.${level}`)}
                </span>
                {checked && (
                  // The radio's checked state is announced already; this is the visible, colour-free mark.
                  <span aria-hidden="true" className="inline-flex items-center gap-1 text-sm font-semibold text-blue-900">
                    <CircleCheck className="size-4" aria-hidden="true" />
                    {t("questionnaire.levels.selected")}
                  </span>
                )}
              </span>
              <span id={`${id}-text`} className="mt-1 block text-sm leading-relaxed text-slate-800">
                {criteriaOf(question, level) ? (
                  // 2.0: the level's numbered criteria, one per line (block spans: a radio's content is phrasing only).
                  <>
                    {level > 2 && <span className="block text-slate-700">{t("framework2.levels.cumulative", { level: level - 1 })}</span>}
                    {criteriaOf(question, level)!.map((c, ci) => (
                      <span key={c.id} className="block" data-criterion={c.id}>
                        {ci + 1}. {c[locale]}
                      </span>
                    ))}
                  </>
                ) : (
                  descriptor[locale]
                )}
              </span>
            </span>
          </RadioGroup.Item>
        );
      })}
    </RadioGroup.Root>
  );
}

/** 2.0 criteria of level 2..5, or undefined (1.0 questions, and L1). */
function criteriaOf(question: Question, level: number) {
  if (!question.criteria || level < 2) return undefined;
  return question.criteria[String(level) as "2" | "3" | "4" | "5"];
}
