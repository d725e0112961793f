import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SvgChart } from "@/components/charts/svg-chart";
import { DataTable } from "@/components/ui/data-table";
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
  type Row = RadarUnit & { name: string };
  const columns: ColumnDef<Row, unknown>[] = [
    { id: "unit", header: t("league.unit"), meta: { primary: true, rowHeader: true }, cell: ({ row: { original: u } }) => u.name },
    ...dimensions.map(
      (d, x): ColumnDef<Row, unknown> => ({
        id: `dim-${d.code}`,
        header: dimNames[x],
        meta: { numeric: true },
        cell: ({ row: { original: u } }) => fmt(u.values[d.code]),
      }),
    ),
  ];
  return (
    <div>
      <SvgChart option={option} width={640} height={420} label={t("radar.label")} />
      <div className="mt-2 overflow-x-auto">
        <DataTable
          columns={columns}
          data={units.map((u) => ({ ...u, name: en ? u.nameEn : u.nameZh }))}
          getRowId={(u) => u.id}
          caption={t("radar.heading")}
          captionHidden
          emptyMessage={t("radar.hint")}
          testId="radar-table"
        />
      </div>
      <Link href={`${compareHref(searchParams, { units: undefined })}#radar`} className="mt-2 inline-block text-sm text-blue-800 underline">
        {t("radar.clear")}
      </Link>
    </div>
  );
}
