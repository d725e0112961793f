import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/home/button-link";
import { StartAssessmentButton } from "@/components/home/start-assessment-button";
import { StatusBadge } from "@/components/review/status-badge";
import { OverdueItems } from "@/components/results/overdue-items";
import { Card, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/guard";
import { hasRole } from "@/lib/data/actor";
import type { AssessmentStatus } from "@/lib/data/assessments/types";
import { listMyDepartmentCycles, listReviewQueue, type DepartmentCycleItem } from "@/lib/data/assessments/view";
import { describeGrants } from "@/lib/data/grants";
import type { Role } from "@/lib/generated/prisma/enums";
import { toLocale } from "@/lib/i18n/config";
import { PageMessages } from "@/components/i18n/client-messages";

const FILL_ROLES: readonly Role[] = ["RESPONDENT", "DEPT_ADMIN"];
const STATUSES: readonly string[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] satisfies AssessmentStatus[];

// Where each role's next step lives; respondents and department admins go straight to their assessment once it exists.
function roleLink(role: Role, firstAssessmentId: string | null): string {
  switch (role) {
    case "RESPONDENT":
    case "DEPT_ADMIN":
      return firstAssessmentId ? `/assessments/${firstAssessmentId}` : "#my-assessments";
    case "REVIEWER":
      return "/reviews";
    case "OVERSIGHT":
      return "/org-units";
    case "SYS_ADMIN":
      return "/admin/users";
    case "AUDITOR":
      return "/audit";
  }
}

export async function generateMetadata() {
  const t = await getTranslations("home");
  return { title: t("title") };
}

export default async function HomePage() {
  const actor = await requireActor();
  const fills = hasRole(actor, FILL_ROLES);
  const reviews = hasRole(actor, ["REVIEWER"]);
  const [t, locale, grants, cycles, queue] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    describeGrants(actor),
    fills ? listMyDepartmentCycles(actor) : Promise.resolve([]),
    reviews ? listReviewQueue(actor) : Promise.resolve([]),
  ]);
  const roles = [...new Set(grants.map((g) => g.role))];
  const firstAssessmentId = cycles.find((c) => c.assessmentId)?.assessmentId ?? null;
  const pendingReviews = queue.filter((q) => q.status === "SUBMITTED").length;

  return (
    <PageMessages namespaces={["review"]}>
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("home.greeting", { name: actor.displayName })}</h1>

      {fills && (
        <section id="my-assessments" aria-labelledby="my-assessments-heading">
          <h2 id="my-assessments-heading" className="text-lg font-semibold">
            {t("review.home.myAssessments")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t("review.home.myAssessmentsHint")}</p>
          {cycles.length === 0 ? (
            <p className="mt-3 text-slate-700">{t("review.home.noCycles")}</p>
          ) : (
            <div className="mt-3 overflow-x-auto">
              <table className="min-w-full border-collapse bg-white text-sm">
                <thead>
                  <tr className="border-b border-slate-300 text-left">
                    <th scope="col" className="p-2">{t("review.home.cycle")}</th>
                    <th scope="col" className="p-2">{t("review.home.department")}</th>
                    <th scope="col" className="p-2">{t("review.home.status")}</th>
                    <th scope="col" className="p-2">{t("review.home.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {cycles.map((c) => (
                    <CycleRow key={`${c.cycleId}-${c.orgUnitId}`} item={c} locale={locale} t={t} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      {/* Results issue: overdue improvement-plan items of the user's departments. */}
      {fills && <OverdueItems actor={actor} locale={locale} />}

      {reviews && (
        <section aria-labelledby="reviews-heading">
          <Card>
            <CardTitle id="reviews-heading">{t("review.home.reviewsTitle")}</CardTitle>
            <p className="mt-2 text-slate-800">{t("review.home.reviewsPending", { count: pendingReviews })}</p>
            <div className="mt-3">
              <ButtonLink href="/reviews">{t("review.home.openReviews")}</ButtonLink>
            </div>
          </Card>
        </section>
      )}

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading" className="text-lg font-semibold">
          {t("home.yourRoles")}
        </h2>
        {grants.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("home.noRoles")}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {grants.map((g) => (
              <li key={`${g.role}-${g.orgUnitId}`} className="text-slate-800">
                <span className="font-medium">{t(`roles.${g.role}`)}</span>
                {" · "}
                {t("home.scope", { unit: locale === "en" ? g.nameEn : g.nameZh })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading" className="text-lg font-semibold">
          {t("home.nextSteps")}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {roles.map((role) => (
            <Card key={role}>
              <CardTitle>
                <Link href={roleLink(role, firstAssessmentId)} className="text-blue-800 underline underline-offset-4">
                  {t(`home.cards.${role}.title`)}
                </Link>
              </CardTitle>
              <p className="mt-2 text-sm text-slate-700">{t(`home.cards.${role}.body`)}</p>
            </Card>
          ))}
          <Card>
            <CardTitle>
              <Link href="/methodology" className="text-blue-800 underline underline-offset-4">
                {t("home.methodologyTitle")}
              </Link>
            </CardTitle>
            <p className="mt-2 text-sm text-slate-700">{t("home.methodologyBody")}</p>
          </Card>
        </div>
      </section>
    </div>
    </PageMessages>
  );
}

type T = Awaited<ReturnType<typeof getTranslations>>;

/** One cycle × department: its status and the one next step that fits it. */
function CycleRow({ item: c, locale, t }: { item: DepartmentCycleItem; locale: "zh-CN" | "en"; t: T }) {
  const department = c.orgUnitName[locale];
  const status = c.status && STATUSES.includes(c.status) ? (c.status as AssessmentStatus) : null;
  const id = c.assessmentId;
  const cycle = c.cycleName[locale];
  const labelled = (action: string) => t("review.home.actionOf", { action, department, cycle });
  return (
    <tr className="border-b border-slate-200">
      <td className="p-2">{c.cycleName[locale]}</td>
      <td className="p-2">{department}</td>
      <td className="p-2">{status ? <StatusBadge status={status} /> : t("review.home.notStarted")}</td>
      <td className="p-2">
        {!id || !status ? (
          <StartAssessmentButton cycleId={c.cycleId} orgUnitId={c.orgUnitId} department={department} cycle={cycle} />
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            {status === "DRAFT" || status === "RETURNED" ? (
              <ButtonLink href={`/assessments/${id}`} aria-label={labelled(t("review.home.continue"))}>
                {t("review.home.continue")}
              </ButtonLink>
            ) : (
              <ButtonLink href={`/assessments/${id}`} variant="secondary" aria-label={labelled(t("review.home.view"))}>
                {t("review.home.view")}
              </ButtonLink>
            )}
            {(status === "RETURNED" || status === "APPROVED") && (
              <Link href={`/assessments/${id}/review`} className="text-blue-800 underline underline-offset-4">
                {t(status === "RETURNED" ? "review.home.viewComments" : "review.home.viewResult")}
              </Link>
            )}
            {/* Results issue: the results page and improvement report. */}
            {status === "APPROVED" && (
              <Link href={`/assessments/${id}/results`} className="text-blue-800 underline underline-offset-4">
                {t("results.home.results")}
              </Link>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}
