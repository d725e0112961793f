import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { DecisionPanel } from "@/components/review/decision-panel";
import { IndicatorReview } from "@/components/review/indicator-review";
import { LiveSummary } from "@/components/review/live-summary";
import { ReviewStateProvider } from "@/components/review/review-state";
import { toAnswers, toScoringFramework } from "@/components/review/scoring-input";
import { StatusBadge } from "@/components/review/status-badge";
import { StoredSummary } from "@/components/review/stored-summary";
import { ResultsLink } from "@/components/results/results-link";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/guard";
import { hasRole, type Actor } from "@/lib/data/actor";
import { getQuestionnaireView } from "@/lib/data/assessments/view";
import { evaluateProfile } from "@/lib/framework/profile";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/config";
import type { ScoreLevel } from "@/lib/scoring";

export async function generateMetadata() {
  const t = await getTranslations("review.page");
  return { title: t("title") };
}

/** Not in scope, not allowed, or not an id at all: the same 404, so ids reveal nothing. */
async function loadView(actor: Actor, id: string) {
  if (!z.string().uuid().safeParse(id).success) notFound();
  try {
    return await getQuestionnaireView(actor, id);
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ForbiddenError) notFound();
    throw err;
  }
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const view = await loadView(actor, id);
  const [t, format, locale] = await Promise.all([getTranslations("review"), getFormatter(), getLocale().then(toLocale)]);
  const { assessment: a, framework, responses, permissions, snapshot } = view;
  // The server decides who may review (status SUBMITTED, in scope, not their own department); the page only follows.
  const canReview = permissions.review;
  const showVerification = a.status === "RETURNED" || a.status === "APPROVED";
  const isReviewer = hasRole(actor, ["REVIEWER"]);
  const dimensionNames = Object.fromEntries(framework.dimensions.map((d) => [d.code, d.name[locale]]));
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const readOnlyKey = a.status === "SUBMITTED" && isReviewer ? "noPermission" : a.status;
  const changedCount = Object.values(responses).filter((r) => r.review?.needsDecision).length;

  return (
    <ReviewStateProvider key={a.version} initialAnswers={toAnswers(responses)}>
      <div className="space-y-6">
        <div>
          {isReviewer && (
            <Link href="/reviews" className="text-sm text-blue-800 underline underline-offset-4">
              {t("page.backToQueue")}
            </Link>
          )}
          <h1 className="mt-2 text-2xl font-semibold">{t("page.title")}</h1>
          {/* Results issue: the results page and improvement report. */}
          <ResultsLink assessmentId={a.id} approved={a.status === "APPROVED"} />
          <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-700">{t("page.department")}</dt>
            <dd className="font-medium text-slate-900">{a.orgUnitName[locale]}</dd>
            <dt className="text-slate-700">{t("page.cycle")}</dt>
            <dd className="text-slate-900">{a.cycleName[locale]}</dd>
            <dt className="text-slate-700">{t("page.status")}</dt>
            <dd>
              <StatusBadge status={a.status} />
            </dd>
            {a.submittedAt && (
              <>
                <dt className="text-slate-700">{t("page.submittedAt")}</dt>
                <dd className="text-slate-900">{when(a.submittedAt)}</dd>
              </>
            )}
            {a.approvedAt && (
              <>
                <dt className="text-slate-700">{t("page.approvedAt")}</dt>
                <dd className="text-slate-900">{when(a.approvedAt)}</dd>
              </>
            )}
          </dl>
        </div>

        {canReview ? (
          <>
            <p className="max-w-3xl text-slate-800">{t("page.instructions")}</p>
            {changedCount > 0 && <Alert tone="info">{t("page.changedCount", { count: changedCount })}</Alert>}
          </>
        ) : (
          <Alert tone={a.status === "APPROVED" ? "success" : "info"}>{t(`page.readOnly.${readOnlyKey}`)}</Alert>
        )}

        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_25rem]">
          <div className="min-w-0 space-y-8">
            {framework.dimensions.map((d) => (
              <section key={d.code} aria-labelledby={`dim-${d.code}`} className="space-y-3">
                <h2 id={`dim-${d.code}`} className="text-xl font-semibold text-slate-900">
                  <span className="me-2 font-mono text-slate-700">{d.code}</span>
                  {d.name[locale]}
                </h2>
                {d.indicators.map((ind) => (
                  <IndicatorReview
                    key={ind.code}
                    indicator={ind}
                    responses={responses}
                    locale={locale}
                    assessmentId={a.id}
                    canReview={canReview}
                    showVerification={showVerification}
                    reviewRound={a.reviewRound}
                  />
                ))}
              </section>
            ))}
          </div>

          <aside className="space-y-6 lg:sticky lg:top-4 lg:self-start">
            <section aria-labelledby="summary-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
              <h2 id="summary-heading" className="mb-3 text-lg font-semibold text-slate-900">
                {t("summary.title")}
              </h2>
              {a.status === "APPROVED" && snapshot ? (
                <StoredSummary snapshot={snapshot} dimensionNames={dimensionNames} />
              ) : (
                <LiveSummary
                  framework={toScoringFramework(framework)}
                  targets={a.targets as Record<string, ScoreLevel>}
                  dimensionNames={dimensionNames}
                  notApplicable={Object.keys(evaluateProfile(framework.profile, view.profile.answers).notApplicable)}
                  awaitingDecision={Object.entries(responses)
                    .filter(([, r]) => r.review?.needsDecision)
                    .map(([code]) => code)}
                />
              )}
            </section>
            {canReview && (
              <section aria-labelledby="decision-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
                <h2 id="decision-heading" className="mb-3 text-lg font-semibold text-slate-900">
                  {t("decision.title")}
                </h2>
                <DecisionPanel assessmentId={a.id} version={a.version} />
              </section>
            )}
          </aside>
        </div>
      </div>
    </ReviewStateProvider>
  );
}
