import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { LeagueRow } from "@/lib/data/compare/league";
import type { DimensionInfo } from "@/lib/data/compare/scope";
import { compareHref, fmt, fmtSigned, pct, sectorLabel } from "./format";

type Raw = Record<string, string | string[] | undefined>;

/** Where "open a unit" goes: its results when approved, else the assessment itself. */
export function unitHref(r: Pick<LeagueRow, "assessmentId" | "status">): string | null {
  if (!r.assessmentId) return null;
  return r.status === "APPROVED" ? `/assessments/${r.assessmentId}/results` : `/assessments/${r.assessmentId}`;
}

export async function LeagueTable({
  rows,
  total,
  dimensions,
  searchParams,
  sort,
  paging,
  caption,
  radarUnits,
}: {
  rows: LeagueRow[];
  total: number;
  dimensions: DimensionInfo[];
  searchParams: Raw;
  sort: { key: string; dir: "asc" | "desc" };
  paging: { page: number; pageSize: number };
  caption: string;
  radarUnits: string[];
}) {
  const [t, tAll, locale] = await Promise.all([getTranslations("compare"), getTranslations(), getLocale()]);
  const en = locale === "en";
  const radarFull = radarUnits.length >= 5;
  const columns: ColumnDef<LeagueRow, unknown>[] = [
    {
      id: "unit",
      header: t("league.unit"),
      meta: { sortKey: "name", primary: true },
      cell: ({ row: { original: r } }) => {
        const href = unitHref(r);
        const name = en ? r.nameEn : r.nameZh;
        return href ? (
          <Link href={href} className="text-blue-800 underline-offset-2 hover:underline">
            {name}
          </Link>
        ) : (
          name
        );
      },
    },
    { id: "parent", header: t("league.parent"), meta: { sortKey: "parent" }, cell: ({ row: { original: r } }) => (en ? r.parentEn : r.parentZh) ?? "—" },
    { id: "kind", header: t("league.kind"), meta: { hideOnPhone: true }, cell: ({ row: { original: r } }) => <span className="whitespace-nowrap">{tAll(`orgKinds.${r.kind}`)}</span> },
    { id: "sector", header: t("league.sector"), cell: ({ row: { original: r } }) => sectorLabel(t, t.has, r.sectorTag) },
    {
      id: "status",
      header: t("league.status"),
      meta: { sortKey: "status" },
      cell: ({ row: { original: r } }) => (
        <span className="whitespace-nowrap">
          {t(`status.${r.status}`)}
          {r.overdue ? <span className="font-semibold text-red-800">{t("league.overdueMark")}</span> : null}
        </span>
      ),
    },
    { id: "overall", header: t("league.overall"), meta: { sortKey: "overall", numeric: true }, cell: ({ row: { original: r } }) => fmt(r.overall) },
    {
      id: "level",
      header: t("league.level"),
      cell: ({ row: { original: r } }) => (r.overallLevel ? tAll(`levels.${r.overallLevel}`) : "—"),
    },
    ...dimensions.map(
      (d, i): ColumnDef<LeagueRow, unknown> => ({
        id: `dim-${d.code}`,
        header: en ? d.nameEn : d.nameZh,
        meta: { sortKey: `dim:${d.code}`, numeric: true },
        cell: ({ row: { original: r } }) => fmt(r.dims[i]),
      }),
    ),
    { id: "completion", header: t("league.completion"), meta: { sortKey: "completion", numeric: true }, cell: ({ row: { original: r } }) => pct(r.completion) },
    { id: "inflation", header: t("league.inflation"), meta: { sortKey: "inflation", numeric: true }, cell: ({ row: { original: r } }) => fmtSigned(r.inflation) },
    { id: "change", header: t("league.change"), meta: { sortKey: "change", numeric: true }, cell: ({ row: { original: r } }) => fmtSigned(r.change) },
    {
      id: "actions",
      header: t("league.actions"),
      meta: { actions: true },
      cell: ({ row: { original: r } }) => {
        const chosen = radarUnits.includes(r.id);
        const next = chosen ? radarUnits.filter((u) => u !== r.id) : [...radarUnits, r.id];
        const name = en ? r.nameEn : r.nameZh;
        return (
          <div className="flex flex-wrap gap-x-3 gap-y-1">
            {chosen || !radarFull ? (
              <Link href={`${compareHref(searchParams, { units: next.join(",") || undefined })}#radar`} className="text-blue-800 underline" aria-label={`${t(chosen ? "league.removeRadar" : "league.addRadar")}：${name}`}>
                {t(chosen ? "league.removeRadar" : "league.addRadar")}
              </Link>
            ) : null}
            <Link href={`${compareHref(searchParams, { unit: r.id })}#trend`} className="text-blue-800 underline" aria-label={`${t("league.trend")}：${name}`}>
              {t("league.trend")}
            </Link>
          </div>
        );
      },
    },
  ];
  return (
    <div className="overflow-x-auto">
      <DataTable
        columns={columns}
        data={rows}
        getRowId={(r) => r.id}
        caption={caption}
        basePath="/compare"
        searchParams={searchParams}
        sort={sort}
        paging={{ ...paging, total }}
        emptyMessage={t("league.empty")}
      />
    </div>
  );
}
