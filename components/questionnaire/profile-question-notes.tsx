"use client";
import { CircleSlash } from "lucide-react";
import { useTranslations } from "next-intl";
import { INSTRUMENTS } from "@/lib/framework/instruments";
import type { Locale, Question } from "@/lib/framework/schema";
import { useProfileFor } from "./profile-context";

/** 2.0: the "not applicable by profile" mark with its reason. Shown above the answer fields. */
export function ProfileNaNotice({ code, locale }: { code: string; locale: Locale }) {
  const t = useTranslations("framework2.question");
  const { na } = useProfileFor(code);
  if (!na) return null;
  return (
    <div className="mt-3 flex items-start gap-2 rounded-md border-l-4 border-slate-700 bg-slate-100 px-3 py-2 text-sm text-slate-900" data-testid="profile-na">
      <CircleSlash className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div>
        <p className="font-semibold">{t("naByProfile")}</p>
        {na.map((r) => (
          <p key={r.rule}>{r.reason[locale]}</p>
        ))}
        <p className="text-slate-700">{t("naByProfileKept")}</p>
      </div>
    </div>
  );
}

/** 2.0: the help text the profile selects, or the question's own. */
export function useProfileHelp(question: Question, locale: Locale): string {
  const { helpVariant } = useProfileFor(question.code);
  const variant = helpVariant ? question.helpVariants?.[helpVariant] : undefined;
  return variant ? `${question.help[locale]} ${variant[locale]}` : question.help[locale];
}

/** 2.0: the scope note ("本题所称人工智能应用是指…"); the answering rule is the hint above the level cards. */
export function ProfileScopeAndRule({ question, locale }: { question: Question; locale: Locale }) {
  const t = useTranslations("framework2.question");
  if (!question.scope) return null;
  return (
    <dl className="mt-3 rounded-md bg-slate-50 p-3 text-sm">
      <dt className="font-semibold text-slate-900">{t("scope")}</dt>
      <dd className="text-slate-800">{question.scope[locale]}</dd>
    </dl>
  );
}

/** 2.0: the instrument clauses the question implements, secondary sources marked. */
export function ProfileBasis({ question, locale }: { question: Question; locale: Locale }) {
  const t = useTranslations("framework2.question");
  if (!question.basis?.length) return null;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-blue-800 underline underline-offset-4 hover:text-blue-950">
        {t("basis")}
        <span className="sr-only"> · {question.code}</span>
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
        {question.basis.map((b) => (
          <li key={`${b.instrument}-${b.clause}`}>
            {INSTRUMENTS[b.instrument].name[locale]} {b.clause}
            {b.secondary && <span className="text-slate-700"> {t("secondary")}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
