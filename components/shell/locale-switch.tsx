"use client";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/locale-actions";
import { LOCALES, type AppLocale } from "@/lib/i18n/config";
import { cn } from "@/lib/utils";

/** Two buttons rather than a select: one click, and each names its language in that language. */
export function LocaleSwitch() {
  const t = useTranslations("locale");
  const current = useLocale();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("switchTo")} className="inline-flex rounded-md border border-slate-400 bg-white">
      {LOCALES.map((l: AppLocale) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={current === l}
          disabled={pending}
          onClick={() => startTransition(async () => void (await setLocaleAction({ locale: l })))}
          className={cn(
            "px-3 py-1 text-sm first:rounded-l-md last:rounded-r-md",
            current === l ? "bg-blue-800 text-white" : "text-slate-800 hover:bg-slate-100",
          )}
        >
          {t(l)}
        </button>
      ))}
    </div>
  );
}
