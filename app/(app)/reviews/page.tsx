import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/review/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guard";
import type { ReviewQueueItem } from "@/lib/data/assessments/types";
import { listReviewQueue } from "@/lib/data/assessments/view";
import { toLocale } from "@/lib/i18n/config";

export async function generateMetadata() {
  const t = await getTranslations("review.queue");
  return { title: t("title") };
}

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(["REVIEWER"]);
  const [t, format, locale, items, params] = await Promise.all([
    getTranslations("review.queue"),
    getFormatter(),
    getLocale().then(toLocale),
    listReviewQueue(actor),
    searchParams,
  ]);
  // Work first: what awaits a decision, oldest submission first (the queue's own order); the rest below.
  const pending = items.filter((i) => i.status === "SUBMITTED");
  const done = items.filter((i) => i.status !== "SUBMITTED");

  const col = createColumnHelper<ReviewQueueItem>();
  const columns = [
    col.accessor((r) => r.orgUnitName[locale], { id: "department", header: t("department"), meta: { primary: true } }),
    col.accessor((r) => r.cycleName[locale], { id: "cycle", header: t("cycle") }),
    col.accessor("status", { header: t("status"), cell: (c) => <StatusBadge status={c.getValue()} /> }),
    col.accessor("submittedAt", {
      header: t("submittedAt"),
      cell: (c) => {
        const v = c.getValue();
        return v ? format.dateTime(new Date(v), { dateStyle: "medium", timeStyle: "short" }) : "—";
      },
    }),
    col.display({
      id: "actions",
      header: t("actions"),
      meta: { actions: true },
      cell: ({ row }) => {
        const r = row.original;
        const department = r.orgUnitName[locale];
        const open = r.status === "SUBMITTED";
        return (
          <Link
            href={`/assessments/${r.assessmentId}/review`}
            aria-label={t(open ? "reviewOf" : "viewOf", { department })}
            className={
              open
                ? "inline-flex h-9 items-center rounded-md bg-blue-800 px-3 font-medium text-white hover:bg-blue-900"
                : "inline-flex h-9 items-center text-blue-800 underline underline-offset-4"
            }
          >
            {t(open ? "review" : "view")}
          </Link>
        );
      },
    }),
  ];
  const table = (rows: ReviewQueueItem[], caption: string, empty: string) => (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(r) => r.assessmentId}
      caption={caption}
      captionHidden
      basePath="/reviews"
      searchParams={params}
      emptyMessage={empty}
      className="mt-3"
    />
  );

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("description")}</p>
      </div>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="text-lg font-semibold">
          {t("pending", { count: pending.length })}
        </h2>
        {table(pending, t("pending", { count: pending.length }), t("empty"))}
      </section>
      <section aria-labelledby="done-heading">
        <h2 id="done-heading" className="text-lg font-semibold">
          {t("done")}
        </h2>
        {table(done, t("done"), t("emptyDone"))}
      </section>
    </div>
  );
}
