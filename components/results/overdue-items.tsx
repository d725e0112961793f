import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/data/actor";
import { listOverduePlanItems } from "@/lib/data/results/plan";
import type { Locale } from "@/lib/framework";

/** Home page: the department's overdue open plan items (nothing at all when there are none). */
export async function OverdueItems({ actor, locale }: { actor: Actor; locale: Locale }) {
  const items = await listOverduePlanItems(actor);
  if (items.length === 0) return null;
  const t = await getTranslations("results");
  return (
    <section aria-labelledby="overdue-heading" data-testid="overdue-items">
      <h2 id="overdue-heading" className="text-lg font-semibold">
        {t("home.overdueHeading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("home.overdueHint")}</p>
      <ul className="mt-3 space-y-2">
        {items.map((i) => (
          <li key={`${i.assessmentId}-${i.questionCode}`} className="rounded-md border-l-4 border-red-700 bg-white p-3 text-sm shadow-sm">
            <p className="text-slate-900">
              <span className="font-medium">{i.questionCode}</span> {i.action[locale]}
            </p>
            <p className="mt-1 flex flex-wrap gap-x-3 text-slate-800">
              <span>
                <span className="text-slate-700">{t("home.department")}</span> {i.orgUnitName[locale]}
              </span>
              <span>
                <span className="text-slate-700">{t("home.due")}</span> {i.dueOn}
              </span>
              <span>
                <span className="text-slate-700">{t("home.status")}</span> {t(`plan.statuses.${i.status}`)}
              </span>
              {i.ownerName && (
                <span>
                  <span className="text-slate-700">{t("home.owner")}</span> {i.ownerName}
                </span>
              )}
            </p>
            <Link
              href={`/assessments/${i.assessmentId}/results#plan-heading`}
              className="text-blue-800 underline underline-offset-4"
              aria-label={t("home.openLabel", { department: i.orgUnitName[locale] })}
            >
              {t("home.open")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
