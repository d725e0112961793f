"use client";
import { CircleSlash } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/framework/schema";
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
