import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AboutSection } from "@/components/methodology/about-section";
import { DimensionSection } from "@/components/methodology/dimension-section";
import { FormulaSection } from "@/components/methodology/formula-section";
import { CrosswalkSection, GlossarySection, ProfileRulesSection } from "@/components/methodology/framework2-sections";
import { FrameworkIntro } from "@/components/methodology/framework-intro";
import { LevelsSection } from "@/components/methodology/levels-section";
import { MethodologyHeader } from "@/components/methodology/methodology-header";
import { TableOfContents } from "@/components/methodology/table-of-contents";
import { VersionSwitch } from "@/components/methodology/version-switch";
import { bundledFramework, latestFramework } from "@/lib/framework";
import { GUIDELINE_PARTS, NIST_FUNCTIONS } from "@/lib/framework/instruments";
import { toLocale } from "@/lib/i18n/config";

// Public (proxy.ts lets it through): the whole framework and the scoring method, in the reader's language.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("methodology");
  return { title: t("title"), description: t("intro") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function MethodologyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = toLocale(await getLocale());
  const params = await searchParams;
  // The newest version by default; ?version=1.0 keeps every published version readable. Unknown values fall back.
  const framework = bundledFramework(one(params.version) ?? "") ?? latestFramework;
  const nist = NIST_FUNCTIONS.find((f) => f === one(params.nist));
  const guideline = GUIDELINE_PARTS.find((p) => p === one(params.guideline));
  return (
    <>
      <MethodologyHeader />
      <main id="main" className="mx-auto max-w-4xl space-y-10 px-4 py-8">
        <FrameworkIntro framework={framework} locale={locale} />
        <VersionSwitch version={framework.version} />
        <TableOfContents framework={framework} locale={locale} />
        <AboutSection framework={framework} />
        <LevelsSection locale={locale} />
        <GlossarySection framework={framework} locale={locale} />
        <ProfileRulesSection framework={framework} locale={locale} />
        <CrosswalkSection framework={framework} locale={locale} filter={{ nist, guideline }} />
        {framework.dimensions.map((dimension) => (
          <DimensionSection key={dimension.code} dimension={dimension} locale={locale} />
        ))}
        <FormulaSection />
      </main>
    </>
  );
}
