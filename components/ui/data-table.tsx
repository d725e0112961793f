import { createTable, flexRender, getCoreRowModel, type ColumnDef, type RowData } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type * as React from "react";
import { pageCount, tableHref } from "@/lib/table/params";
import { cn } from "@/lib/utils";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Server-side sort key this column sorts by (omit: not sortable). */
    sortKey?: string;
    /** Numbers line up on the right. */
    numeric?: boolean;
    /** On phones this column is the card's title. */
    primary?: boolean;
    /** On phones this column is the card's footer (buttons, links), full width. */
    actions?: boolean;
    /** Left out of the phone card (still in the desktop table). */
    hideOnPhone?: boolean;
    /** In the desktop table this column's cell is the row's header (th scope="row"), e.g. a figures table's unit name. */
    rowHeader?: boolean;
  }
}

type RawParams = Record<string, string | string[] | undefined>;

export interface DataTableProps<T> {
  columns: ColumnDef<T, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  data: T[];
  getRowId: (row: T) => string;
  /** Names the table for assistive technology (and is shown unless captionHidden). */
  caption: string;
  captionHidden?: boolean;
  /** Path of the page the list lives on; sort and page links keep the other search params (only needed with sorting or paging). */
  basePath?: string;
  searchParams?: RawParams;
  sort?: { key: string; dir: "asc" | "desc" };
  /** Server-side paging: which page is shown and how many rows there are in all. */
  paging?: { page: number; pageSize: number; total: number };
  emptyMessage: string;
  className?: string;
  /** Extra classes for one row (desktop row and phone card), e.g. a highlighted total. */
  rowClassName?: (row: T) => string | undefined;
  /** data-testid of the desktop table. */
  testId?: string;
}

/**
 * The one list component: a TanStack Table rendered on the server (no table
 * JavaScript in the browser). Sorting and paging are links that change the
 * URL's search params and are done by the server. At 640 px and above it is a
 * table (and when printed); below, each row becomes a card, so no action is pushed off-screen
 * and no column is squeezed to one character per line.
 */
