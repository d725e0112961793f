import { getTranslations } from "next-intl/server";
import type { Dimension, Locale } from "@/lib/framework";
import { anchorFor, linkClass } from "./anchors";
import { IndicatorSection } from "./indicator-section";

export async function DimensionSection({ dimension, locale }: { dimension: Dimension; locale: Locale }) {
  const t = await getTranslations("methodology");
  const id = anchorFor(dimension.code);
  const questions = dimension.indicators.reduce((n, i) => n + i.questions.length, 0);
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="space-y-4 border-t-2 border-slate-300 pt-6">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-slate-900">
        <span className="font-mono text-slate-700">{dimension.code}</span>{" "}
        {dimension.name[locale]}
      </h2>
      <p className="text-slate-800">{dimension.description[locale]}</p>
      <p className="text-sm text-slate-700">
        {t("dimension.weight", { weight: dimension.weight })}
        {" · "}
        {t("dimension.counts", { indicators: dimension.indicators.length, questions })}
      </p>
      {dimension.indicators.map((indicator) => (
        <IndicatorSection key={indicator.code} indicator={indicator} locale={locale} />
      ))}
      <p className="text-sm">
        <a href="#toc" className={linkClass}>
          {t("nav.backToToc")}
        </a>
      </p>
    </section>
  );
}
