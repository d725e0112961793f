"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { setTargetsAction } from "@/app/(app)/assessments/[id]/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import type { Framework, Locale } from "@/lib/framework/schema";
import { FormMessage, type FormMessageState } from "./form-message";
import { lazyResolver } from "./lazy-resolver";

type TargetsFields = { targets: Record<string, number> };
// The targets part of the action's own schema (resolvers.ts), loaded with zod on the first validation.
const targetsResolver = lazyResolver<TargetsFields>(() => import("./resolvers").then((m) => m.targetsResolver));

const selectClass =
  "mt-1 block h-10 w-full rounded-md border border-slate-500 bg-white px-3 text-base text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-700";

/** Target level per dimension (department admin). Saving names the assessment version; the new one is handed back. */
export function TargetsForm({
  assessmentId,
  version,
  framework,
  locale,
  defaults,
  saved,
  onSaved,
}: {
  assessmentId: string;
  version: number;
  framework: Framework;
  locale: Locale;
  /** The stored targets, or the engine's default per dimension. */
  defaults: Record<string, number>;
  /** Dimensions whose target has been saved; the others show the engine's suggestion, marked as not saved yet. */
  saved: ReadonlySet<string>;
  onSaved: (targets: Record<string, number>, version: number) => void;
}) {
  const t = useTranslations();
  const [message, setMessage] = useState<FormMessageState>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TargetsFields>({ resolver: targetsResolver, defaultValues: { targets: defaults } });

  const onSubmit = handleSubmit(async ({ targets }) => {
    setMessage(null);
    try {
      const res = await setTargetsAction({ assessmentId, expectedVersion: version, targets });
      if (res.ok) {
        onSaved(targets, res.data.version);
        setMessage({ tone: "success", text: t("questionnaire.targets.saved") });
      } else {
        setMessage({ tone: "error", text: t.has(`errors.${res.messageKey}`) ? t(`errors.${res.messageKey}`) : t("errors.internal") });
      }
    } catch {
      setMessage({ tone: "error", text: t("questionnaire.evidence.networkError") });
    }
  });

  return (
    <section aria-labelledby="targets-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="targets-heading" className="text-lg font-semibold text-slate-900">
        {t("questionnaire.targets.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("questionnaire.targets.description")}</p>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        {framework.dimensions.map((d) => {
          const id = `target-${d.code}`;
          const error = errors.targets?.[d.code]?.message;
          return (
            <div key={d.code}>
              <Label htmlFor={id}>{d.name[locale]}</Label>
              <select
                id={id}
                className={selectClass}
                // The server renders the selected option too, so the stored target shows from the first paint.
                defaultValue={defaults[d.code]}
                aria-invalid={!!error}
                aria-describedby={[saved.has(d.code) ? null : `${id}-unsaved`, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined}
                {...register(`targets.${d.code}`, { valueAsNumber: true })}
              >
                {[1, 2, 3, 4, 5].map((level) => (
                  <option key={level} value={level}>
                    L{level} {t(`levels.${level}`)}
                  </option>
                ))}
              </select>
              {saved.has(d.code) ? null : (
                <p id={`${id}-unsaved`} className="mt-1 text-sm text-amber-900">
                  {t("questionnaire.targets.unsaved")}
                </p>
              )}
              <FieldError id={`${id}-error`} message={error} />
            </div>
          );
        })}
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? t("questionnaire.targets.saving") : t("questionnaire.targets.save")}
        </Button>
        <FormMessage message={message} />
      </form>
    </section>
  );
}
