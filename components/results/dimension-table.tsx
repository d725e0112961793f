import { getTranslations } from "next-intl/server";
import type { ResultsView } from "@/lib/data/results/types";
import type { Locale } from "@/lib/framework";
import { FiguresTable } from "./data-table";
import { formatIndex, formatPercent } from "./format";

/** Per dimension: level, index, target, gap and percent to target, on the page's leading basis. */
export async function DimensionTable({ view, locale }: { view: ResultsView; locale: Locale }) {
  const t = await getTranslations();
  const name = (code: string) => view.framework.dimensions.find((d) => d.code === code)?.name[locale] ?? code;
  return (
    <section aria-labelledby="dimensions-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="dimensions-heading" className="mb-2 text-lg font-semibold text-slate-900">
        {t("results.dimensions.heading")}
      </h2>
      {/* Six columns do not fit a phone: one card per dimension there, the table from 640 px up. */}
      <ul className="space-y-2 sm:hidden">
        {view.main.dimensions.map((d) => (
          <li key={d.code} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-medium text-slate-900">{name(d.code)}</p>
            <dl className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1">
              <dt className="text-slate-700">{t("results.dimensions.level")}</dt>
              <dd className="text-slate-900">{d.level === null ? "—" : `L${d.level} ${t(`levels.${d.level}`)}`}</dd>
              <dt className="text-slate-700">{t("results.dimensions.index")}</dt>
              <dd className="tabular-nums text-slate-900">{formatIndex(d.index)}</dd>
              <dt className="text-slate-700">{t("results.dimensions.target")}</dt>
              <dd className="text-slate-900">L{d.target}</dd>
              <dt className="text-slate-700">{t("results.dimensions.gap")}</dt>
              <dd className="tabular-nums text-slate-900">{d.gap}</dd>
              <dt className="text-slate-700">{t("results.dimensions.percent")}</dt>
              <dd className="tabular-nums text-slate-900">{formatPercent(d.percentToTarget)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
      <FiguresTable
        // Its own name: the scrollable region must not share the section's accessible name (axe landmark-unique).
        caption={t("results.dimensions.tableCaption")}
        captionHidden
        testId="dimension-table"
        columns={[
          t("results.charts.dimension"),
          t("results.dimensions.level"),
          t("results.dimensions.index"),
          t("results.dimensions.target"),
          t("results.dimensions.gap"),
          t("results.dimensions.percent"),
        ]}
        rows={view.main.dimensions.map((d) => ({
          key: d.code,
          cells: [
            name(d.code),
            d.level === null ? "—" : `L${d.level} ${t(`levels.${d.level}`)}`,
            formatIndex(d.index),
            `L${d.target}`,
            d.gap,
            formatPercent(d.percentToTarget),
          ],
        }))}
      />
      </div>
    </section>
  );
}
