"use client";
import * as RadioGroup from "@radix-ui/react-radio-group";
import { Check, CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

const STEPS: Record<string, number | undefined> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * The five level descriptors as one radio group (Radix: arrow keys move and
 * select, Space selects, Tab leaves the group). The chosen card is marked by
 * a check icon, the word "Selected" and a heavier border, never by colour alone.
 * The descriptors themselves are rendered on the server (`descriptors`); the
 * levels from `evidenceFromLevel` up carry a "needs evidence" mark before any is chosen.
 */
export function LevelOptions({
  code,
  descriptors,
  evidenceFromLevel,
  value,
  onChange,
  disabled,
  labelId,
  describedBy,
  invalid,
}: {
  code: string;
  descriptors: readonly React.ReactNode[];
  evidenceFromLevel: number;
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
      {descriptors.map((descriptor, i) => {
        const level = i + 1;
        const id = `${code}-level-${level}`;
        const checked = value === level;
        const needsEvidence = level >= evidenceFromLevel;
        return (
          <RadioGroup.Item
            key={level}
            value={String(level)}
            aria-labelledby={`${id}-name`}
            aria-describedby={needsEvidence ? `${id}-text ${id}-evidence` : `${id}-text`}
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
                <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span id={`${id}-name`} className="font-semibold text-slate-900">
                    L{level} {t(`levels.${level}`)}
                  </span>
                  {needsEvidence && (
                    // Shown before any level is chosen, so the respondent knows what a higher level asks for.
                    <span id={`${id}-evidence`} className="rounded-sm border border-amber-800 bg-amber-50 px-1.5 text-xs font-medium text-amber-950">
                      {t("questionnaire.levels.evidenceNeeded")}
                    </span>
                  )}
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
                {descriptor}
              </span>
            </span>
          </RadioGroup.Item>
        );
      })}
    </RadioGroup.Root>
  );
}
