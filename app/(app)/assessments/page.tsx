import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/home/button-link";
import { StartAssessmentButton } from "@/components/home/start-assessment-button";
import { StatusBadge } from "@/components/review/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guard";
import { listMyAssessments, type MyAssessmentItem } from "@/lib/data/assessments/my-assessments";
import { toLocale } from "@/lib/i18n/config";
import { PageMessages } from "@/components/i18n/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("myAssessments");
  return { title: t("title") };
}

/** "我的评估": the department's assessments, the open cycle first, then earlier cycles. */
export default async function MyAssessmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireRole(["RESPONDENT", "DEPT_ADMIN"]);
  const [t, tHome, format, locale, items, params] = await Promise.all([
    getTranslations("myAssessments"),
    getTranslations("review.home"),
    getFormatter(),
    getLocale().then(toLocale),
    listMyAssessments(actor),
    searchParams,
  ]);
  const current = items.filter((i) => i.cycleOpen);
  const past = items.filter((i) => !i.cycleOpen);

  const col = createColumnHelper<MyAssessmentItem>();
  const columns = [
    col.accessor((r) => r.cycleName[locale], { id: "cycle", header: t("cycle"), meta: { primary: true } }),
    col.accessor((r) => r.orgUnitName[locale], { id: "department", header: t("department") }),
    col.accessor("status", {
      header: t("status"),
      cell: (c) => {
        const s = c.getValue();
        return s ? <StatusBadge status={s} /> : tHome("notStarted");
      },
    }),
    col.accessor("closesOn", {
      header: t("closesOn"),
      cell: (c) => {
        const v = c.getValue();
        return v ? format.dateTime(new Date(`${v}T00:00:00+08:00`), { dateStyle: "long" }) : "—";
      },
    }),
    col.accessor("updatedAt", {
      header: t("updatedAt"),
      cell: (c) => {
        const v = c.getValue();
        return v ? format.dateTime(new Date(v), { dateStyle: "medium", timeStyle: "short" }) : "—";
      },
    }),
    col.display({
      id: "actions",
      header: t("actions"),
      meta: { actions: true },
      cell: ({ row }) => <NextStep item={row.original} locale={locale} tHome={tHome} t={t} />,
    }),
  ];

  const section = (id: string, rows: MyAssessmentItem[], title: string, empty: string) => (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      <DataTable
        columns={columns}
        data={rows}
        getRowId={(r) => r.key}
        caption={title}
        captionHidden
        basePath="/assessments"
        searchParams={params}
        emptyMessage={empty}
        className="mt-3"
      />
    </section>
  );

  return (
    <PageMessages namespaces={["review"]}>
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("description")}</p>
      </div>
      {section("current", current, t("current"), t("noCurrent"))}
      {section("past", past, t("past"), t("noPast"))}
    </div>
    </PageMessages>
  );
}

type T = Awaited<ReturnType<typeof getTranslations>>;

/** The one next step that fits the row: start, continue, view, or read the result. */
function NextStep({ item, locale, tHome, t }: { item: MyAssessmentItem; locale: "zh-CN" | "en"; tHome: T; t: T }) {
  const department = item.orgUnitName[locale];
  const cycle = item.cycleName[locale];
  const labelled = (action: string) => tHome("actionOf", { action, department, cycle });
  if (!item.assessmentId || !item.status) {
    return item.cycleOpen ? (
      <StartAssessmentButton cycleId={item.cycleId} orgUnitId={item.orgUnitId} department={department} cycle={cycle} />
    ) : null;
  }
  const id = item.assessmentId;
  const editable = item.cycleOpen && (item.status === "DRAFT" || item.status === "RETURNED");
  return (
    <div className="flex flex-wrap items-center gap-3">
      {editable ? (
        <ButtonLink href={`/assessments/${id}`} aria-label={labelled(tHome("continue"))}>
          {tHome("continue")}
        </ButtonLink>
      ) : (
        <ButtonLink href={`/assessments/${id}`} variant="secondary" aria-label={labelled(tHome("view"))}>
          {tHome("view")}
        </ButtonLink>
      )}
      {item.status === "APPROVED" ? (
        <Link href={`/assessments/${id}/results`} className="text-blue-800 underline underline-offset-4" aria-label={labelled(t("results"))}>
          {t("results")}
        </Link>
      ) : null}
    </div>
  );
}
