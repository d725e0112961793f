"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveProfileAction } from "@/app/(app)/assessments/[id]/profile-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { evaluateProfile } from "@/lib/framework/profile";
import type { Profile } from "@/lib/framework/profile-schema";
import type { Locale } from "@/lib/framework/schema";
import { lazyResolver } from "./lazy-resolver";

// The form edits the same `answers` the server action takes (one schema for both, in resolvers.ts, loaded
// with zod on the first validation); a radio group left unanswered holds null in the form and is left out.
type FormInput = { answers: Record<string, string | null | undefined> };
type FormValues = { answers: Record<string, string> };
const profileResolver = lazyResolver<FormInput, unknown, FormValues>(() => import("./resolvers").then((m) => m.profileResolver));

/**
 * The first step of a 2.0 questionnaire: the applicability profile. Saving
 * re-evaluates which questions are N/A; answers to the questions are never
 * touched. Native radio groups in fieldsets: one legend per profile question.
 */
export function ProfileStep({
  assessmentId,
  profile,
  locale,
  initial,
  canEdit,
  onSaved,
}: {
  assessmentId: string;
  profile: Profile;
  locale: Locale;
  initial: { answers: Record<string, string>; version: number };
  canEdit: boolean;
  onSaved: (answers: Record<string, string>, version: number) => void;
}) {
  const t = useTranslations("framework2.profile");
  const [version, setVersion] = useState(initial.version);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<FormInput, unknown, FormValues>({ resolver: profileResolver, defaultValues: { answers: initial.answers } });
  const [saved, setSaved] = useState(initial.answers);
  const outcome = evaluateProfile(profile, saved);
  const naCount = Object.keys(outcome.notApplicable).length;

  const submit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      const res = await saveProfileAction({ assessmentId, expectedVersion: version, answers: values.answers });
      if (res.ok) {
        setVersion(res.data.version);
        setSaved(res.data.answers);
        onSaved(res.data.answers, res.data.version);
        setMessage({ tone: "success", text: t("saved") });
      } else {
        setMessage({ tone: "error", text: res.code === "CONFLICT" ? t("conflict") : t("error") });
      }
    } catch {
      setMessage({ tone: "error", text: t("error") });
    }
  });

  return (
    <section id="profile" aria-labelledby="profile-heading" className="scroll-mt-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="profile-heading" className="text-lg font-semibold text-slate-900">
        {canEdit ? t("heading") : t("readOnly")}
      </h2>
      <p className="mt-1 text-sm text-slate-800">{t("intro")}</p>
      <p className="mt-1 text-sm text-slate-700">{t("changeHint")}</p>
      <form onSubmit={submit} className="mt-4 space-y-4" noValidate>
        {profile.questions.map((pq, i) => (
          <fieldset key={pq.id} className="rounded-md border border-slate-300 p-3" disabled={!canEdit}>
            <legend className="px-1 text-sm font-semibold text-slate-900">
              {i + 1}. {pq.text[locale]}
            </legend>
            {pq.help && <p className="text-sm text-slate-700">{pq.help[locale]}</p>}
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              {pq.options.map((o) => (
                <label key={o.id} className="flex min-h-8 items-center gap-2 text-sm text-slate-900">
                  <input type="radio" value={o.id} className="size-5 accent-blue-800" {...form.register(`answers.${pq.id}`)} />
                  {o.label[locale]}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <p className="text-sm font-medium text-slate-900" aria-live="polite">
          {outcome.unanswered.length > 0 ? t("incomplete", { count: outcome.unanswered.length }) : t("summary", { count: naCount })}
        </p>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        {canEdit && (
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t("saving") : t("save")}
          </Button>
        )}
      </form>
    </section>
  );
}
