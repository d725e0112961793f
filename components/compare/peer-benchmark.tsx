import { getLocale, getTranslations } from "next-intl/server";
import type { PeerFigure, PeerGroup } from "@/lib/data/compare/peers";
import { OVERALL } from "@/lib/data/compare/score-rows";
import { fmt } from "./format";

/**
 * Anonymised peer figures for a department's results page (issue 9 §2): per
 * dimension P25 / median / P75 of comparable approved units and where the
 * department stands. Groups with fewer than 5 peers show only the notice.
 * Data: peerBenchmark() in lib/data/compare/peers.ts.
 */
export async function PeerBenchmark({ groups, dimensions }: { groups: PeerGroup[]; dimensions: { code: string; nameZh: string; nameEn: string }[] }) {
  const [t, locale] = await Promise.all([getTranslations("compare.peer"), getLocale()]);
  const tc = await getTranslations("compare");
  const nameOf = (code: string) => {
    if (code === OVERALL) return tc("overall");
    const d = dimensions.find((x) => x.code === code);
    return d ? (locale === "en" ? d.nameEn : d.nameZh) : "—";
  };
  const position = (f: PeerFigure) => {
    if (f.own === null || f.p25 === null || f.median === null || f.p75 === null) return t("unknown");
    if (f.own < f.p25) return t("below");
    if (f.own < f.median) return t("lower");
    if (f.own <= f.p75) return t("upper");
    return t("above");
  };
  return (
    <section aria-labelledby="peer-heading" className="space-y-3">
      <h2 id="peer-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {groups.map((g) => (
        <div key={g.group}>
          <h3 className="font-medium">{t(g.group)}</h3>
          {g.suppressed ? (
            <p className="mt-1 rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-800" data-testid={`peer-suppressed-${g.group}`}>
              {t("suppressed")}
            </p>
          ) : (
            <div className="mt-1 overflow-x-auto">
              <table className="w-full border-collapse bg-white text-sm">
                <caption className="sr-only">{t(g.group)}</caption>
                <thead>
                  <tr className="border-b border-slate-300 text-left">
                    <th scope="col" className="p-2">{t("dimension")}</th>
                    <th scope="col" className="p-2 text-right">{t("p25")}</th>
                    <th scope="col" className="p-2 text-right">{t("median")}</th>
                    <th scope="col" className="p-2 text-right">{t("p75")}</th>
                    <th scope="col" className="p-2 text-right">{t("own")}</th>
                    <th scope="col" className="p-2">{t("position")}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.figures.map((f) => (
                    <tr key={f.code} className="border-b border-slate-200">
                      <th scope="row" className="p-2 text-left font-normal">{nameOf(f.code)}</th>
                      <td className="p-2 text-right tabular-nums">{fmt(f.p25)}</td>
                      <td className="p-2 text-right tabular-nums">{fmt(f.median)}</td>
                      <td className="p-2 text-right tabular-nums">{fmt(f.p75)}</td>
                      <td className="p-2 text-right tabular-nums">{fmt(f.own)}</td>
                      <td className="p-2">{position(f)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
