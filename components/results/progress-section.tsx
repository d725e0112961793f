import { getTranslations } from "next-intl/server";
import type { ResultsView } from "@/lib/data/results/types";
import type { Locale } from "@/lib/framework";
import { FiguresTable } from "./data-table";
import { formatIndex, formatSigned } from "./format";

const change = (then: number | null, now: number | null) => (then === null || now === null ? "—" : formatSigned(now - then));

/** Then, now and change per dimension and overall, against the department's previous approved assessment. */
export async function ProgressSection({ view, locale }: { view: ResultsView; locale: Locale }) {
  const t = await getTranslations("results.progress");
  const tc = await getTranslations("results.charts");
  const p = view.progress;
  return (
    <section aria-labelledby="progress-heading" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="progress-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      {!p ? (
        <p className="mt-1 text-sm text-slate-800">{t("none")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-800">{t("intro", { cycle: p.cycleName[locale] })}</p>
          {!p.sameFrameworkVersion && (
            <p className="mt-2 rounded-md border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              {t("versionsDiffer", { previous: p.previousFrameworkLabel[locale] })}
            </p>
          )}
          <div className="mt-2">
            <FiguresTable
              caption={t("heading")}
              captionHidden
              testId="progress-table"
              columns={[tc("dimension"), t("then"), t("now"), t("change")]}
              rows={[
                ...p.dimensions.map((d) => ({ key: d.code, cells: [d.name[locale], formatIndex(d.then), formatIndex(d.now), change(d.then, d.now)] })),
                { key: "overall", cells: [t("overall"), formatIndex(p.overall.then), formatIndex(p.overall.now), change(p.overall.then, p.overall.now)] },
              ]}
            />
          </div>
        </>
      )}
    </section>
  );
}
