import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SvgChart } from "@/components/charts/svg-chart";
import type { RadarUnit } from "@/lib/data/compare/aggregates";
import type { DimensionInfo } from "@/lib/data/compare/scope";
import { compareHref, fmt } from "./format";

type Raw = Record<string, string | string[] | undefined>;

export async function RadarChart({ units, dimensions, searchParams }: { units: RadarUnit[]; dimensions: DimensionInfo[]; searchParams: Raw }) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const en = locale === "en";
  if (units.length === 0) return <p className="text-slate-700">{t("radar.hint")}</p>;
  const dimNames = dimensions.map((d) => (en ? d.nameEn : d.nameZh));
  const option = {
    legend: { bottom: 0, type: "plain" },
    radar: { indicator: dimNames.map((name) => ({ name, max: 100 })), radius: "60%", axisName: { color: "#0f172a" } },
    series: [
      {
        type: "radar",
        data: units.map((u) => ({ name: en ? u.nameEn : u.nameZh, value: dimensions.map((d) => Math.round((u.values[d.code] ?? 0) * 10) / 10) })),
      },
    ],
  };
  return (
    <div>
      <SvgChart option={option} width={640} height={420} label={t("radar.label")} />
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm" data-testid="radar-table">
          <caption className="sr-only">{t("radar.heading")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">{t("league.unit")}</th>
              {dimNames.map((n) => (
                <th key={n} scope="col" className="p-2 text-right">{n}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-left font-normal">{en ? u.nameEn : u.nameZh}</th>
                {dimensions.map((d) => (
                  <td key={d.code} className="p-2 text-right tabular-nums">{fmt(u.values[d.code])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Link href={`${compareHref(searchParams, { units: undefined })}#radar`} className="mt-2 inline-block text-sm text-blue-800 underline">
        {t("radar.clear")}
      </Link>
    </div>
  );
}
