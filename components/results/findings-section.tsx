import { getTranslations } from "next-intl/server";
import type { ResultsView } from "@/lib/data/results/types";
import type { Locale } from "@/lib/framework";
import { inflationByDimension } from "@/lib/report/why";
import { FiguresTable } from "./data-table";
import { formatIndex, formatSigned } from "./format";

/** Unsupported claims, self-assessment inflation per dimension, and N/A questions with their reasons. */
export async function FindingsSection({ view, locale }: { view: ResultsView; locale: Locale }) {
  const t = await getTranslations("results");
  const text = new Map(view.questions.map((q) => [q.code, q.text[locale]]));
  const name = (code: string) => view.framework.dimensions.find((d) => d.code === code)?.name[locale] ?? code;
  const na = view.questions.filter((q) => q.na);
  // Unsupported claims are about what the department claimed: the self result lists them on either basis.
  const unsupported = view.self.unsupported;
  return (
    <section aria-labelledby="findings-heading" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="findings-heading" className="text-lg font-semibold text-slate-900">
        {t("findings.heading")}
      </h2>
      <div>
        <h3 className="font-semibold text-slate-900">{t("findings.unsupported")}</h3>
        {unsupported.length === 0 ? (
          <p className="mt-1 text-sm text-slate-800">{t("findings.noneUnsupported")}</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-700">{t("findings.unsupportedHint")}</p>
            <ul className="mt-2 list-disc space-y-1 ps-5 text-sm text-slate-900">
              {unsupported.map((c) => (
                <li key={c}>
                  <span className="font-medium">{c}</span> {text.get(c)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div>
        <h3 className="font-semibold text-slate-900">{t("findings.inflation")}</h3>
        {view.verified ? (
          <>
            <p className="mt-1 text-sm text-slate-700">{t("findings.inflationHint")}</p>
            <FiguresTable
              caption={t("findings.inflation")}
              captionHidden
              testId="inflation-table"
              columns={[t("charts.dimension"), t("charts.self"), t("charts.verified"), t("progress.change")]}
              rows={inflationByDimension(view.self, view.verified).map((d) => ({
                key: d.code,
                cells: [name(d.code), formatIndex(d.self), formatIndex(d.verified), formatSigned(d.inflation)],
              }))}
            />
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-800">{t("findings.inflationPending")}</p>
        )}
      </div>
      <div>
        <h3 className="font-semibold text-slate-900">{t("findings.na")}</h3>
        {na.length === 0 ? (
          <p className="mt-1 text-sm text-slate-800">{t("findings.noneNa")}</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {na.map((q) => (
              <li key={q.code} className="border-t border-slate-200 pt-2">
                <p className="text-slate-900">
                  <span className="font-medium">{q.code}</span> {q.text[locale]}
                </p>
                <p className="text-slate-800">
                  <span className="font-medium">{t("findings.naReason")}</span> {q.naReason}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
