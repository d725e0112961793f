import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CompareFilters } from "@/components/compare/compare-filters";
import {
  DistributionSection,
  LeagueSection,
  RadarSection,
  RollupSection,
  SectorSection,
  TilesSection,
  TrendSection,
  type ReadyView,
} from "@/components/compare/sections";
import { requireRole } from "@/lib/auth/guard";
import { regionOptions, sectorOptions } from "@/lib/data/compare/aggregates";
import { compareView } from "@/lib/data/compare/dashboard";
import { COMPARE_ROLES, scopeOptions } from "@/lib/data/compare/scope";
import { NotFoundError } from "@/lib/errors";

export async function generateMetadata() {
  const t = await getTranslations("compare");
  return { title: t("title") };
}

const Skeleton = () => <div className="h-32 animate-pulse rounded-lg bg-slate-200" aria-hidden="true" />;

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(COMPARE_ROLES);
  const sp = await searchParams;
  const t = await getTranslations("compare");
  const view = await compareView(actor, sp).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  if (!view.ctx) {
    return (
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-4">{t("noCycle")}</p>
      </div>
    );
  }
  const ready = view as ReadyView;
  const [scopes, regions, sectors] = await Promise.all([scopeOptions(actor), regionOptions(view.scope.id), sectorOptions(view.scope.path)]);
  const key = JSON.stringify(sp);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("description")}</p>
      </div>
      <CompareFilters view={ready} scopes={scopes} regions={regions} sectors={sectors} />
      <Suspense key={`tiles${key}`} fallback={<Skeleton />}>
        <TilesSection view={ready} />
      </Suspense>
      <Suspense key={`league${key}`} fallback={<Skeleton />}>
        <LeagueSection view={ready} searchParams={sp} />
      </Suspense>
      <Suspense key={`radar${key}`} fallback={<Skeleton />}>
        <RadarSection view={ready} searchParams={sp} />
      </Suspense>
      <Suspense key={`dist${key}`} fallback={<Skeleton />}>
        <DistributionSection view={ready} />
      </Suspense>
      <Suspense key={`rollup${key}`} fallback={<Skeleton />}>
        <RollupSection view={ready} searchParams={sp} />
      </Suspense>
      <Suspense key={`trend${key}`} fallback={<Skeleton />}>
        <TrendSection view={ready} searchParams={sp} />
      </Suspense>
      <Suspense key={`sector${key}`} fallback={<Skeleton />}>
        <SectorSection view={ready} searchParams={sp} />
      </Suspense>
    </div>
  );
}
