import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { RollupNode } from "@/lib/data/compare/aggregates";
import { OVERALL } from "@/lib/data/compare/score-rows";
import type { DimensionInfo } from "@/lib/data/compare/scope";
import { compareHref, fmt } from "./format";

type Raw = Record<string, string | string[] | undefined>;
type Row = { node: RollupNode; isTotal: boolean };

/**
 * One level of the tree with mean / median per dimension; a node with children drills down (it becomes the scope).
 * The shared DataTable: a table from 640 px, one card per unit below.
 */
export async function RollupTable({
  total,
  nodes,
  dimensions,
  scopeName,
  searchParams,
}: {
  total: RollupNode | null;
  nodes: RollupNode[];
  dimensions: DimensionInfo[];
  scopeName: string;
  searchParams: Raw;
}) {
  const [t, tAll, locale] = await Promise.all([getTranslations("compare"), getTranslations(), getLocale()]);
  const en = locale === "en";
  const cols = [...dimensions.map((d) => ({ code: d.code, name: en ? d.nameEn : d.nameZh })), { code: OVERALL, name: t("overall") }];
  const nameOf = (n: RollupNode) => (en ? n.nameEn : n.nameZh);
  const columns: ColumnDef<Row, unknown>[] = [
    {
      id: "node",
      header: t("rollup.node"),
      meta: { primary: true, rowHeader: true },
      cell: ({ row: { original: r } }) => (
        <>
          {r.isTotal ? `${t("rollup.total")}（${nameOf(r.node)}）` : nameOf(r.node)}
          <span className="ml-1 text-sm font-normal text-slate-600">{tAll(`orgKinds.${r.node.kind}`)}</span>
        </>
      ),
    },
    { id: "units", header: t("rollup.units"), meta: { numeric: true }, cell: ({ row: { original: r } }) => r.node.units },
    { id: "approved", header: t("rollup.approved"), meta: { numeric: true }, cell: ({ row: { original: r } }) => r.node.approved },
    ...cols.map(
      (c): ColumnDef<Row, unknown> => ({
        id: `dim-${c.code}`,
        header: () => (
          <>
            {c.name}
            <span className="block text-xs font-normal text-slate-600">
              {t("rollup.mean")} / {t("rollup.median")}
            </span>
          </>
        ),
        meta: { numeric: true },
        cell: ({ row: { original: r } }) => {
          const s = r.node.stats[c.code];
          return <span className="whitespace-nowrap">{`${fmt(s?.mean)} / ${fmt(s?.median)}`}</span>;
        },
      }),
    ),
    {
      id: "actions",
      header: t("league.actions"),
      meta: { actions: true },
      cell: ({ row: { original: r } }) =>
        !r.isTotal && r.node.hasChildren ? (
          <Link
            href={compareHref(searchParams, { scope: r.node.id, region: undefined, page: undefined, unit: undefined, units: undefined })}
            className="text-blue-800 underline"
            aria-label={`${t("rollup.drill")}：${nameOf(r.node)}`}
          >
            {t("rollup.drill")}
          </Link>
        ) : null,
    },
  ];
  const rows: Row[] = [...(total ? [{ node: total, isTotal: true }] : []), ...nodes.map((node) => ({ node, isTotal: false }))];
  return (
    <div className="overflow-x-auto">
      <DataTable
        columns={columns}
        data={rows}
        getRowId={(r) => `${r.isTotal ? "total" : "node"}-${r.node.id}`}
        caption={t("rollup.caption", { scope: scopeName })}
        rowClassName={(r) => (r.isTotal ? "bg-slate-50 font-semibold" : undefined)}
        emptyMessage={t("rollup.empty")}
        testId="rollup-table"
      />
    </div>
  );
}
