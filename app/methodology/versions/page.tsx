import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { linkClass } from "@/components/methodology/anchors";
import { MethodologyHeader } from "@/components/methodology/methodology-header";
import { VersionDiff } from "@/components/methodology/version-diff";
import { findMapping } from "@/lib/framework/versions/mapping-1.0-2.0";
import { toLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("framework2.versions");
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// Public like /methodology: what changed between two framework versions, from the mapping kept as data.
export default async function VersionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("framework2.versions");
  const params = await searchParams;
  const from = one(params.from) ?? "1.0";
  const to = one(params.to) ?? "2.0";
  const mapping = findMapping(from, to);
  return (
    <>
      <MethodologyHeader />
      <main id="main" className="mx-auto max-w-4xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-semibold text-slate-900 sm:text-3xl">{t("title")}</h1>
        {mapping ? <VersionDiff mapping={mapping} locale={locale} /> : <p className="text-slate-800">{t("notFound", { from: from.slice(0, 10), to: to.slice(0, 10) })}</p>}
        <p>
          <Link href="/methodology" className={linkClass}>
            {t("back")}
          </Link>
        </p>
      </main>
    </>
  );
}
