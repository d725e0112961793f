import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { RollupNode } from "@/lib/data/compare/aggregates";
import { OVERALL } from "@/lib/data/compare/score-rows";
import type { DimensionInfo } from "@/lib/data/compare/scope";
import { compareHref, fmt } from "./format";

type Raw = Record<string, string | string[] | undefined>;

/** One level of the tree with mean / median per dimension; a node with children drills down (it becomes the scope). */
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
  const cell = (n: RollupNode, code: string) => {
    const s = n.stats[code];
    return `${fmt(s?.mean)} / ${fmt(s?.median)}`;
  };
  const row = (n: RollupNode, isTotal: boolean) => (
    <tr key={n.id} className={`border-b border-slate-200 ${isTotal ? "bg-slate-50 font-semibold" : ""}`}>
      <th scope="row" className="p-2 text-left font-normal">
        {isTotal ? `${t("rollup.total")}（${en ? n.nameEn : n.nameZh}）` : en ? n.nameEn : n.nameZh}
        <span className="ml-1 text-slate-600">{tAll(`orgKinds.${n.kind}`)}</span>
      </th>
      <td className="p-2 text-right tabular-nums">{n.units}</td>
      <td className="p-2 text-right tabular-nums">{n.approved}</td>
      {cols.map((c) => (
        <td key={c.code} className="p-2 text-right tabular-nums whitespace-nowrap">{cell(n, c.code)}</td>
      ))}
      <td className="p-2">
        {!isTotal && n.hasChildren ? (
          <Link href={compareHref(searchParams, { scope: n.id, region: undefined, page: undefined, unit: undefined, units: undefined })} className="text-blue-800 underline" aria-label={`${t("rollup.drill")}：${en ? n.nameEn : n.nameZh}`}>
            {t("rollup.drill")}
          </Link>
        ) : null}
      </td>
    </tr>
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm" data-testid="rollup-table">
        <caption className="mb-2 text-left text-slate-700">{t("rollup.caption", { scope: scopeName })}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">{t("rollup.node")}</th>
            <th scope="col" className="p-2 text-right">{t("rollup.units")}</th>
            <th scope="col" className="p-2 text-right">{t("rollup.approved")}</th>
            {cols.map((c) => (
              <th key={c.code} scope="col" className="p-2 text-right">
                {c.name}
                <span className="block text-xs font-normal text-slate-600">
                  {t("rollup.mean")} / {t("rollup.median")}
                </span>
              </th>
            ))}
            <th scope="col" className="p-2">{t("league.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {total ? row(total, true) : null}
          {nodes.map((n) => row(n, false))}
        </tbody>
      </table>
    </div>
  );
}
