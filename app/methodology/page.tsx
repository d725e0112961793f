import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AboutSection } from "@/components/methodology/about-section";
import { DimensionSection } from "@/components/methodology/dimension-section";
import { FormulaSection } from "@/components/methodology/formula-section";
import { FrameworkIntro } from "@/components/methodology/framework-intro";
import { LevelsSection } from "@/components/methodology/levels-section";
import { MethodologyHeader } from "@/components/methodology/methodology-header";
import { TableOfContents } from "@/components/methodology/table-of-contents";
import { defaultFramework } from "@/lib/framework";
import { toLocale } from "@/lib/i18n/config";

// Public (proxy.ts lets it through): the whole framework and the scoring method, in the reader's language.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("methodology");
  return { title: t("title"), description: t("intro") };
}

export default async function MethodologyPage() {
  const locale = toLocale(await getLocale());
  const framework = defaultFramework;
  return (
    <>
      <MethodologyHeader />
      <main id="main" className="mx-auto max-w-4xl space-y-10 px-4 py-8">
        <FrameworkIntro framework={framework} locale={locale} />
        <TableOfContents framework={framework} locale={locale} />
        <AboutSection framework={framework} />
        <LevelsSection locale={locale} />
        {framework.dimensions.map((dimension) => (
          <DimensionSection key={dimension.code} dimension={dimension} locale={locale} />
        ))}
        <FormulaSection />
      </main>
    </>
  );
}
