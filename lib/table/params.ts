import { z } from "zod";

/**
 * Paging and sorting of a server-side list, read from the URL's search
 * params (so a view can be bookmarked and shared). Anything malformed falls
 * back to the default instead of failing: a hand-edited URL still opens a page.
 */
export interface TableParams<K extends string> {
  sort: { key: K; dir: "asc" | "desc" };
  page: number;
  pageSize: number;
  offset: number;
}

export interface TableParamsSpec<K extends string> {
  sortKeys: readonly K[];
  defaultSort: { key: K; dir: "asc" | "desc" };
  pageSize?: number;
  maxPageSize?: number;
}

type RawParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const positiveInt = z.coerce.number().int().min(1).max(1_000_000);

export function parseTableParams<K extends string>(raw: RawParams, spec: TableParamsSpec<K>): TableParams<K> {
  const sortKey = first(raw.sort);
  const key = spec.sortKeys.includes(sortKey as K) ? (sortKey as K) : spec.defaultSort.key;
  const dirRaw = first(raw.dir);
  const dir = dirRaw === "asc" || dirRaw === "desc" ? dirRaw : sortKey === key ? "asc" : spec.defaultSort.dir;
  const maxPageSize = spec.maxPageSize ?? 100;
  const sizeParsed = positiveInt.safeParse(first(raw.size));
  const pageSize = Math.min(sizeParsed.success ? sizeParsed.data : (spec.pageSize ?? 20), maxPageSize);
  const pageParsed = positiveInt.safeParse(first(raw.page));
  const page = pageParsed.success ? pageParsed.data : 1;
  return { sort: { key, dir }, page, pageSize, offset: (page - 1) * pageSize };
}

/** The URL of the same list with some params changed (others, such as filters, are kept). */
export function tableHref(basePath: string, current: RawParams, changes: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(current)) {
    const value = first(v);
    if (value !== undefined && value !== "" && !(k in changes)) q.set(k, value);
  }
  for (const [k, v] of Object.entries(changes)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${basePath}?${s}` : basePath;
}

/** Page count for a total; at least one page so "page 1 of 1" reads right for an empty list. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
