"use client";
import { useTranslations } from "next-intl";
import { useReviewState } from "./review-state";

/** Live count of adjusted levels, so a collapsed indicator still says whether the reviewer changed anything in it. */
export function IndicatorCounts({ codes }: { codes: string[] }) {
  const t = useTranslations("review.indicator");
  const { answers } = useReviewState();
  const adjusted = codes.filter((c) => {
    const a = answers[c];
    return a?.na !== true && a?.level != null && a.verifiedLevel != null && a.verifiedLevel !== a.level;
  }).length;
  return (
    <span className="text-sm font-normal text-slate-700">
      {t("count", { count: codes.length })}
      {adjusted > 0 && <> · {t("adjusted", { count: adjusted })}</>}
    </span>
  );
}
