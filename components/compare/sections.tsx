import { getLocale, getTranslations } from "next-intl/server";
import { distribution, radarUnits, rollup, sectors, trend, unitInScope } from "@/lib/data/compare/aggregates";
import type { CompareView } from "@/lib/data/compare/dashboard";
import { leaguePage, statusTiles } from "@/lib/data/compare/league";
import { DistributionChart } from "./distribution-chart";
import { compareHref } from "./format";
import { HeatMap } from "./heat-map";
import { LeagueTable } from "./league-table";
import { RadarChart } from "./radar-chart";
import { RollupTable } from "./rollup-table";
import { SectorTable } from "./sector-table";
import { StatusTiles } from "./status-tiles";
import { TrendChart } from "./trend-chart";
import Link from "next/link";

type Raw = Record<string, string | string[] | undefined>;
export type ReadyView = Extract<CompareView, { ctx: object }>;

/** Each dashboard widget is its own async server component, streamed inside its own Suspense boundary. */
export async function TilesSection({ view }: { view: ReadyView }) {
  return <StatusTiles tiles={await statusTiles(view.ctx)} />;
}

export async function LeagueSection({ view, searchParams }: { view: ReadyView; searchParams: Raw }) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const { rows, total } = await leaguePage(view.ctx, view.filters, view.table.sort, { limit: view.table.pageSize, offset: view.table.offset });
  const exportHref = (format: "csv" | "xlsx", all: boolean) =>
    compareHref(
      { ...searchParams, sort: view.table.sort.key, dir: view.table.sort.dir, page: String(view.table.page), size: String(view.table.pageSize) },
      { format, rows: all ? "all" : undefined, scope: view.scope.id, cycle: view.cycle.id },
      "/api/v1/compare/export",
    );
  const basis = t(view.query.basis === "self" ? "filters.basisSelf" : "filters.basisVerified");
  return (
    <>
      <section id="league" aria-labelledby="league-heading" className="space-y-3">
        <h2 id="league-heading" className="text-lg font-semibold">{t("league.heading")}</h2>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href={exportHref("csv", false)} className="text-blue-800 underline" data-testid="export-csv">{t("league.exportCsvPage")}</a>
          <a href={exportHref("xlsx", false)} className="text-blue-800 underline">{t("league.exportXlsxPage")}</a>
          <a href={exportHref("csv", true)} className="text-blue-800 underline">{t("league.exportCsvAll")}</a>
          <a href={exportHref("xlsx", true)} className="text-blue-800 underline">{t("league.exportXlsxAll")}</a>
        </p>
        <LeagueTable
          rows={rows}
          total={total}
          dimensions={view.dimensions}
          searchParams={searchParams}
          sort={view.table.sort}
          paging={{ page: view.table.page, pageSize: view.table.pageSize }}
          caption={t("league.caption", { cycle: locale === "en" ? view.cycle.nameEn : view.cycle.nameZh, basis })}
          radarUnits={view.query.units}
        />
      </section>
      <section aria-labelledby="heat-heading" className="space-y-3">
        <h2 id="heat-heading" className="text-lg font-semibold">{t("heatmap.heading")}</h2>
        <HeatMap rows={rows} dimensions={view.dimensions} />
      </section>
    </>
  );
}

export async function DistributionSection({ view }: { view: ReadyView }) {
  const t = await getTranslations("compare");
  return (
    <section aria-labelledby="dist-heading" className="space-y-3">
      <h2 id="dist-heading" className="text-lg font-semibold">{t("distribution.heading")}</h2>
      <DistributionChart rows={await distribution(view.ctx, view.filters)} dimensions={view.dimensions} />
    </section>
  );
}

export async function RadarSection({ view, searchParams }: { view: ReadyView; searchParams: Raw }) {
  const t = await getTranslations("compare");
  return (
    <section id="radar" aria-labelledby="radar-heading" className="space-y-3">
      <h2 id="radar-heading" className="text-lg font-semibold">{t("radar.heading")}</h2>
      <RadarChart units={await radarUnits(view.ctx, view.query.units)} dimensions={view.dimensions} searchParams={searchParams} />
    </section>
  );
}

export async function RollupSection({ view, searchParams }: { view: ReadyView; searchParams: Raw }) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const r = await rollup(view.ctx, view.scope.id);
  return (
    <section aria-labelledby="rollup-heading" className="space-y-3">
      <h2 id="rollup-heading" className="text-lg font-semibold">{t("rollup.heading")}</h2>
      <RollupTable total={r.total} nodes={r.children} dimensions={view.dimensions} scopeName={locale === "en" ? view.scope.nameEn : view.scope.nameZh} searchParams={searchParams} />
    </section>
  );
}

export async function TrendSection({ view, searchParams }: { view: ReadyView; searchParams: Raw }) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  // A unit's trend only for a unit inside the scope; anything else falls back to the scope's.
  const unit = view.query.unit ? await unitInScope(view.scope.path, view.query.unit) : null;
  const points = await trend(view.ctx, unit?.id);
  const name = unit ? (locale === "en" ? unit.nameEn : unit.nameZh) : locale === "en" ? view.scope.nameEn : view.scope.nameZh;
  return (
    <section id="trend" aria-labelledby="trend-heading" className="space-y-3">
      <h2 id="trend-heading" className="text-lg font-semibold">{t("trend.heading")}</h2>
      <h3 className="font-medium">{t(unit ? "trend.unitHeading" : "trend.scopeHeading", { name })}</h3>
      {unit ? (
        <Link href={`${compareHref(searchParams, { unit: undefined })}#trend`} className="text-sm text-blue-800 underline">
          {t("trend.backToScope")}
        </Link>
      ) : null}
      <TrendChart points={points} dimensions={view.dimensions} />
    </section>
  );
}

export async function SectorSection({ view, searchParams }: { view: ReadyView; searchParams: Raw }) {
  const t = await getTranslations("compare");
  return (
    <section aria-labelledby="sector-heading" className="space-y-3">
      <h2 id="sector-heading" className="text-lg font-semibold">{t("sector.heading")}</h2>
      <SectorTable rows={await sectors(view.ctx, view.filters)} dimensions={view.dimensions} searchParams={searchParams} />
    </section>
  );
}
