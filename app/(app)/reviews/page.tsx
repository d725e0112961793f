import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/review/status-badge";
import { requireRole } from "@/lib/auth/guard";
import type { ReviewQueueItem } from "@/lib/data/assessments/types";
import { listReviewQueue } from "@/lib/data/assessments/view";
import { toLocale } from "@/lib/i18n/config";

export async function generateMetadata() {
  const t = await getTranslations("review.queue");
  return { title: t("title") };
}

export default async function ReviewsPage() {
  const actor = await requireRole(["REVIEWER"]);
  const [t, format, locale, items] = await Promise.all([
    getTranslations("review.queue"),
    getFormatter(),
    getLocale().then(toLocale),
    listReviewQueue(actor),
  ]);
  // Work first: what awaits a decision, oldest submission first (the queue's own order); the rest below.
  const pending = items.filter((i) => i.status === "SUBMITTED");
  const done = items.filter((i) => i.status !== "SUBMITTED");

  const table = (rows: ReviewQueueItem[], labelledBy: string) => (
    <div className="mt-3 overflow-x-auto">
      <table aria-labelledby={labelledBy} className="min-w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">{t("department")}</th>
            <th scope="col" className="p-2">{t("cycle")}</th>
            <th scope="col" className="p-2">{t("status")}</th>
            <th scope="col" className="p-2">{t("submittedAt")}</th>
            <th scope="col" className="p-2">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const department = r.orgUnitName[locale];
            const open = r.status === "SUBMITTED";
            return (
              <tr key={r.assessmentId} className="border-b border-slate-200">
                <td className="p-2">{department}</td>
                <td className="p-2">{r.cycleName[locale]}</td>
                <td className="p-2">
                  <StatusBadge status={r.status} />
                </td>
                <td className="p-2 whitespace-nowrap">
                  {r.submittedAt ? format.dateTime(new Date(r.submittedAt), { dateStyle: "medium", timeStyle: "short" }) : "—"}
                </td>
                <td className="p-2">
                  <Link
                    href={`/assessments/${r.assessmentId}/review`}
                    aria-label={t(open ? "reviewOf" : "viewOf", { department })}
                    className={
                      open
                        ? "inline-flex h-8 items-center rounded-md bg-blue-800 px-3 font-medium text-white hover:bg-blue-900"
                        : "text-blue-800 underline underline-offset-4"
                    }
                  >
                    {t(open ? "review" : "view")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
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
        {pending.length === 0 ? <p className="mt-2 text-slate-700">{t("empty")}</p> : table(pending, "pending-heading")}
      </section>
      <section aria-labelledby="done-heading">
        <h2 id="done-heading" className="text-lg font-semibold">
          {t("done")}
        </h2>
        {done.length === 0 ? <p className="mt-2 text-slate-700">{t("emptyDone")}</p> : table(done, "done-heading")}
      </section>
    </div>
  );
}
