import { getTranslations } from "next-intl/server";
import type { Indicator, Locale } from "@/lib/framework";
import { anchorFor } from "./anchors";
import { QuestionArticle } from "./question-article";

export async function IndicatorSection({ indicator, locale }: { indicator: Indicator; locale: Locale }) {
  const t = await getTranslations("methodology.indicator");
  const id = anchorFor(indicator.code);
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="space-y-3 pt-2">
      <h3 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        <span className="font-mono text-slate-700">{indicator.code}</span>{" "}
        {indicator.name[locale]}
      </h3>
      <p className="text-slate-800">{indicator.description[locale]}</p>
      <p className="text-sm text-slate-700">{t("weight", { weight: indicator.weight })}</p>
      <div className="space-y-3">
        {indicator.questions.map((question) => (
          <QuestionArticle key={question.code} question={question} locale={locale} />
        ))}
      </div>
    </section>
  );
}
