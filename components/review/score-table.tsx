import { useTranslations } from "next-intl";
import type { ScoreResult } from "@/lib/scoring";
import { difference, formatDelta, formatIndex } from "./format";

/**
 * Self-assessed against verified scores, overall and per dimension, and the
 * inflation (self − verified overall index). Used for the live estimate and
 * for the snapshot stored on approval, so both read the same.
 */
export function ScoreTable({
  self,
  verified,
  dimensionNames,
}: {
  self: ScoreResult;
  verified: ScoreResult;
  dimensionNames: Record<string, string>;
}) {
  const t = useTranslations("review.summary");
  const cell = (index: number | null, level: number | null) => {
    const shown = formatIndex(index);
    return shown === null || level === null ? t("none") : t("indexWithLevel", { index: shown, level });
  };
  const rows = [
    { key: "overall", name: t("overall"), s: self.overall, v: verified.overall },
    ...self.dimensions.map((d) => ({
      key: d.code,
      name: dimensionNames[d.code] ?? d.code,
      s: d,
      v: verified.dimensions.find((x) => x.code === d.code) ?? { index: null, level: null },
    })),
  ];
  const inflation = formatDelta(difference(self.overall.index, verified.overall.index));
  return (
    <div className="space-y-4">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pe-2">{t("item")}</th>
            <th scope="col" className="py-1 pe-2 text-right">{t("self")}</th>
            <th scope="col" className="py-1 pe-2 text-right">{t("verified")}</th>
            <th scope="col" className="py-1 text-right whitespace-nowrap">{t("difference")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.key === "overall" ? "border-b border-slate-300 font-semibold" : "border-b border-slate-200"}>
              <th scope="row" className={`py-1 pe-2 text-left ${r.key === "overall" ? "font-semibold" : "font-normal"}`}>
                {r.name}
              </th>
              <td className="py-1 pe-2 text-right tabular-nums whitespace-nowrap">{cell(r.s.index, r.s.level)}</td>
              <td className="py-1 pe-2 text-right tabular-nums whitespace-nowrap">{cell(r.v.index, r.v.level)}</td>
              <td className="py-1 text-right tabular-nums">{formatDelta(difference(r.s.index, r.v.index)) ?? t("none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2">
        <p className="flex items-baseline justify-between gap-3">
          <span className="font-medium text-slate-900">{t("inflation")}</span>
          <span className="text-xl font-semibold tabular-nums text-slate-900" data-testid="inflation">
            {inflation ?? t("none")}
          </span>
        </p>
        <p className="mt-1 text-xs text-slate-700">{t("inflationHint")}</p>
      </div>
    </div>
  );
}
