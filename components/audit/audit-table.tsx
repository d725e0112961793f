import type { ColumnDef } from "@tanstack/react-table";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { AuditRow } from "@/lib/data/audit-log";
import { actorLabel, describeAuditEvent, type AuditT } from "./describe";

interface Line {
  id: string;
  time: string;
  iso: string;
  actor: string;
  email: string | null;
  event: string;
  unit: string;
  ip: string;
}

type RawParams = Record<string, string | string[] | undefined>;

/** The log as a list: the shared table (a card list on phones), server-side paging, newest first by default. */
export async function AuditTable(props: {
  rows: AuditRow[];
  total: number;
  page: number;
  pageSize: number;
  sort: { key: "time"; dir: "asc" | "desc" };
  searchParams: RawParams;
}) {
  const t = (await getTranslations("audit")) as unknown as AuditT;
  const tt = await getTranslations("audit");
  const format = await getFormatter();
  const locale = await getLocale();
  const lines: Line[] = props.rows.map((r) => ({
    id: r.id,
    time: format.dateTime(r.occurredAt, { dateStyle: "short", timeStyle: "medium" }),
    iso: r.occurredAt.toISOString(),
    actor: actorLabel(r, t),
    email: r.actorName && r.actorEmail ? r.actorEmail : null,
    event: describeAuditEvent(r, t),
    unit: r.unitName ? (locale === "en" ? r.unitName.en : r.unitName.zh) : "—",
    ip: r.ip ?? "—",
  }));
  const columns: ColumnDef<Line>[] = [
    {
      id: "event",
      header: tt("columns.event"),
      accessorKey: "event",
      meta: { primary: true },
      cell: ({ row }) => <span className="break-words">{row.original.event}</span>,
    },
    {
      id: "time",
      header: tt("columns.time"),
      accessorKey: "time",
      meta: { sortKey: "time" },
      cell: ({ row }) => (
        <time dateTime={row.original.iso} className="whitespace-nowrap tabular-nums">
          {row.original.time}
        </time>
      ),
    },
    {
      id: "actor",
      header: tt("columns.actor"),
      accessorKey: "actor",
      cell: ({ row }) => (
        <span className="break-words">
          {row.original.actor}
          {row.original.email ? <span className="block text-xs text-slate-600">{row.original.email}</span> : null}
        </span>
      ),
    },
    { id: "unit", header: tt("columns.unit"), accessorKey: "unit" },
    { id: "ip", header: tt("columns.ip"), accessorKey: "ip", meta: { hideOnPhone: true } },
  ];
  return (
    <DataTable
      columns={columns}
      data={lines}
      getRowId={(l) => l.id}
      caption={tt("caption")}
      captionHidden
      basePath="/audit"
      searchParams={props.searchParams}
      sort={props.sort}
      paging={{ page: props.page, pageSize: props.pageSize, total: props.total }}
      emptyMessage={tt("empty")}
    />
  );
}
