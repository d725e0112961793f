import type { ColumnDef } from "@tanstack/react-table";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { requireRole } from "@/lib/auth/guard";
import { listSectors } from "@/lib/data/admin/org-units";
import { listVisibleOrgUnits, ORG_READ_ROLES } from "@/lib/data/org-units";
import { queryUnits, UNIT_SORT_KEYS } from "@/lib/table/org-units";
import { parseTableParams } from "@/lib/table/params";

export async function generateMetadata() {
  const t = await getTranslations("orgUnits");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const qSchema = z.string().max(100).optional().catch(undefined);
type UnitRow = Awaited<ReturnType<typeof listVisibleOrgUnits>>[number];

export default async function OrgUnitsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole(ORG_READ_ROLES);
  const sp = await searchParams;
  const q = qSchema.parse(first(sp.q) || undefined);
  const table = parseTableParams(sp, { sortKeys: UNIT_SORT_KEYS, defaultSort: { key: "tree", dir: "asc" }, pageSize: 50 });
  const [t, locale, units, sectors] = await Promise.all([getTranslations(), getLocale(), listVisibleOrgUnits(actor), listSectors()]);
  const en = locale === "en";
  // Sectors by their names in the reader's language, never the stored code.
  const sectorName = new Map(sectors.map((s) => [s.code, en ? s.nameEn : s.nameZh]));
  const { rows, total } = queryUnits(units, { q, sort: table.sort, offset: table.offset, pageSize: table.pageSize, locale: en ? "en" : "zh-CN" });
  const tree = table.sort.key === "tree";
  const columns: ColumnDef<UnitRow>[] = [
    {
      id: "name",
      header: t("orgUnits.name"),
      meta: { sortKey: "name", primary: true },
      cell: ({ row }) => (
        // In tree order the indent shows the hierarchy (from 640 px; a phone card has no room for it).
        <span className="block sm:ps-(--indent)" style={{ "--indent": tree ? `${row.original.depth * 1.25}rem` : "0" } as React.CSSProperties}>
          {en ? row.original.nameEn : row.original.nameZh}
        </span>
      ),
    },
    { id: "code", header: t("orgUnits.code"), meta: { sortKey: "code" }, cell: ({ row }) => <span className="font-mono break-all">{row.original.code}</span> },
    { id: "kind", header: t("orgUnits.kind"), meta: { sortKey: "kind" }, cell: ({ row }) => t(`orgKinds.${row.original.kind}`) },
    { id: "sector", header: t("orgUnits.sector"), cell: ({ row }) => (row.original.sectorTag ? (sectorName.get(row.original.sectorTag) ?? "—") : "—") },
    { id: "region", header: t("orgUnits.region"), cell: ({ row }) => row.original.regionCode ?? "—" },
  ];
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("orgUnits.title")}</h1>
      <p className="mt-1 text-slate-700">{t("orgUnits.description")}</p>
      {units.length === 0 ? (
        <p className="mt-4">{t("orgUnits.empty")}</p>
      ) : (
        <>
          <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-2 rounded-lg border border-slate-300 bg-white p-4">
            <div className="min-w-0 flex-1">
              <label htmlFor="f-q" className="block text-sm font-medium">{t("orgUnits.search")}</label>
              <Input id="f-q" name="q" type="search" defaultValue={q ?? ""} className="mt-1" />
            </div>
            <button type="submit" className="inline-flex h-10 items-center rounded-md bg-blue-800 px-3 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{t("orgUnits.filter")}</button>
            {q && (
              <a href="/org-units" className="inline-flex h-10 items-center rounded-md px-3 text-sm text-blue-800 underline underline-offset-4">{t("orgUnits.clear")}</a>
            )}
          </form>
          <div className="mt-4">
            <DataTable
              columns={columns}
              data={rows}
              getRowId={(u) => u.id}
              caption={t("orgUnits.list")}
              captionHidden
              basePath="/org-units"
              searchParams={sp}
              sort={tree ? undefined : table.sort}
              paging={{ page: table.page, pageSize: table.pageSize, total }}
              emptyMessage={t("orgUnits.noMatch")}
            />
          </div>
        </>
      )}
    </div>
  );
}
