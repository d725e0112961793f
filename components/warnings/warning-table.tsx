import type { ColumnDef } from "@tanstack/react-table";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { WarningRow } from "@/lib/data/warnings/warnings";
import { WarningStateForm } from "./warning-state-form";

type Raw = Record<string, string | string[] | undefined>;

const SEVERITY_STYLE: Record<string, string> = {
  CRITICAL: "bg-red-100 text-red-900 border-red-300",
  WARNING: "bg-amber-100 text-amber-900 border-amber-300",
  INFO: "bg-sky-100 text-sky-900 border-sky-300",
};

export async function WarningTable({
  rows,
  total,
  page,
  pageSize,
  searchParams,
  dimensionNames,
  canChange,
}: {
  rows: WarningRow[];
  total: number;
  page: number;
  pageSize: number;
  searchParams: Raw;
  dimensionNames: Map<string, { nameZh: string; nameEn: string }>;
  canChange: (r: WarningRow) => boolean;
}) {
  const [t, locale, format] = await Promise.all([getTranslations("warnings"), getLocale(), getFormatter()]);
  const en = locale === "en";
  const sep = en ? ", " : "、";
  const explain = (r: WarningRow) => {
    const f = { ...(r.figures as Record<string, string | number | string[]>) };
    if (Array.isArray(f.dimensions)) f.dimensions = f.dimensions.map((c) => dimensionNames.get(c)?.[en ? "nameEn" : "nameZh"] ?? "—").join(sep);
    return t(`explain.${r.rule}`, f as Record<string, string | number>);
  };
  const date = (d: Date) => format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit" });
  const columns: ColumnDef<WarningRow, unknown>[] = [
    { id: "unit", header: t("unit"), meta: { primary: true }, cell: ({ row: { original: r } }) => (en ? r.unitEn : r.unitZh) },
    {
      id: "severity",
      header: t("severity"),
      cell: ({ row: { original: r } }) => (
        <span className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${SEVERITY_STYLE[r.severity]}`}>{t(`severities.${r.severity}`)}</span>
      ),
    },
    { id: "rule", header: t("rule"), cell: ({ row: { original: r } }) => t(`rules.${r.rule}`) },
    { id: "figures", header: t("figures"), cell: ({ row: { original: r } }) => explain(r) },
    { id: "cycle", header: t("cycle"), meta: { hideOnPhone: true }, cell: ({ row: { original: r } }) => (en ? r.cycleEn : r.cycleZh) },
    {
      id: "state",
      header: t("state"),
      cell: ({ row: { original: r } }) => (
        <span>
          {t(`states.${r.state}`)}
          {r.resolvedAt ? `（${t("resolved")} ${date(r.resolvedAt)}）` : ""}
          {r.note ? <span className="block text-slate-700">{r.note}</span> : null}
        </span>
      ),
    },
    { id: "firstSeen", header: t("firstSeen"), cell: ({ row: { original: r } }) => date(r.firstSeenAt) },
    {
      id: "actions",
      header: t("actions"),
      meta: { actions: true },
      cell: ({ row: { original: r } }) =>
        canChange(r) && !r.resolvedAt && r.state !== "HANDLED" ? (
          <WarningStateForm warningId={r.id} version={r.version} state={r.state} unitName={en ? r.unitEn : r.unitZh} />
        ) : null,
    },
  ];
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={(r) => r.id}
      caption={t("caption")}
      captionHidden
      basePath="/warnings"
      searchParams={searchParams}
      paging={{ page, pageSize, total }}
      emptyMessage={t("empty")}
    />
  );
}
