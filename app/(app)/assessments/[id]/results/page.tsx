import "@/components/results/print.css";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DimensionRadar } from "@/components/results/dimension-radar";
import { DimensionTable } from "@/components/results/dimension-table";
import { FindingsSection } from "@/components/results/findings-section";
import { IndicatorBars } from "@/components/results/indicator-bars";
import { OverallSummary } from "@/components/results/overall-summary";
import { PlanSection } from "@/components/results/plan-section";
import { ProgressSection } from "@/components/results/progress-section";
import { ResultsHeader } from "@/components/results/results-header";
import { WhySection } from "@/components/results/why-section";
import { PeerBenchmark } from "@/components/compare/peer-benchmark";
import { peerBenchmark, type PeerGroup } from "@/lib/data/compare/peers";
import { requireActor } from "@/lib/auth/guard";
import { hasRole } from "@/lib/data/actor";
import type { ResultsView } from "@/lib/data/results/types";
import { getResultsView } from "@/lib/data/results/view";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/config";
import { isUuid } from "@/lib/validation/uuid";

export async function generateMetadata() {
  const t = await getTranslations("results.page");
  return { title: t("title") };
}

// Everything is rendered on the server, charts included (SVG): the only scripts are the plan's edit forms.
export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  let view: ResultsView;
  try {
    view = await getResultsView(actor, id);
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) notFound();
    throw err;
  }
  const locale = toLocale(await getLocale());
  // Anonymised peer figures (issue 9 §2): P25 / median / P75 of approved peers, shown only from 5 peers up.
  const peers: PeerGroup[] = await peerBenchmark(actor, id);
  const shownPeers = peers.find((g) => !g.suppressed);
  const peerMedian = shownPeers ? Object.fromEntries(shownPeers.figures.map((f) => [f.code, f.median])) : undefined;
  const dimensions = view.framework.dimensions.map((d) => ({ code: d.code, nameZh: d.name["zh-CN"], nameEn: d.name.en }));
  return (
    <div className="space-y-6" data-results-page>
      <ResultsHeader view={view} locale={locale} showReviewLink={hasRole(actor, ["REVIEWER", "OVERSIGHT"]) && view.assessment.status !== "DRAFT"} />
      <OverallSummary view={view} locale={locale} />
      <DimensionRadar view={view} locale={locale} peerMedian={peerMedian} />
      <DimensionTable view={view} locale={locale} />
      <IndicatorBars view={view} locale={locale} />
      <PeerBenchmark groups={peers} dimensions={dimensions} />
      <WhySection view={view} locale={locale} />
      <FindingsSection view={view} locale={locale} />
      <ProgressSection view={view} locale={locale} />
      <PlanSection view={view} locale={locale} />
    </div>
  );
}