export async function DataTable<T>(props: DataTableProps<T>) {
  const { columns, data, getRowId, caption, captionHidden, basePath = "", searchParams = {}, sort, paging, emptyMessage, rowClassName, testId } = props;
  const t = await getTranslations("table");
  // createTable is what useReactTable wraps; on the server there is no state to keep, so the state is fixed.
  const table = createTable<T>({
    data,
    columns,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
  });
  table.setOptions((prev) => ({ ...prev, state: { ...table.initialState } }));
  const rows = table.getRowModel().rows;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  const headerLabel = (h: (typeof headers)[number]): React.ReactNode =>
    h.isPlaceholder ? null : flexRender(h.column.columnDef.header, h.getContext());

  const sortLink = (h: (typeof headers)[number]) => {
    const key = h.column.columnDef.meta?.sortKey;
    const label = headerLabel(h);
    if (!key) return label;
    const active = sort?.key === key;
    const nextDir = active && sort?.dir === "asc" ? "desc" : "asc";
    const Icon = !active ? ArrowUpDown : sort?.dir === "asc" ? ArrowUp : ArrowDown;
    return (
      <Link
        href={tableHref(basePath, searchParams, { sort: key, dir: nextDir, page: undefined })}
        className="inline-flex items-center gap-1 underline-offset-4 hover:underline"
        scroll={false}
      >
        {label}
        <Icon aria-hidden="true" className={cn("size-3.5", active ? "text-slate-900" : "text-slate-500")} />
        {active ? <span className="sr-only">{t(sort?.dir === "asc" ? "sortedAsc" : "sortedDesc")}</span> : null}
      </Link>
    );
  };

  const ariaSort = (h: (typeof headers)[number]) => {
    const key = h.column.columnDef.meta?.sortKey;
    if (!key || sort?.key !== key) return undefined;
    return sort.dir === "asc" ? ("ascending" as const) : ("descending" as const);
  };

  const pages = paging ? pageCount(paging.total, paging.pageSize) : 1;

  return (
    <div className={cn("space-y-3", props.className)}>
      {rows.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4 text-slate-700">{emptyMessage}</p>
      ) : (
        <>
          {/* The table is also what prints, whatever the width of the screen it is printed from. */}
          <table className="hidden w-full border-collapse bg-white text-sm sm:table print:table" data-testid={testId}>
            <caption className={cn("mb-2 text-left font-semibold", captionHidden && "sr-only")}>{caption}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                {headers.map((h) => (
                  <th
                    key={h.id}
                    scope="col"
                    aria-sort={ariaSort(h)}
                    className={cn("p-2 align-bottom font-semibold", h.column.columnDef.meta?.numeric && "text-right")}
                  >
                    {sortLink(h)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className={cn("border-b border-slate-200 align-top", rowClassName?.(row.original))}>
                  {row.getVisibleCells().map((cell) =>
                    cell.column.columnDef.meta?.rowHeader ? (
                      <th key={cell.id} scope="row" className="p-2 text-left font-normal">
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </th>
                    ) : (
                      <td
                        key={cell.id}
                        className={cn("p-2", cell.column.columnDef.meta?.numeric && "text-right tabular-nums")}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>

          <div className="sm:hidden print:hidden">
            <p className={cn("mb-2 font-semibold", captionHidden && "sr-only")}>{caption}</p>
            <ul className="space-y-3" aria-label={caption}>
              {rows.map((row) => {
                const cells = row.getVisibleCells();
                const primary = cells.find((c) => c.column.columnDef.meta?.primary) ?? cells[0];
                if (!primary) return null;
                const actions = cells.filter((c) => c.column.columnDef.meta?.actions);
                const rest = cells.filter(
                  (c) => c !== primary && !c.column.columnDef.meta?.actions && !c.column.columnDef.meta?.hideOnPhone,
                );
                return (
                  <li
                    key={row.id}
                    className={cn("rounded-lg border border-slate-300 bg-white p-4 text-sm shadow-sm", rowClassName?.(row.original))}
                  >
                    <div className="text-base font-semibold break-words">
                      {flexRender(primary.column.columnDef.cell, primary.getContext())}
                    </div>
                    {rest.length > 0 ? (
                      // Labels take at most about half the card (a long English label wraps), so the values keep room.
                      <dl className="mt-2 grid grid-cols-[fit-content(55%)_1fr] gap-x-3 gap-y-1">
                        {rest.map((c) => {
                          const header = headers.find((h) => h.column.id === c.column.id);
                          return (
                            <div key={c.id} className="contents">
                              <dt className="min-w-24 text-slate-600">{header ? headerLabel(header) : null}</dt>
                              <dd className="min-w-0 break-words">{flexRender(c.column.columnDef.cell, c.getContext())}</dd>
                            </div>
                          );
                        })}
                      </dl>
                    ) : null}
                    {actions.length > 0 ? (
                      // Hidden when every action cell of this row rendered nothing (no empty footer space).
                      <div className="mt-3 flex flex-wrap gap-2 [&:not(:has(>div:not(:empty)))]:hidden">
                        {actions.map((c) => (
                          <div key={c.id}>{flexRender(c.column.columnDef.cell, c.getContext())}</div>
                        ))}
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        </>
      )}

      {paging && paging.total > 0 ? (
        <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <p className="text-slate-700">{t("pageStatus", { page: paging.page, pages, total: paging.total })}</p>
          <div className="flex gap-2">
            {paging.page > 1 ? (
              <Link
                className="inline-flex h-9 items-center rounded-md border border-slate-400 bg-white px-3 hover:bg-slate-100"
                href={tableHref(basePath, searchParams, { page: paging.page - 1 })}
                rel="prev"
              >
                {t("previous")}
              </Link>
            ) : null}
            {paging.page < pages ? (
              <Link
                className="inline-flex h-9 items-center rounded-md border border-slate-400 bg-white px-3 hover:bg-slate-100"
                href={tableHref(basePath, searchParams, { page: paging.page + 1 })}
                rel="next"
              >
                {t("next")}
              </Link>
            ) : null}
          </div>
        </nav>
      ) : null}
    </div>
  );
}
