import { getTranslations } from "next-intl/server";
import { allQuestions, type Framework } from "@/lib/framework";
import { richTags } from "./rich";

export async function AboutSection({ framework }: { framework: Framework }) {
  const t = await getTranslations("methodology.about");
  const indicators = framework.dimensions.reduce((n, d) => n + d.indicators.length, 0);
  return (
    <section id="about" aria-labelledby="about-heading" className="space-y-3">
      <h2 id="about-heading" className="text-xl font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="text-slate-800">{t.rich("source", richTags)}</p>
      <p className="text-slate-800">{t("scope")}</p>
      <p className="text-slate-800">{t.rich("sectionNote", richTags)}</p>
      <p className="text-slate-800">
        {t("structure", {
          dimensions: framework.dimensions.length,
          indicators,
          questions: allQuestions(framework).length,
        })}
      </p>
    </section>
  );
}
