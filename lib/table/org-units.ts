/**
 * Filtering, sorting and paging of an organisation list on the server (issue 11: one table component for
 * every list). A scope holds at most a few thousand units and the pages already load them all (the parent
 * pickers need every one), so this works on the loaded rows rather than adding a second query per page.
 */
export interface UnitRowLike {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  active?: boolean;
}

export const UNIT_SORT_KEYS = ["tree", "name", "code", "kind"] as const;
export type UnitSortKey = (typeof UNIT_SORT_KEYS)[number];

const KIND_RANK: Record<string, number> = { PROVINCE: 0, CITY: 1, COUNTY: 2, DEPARTMENT: 3, OFFICE: 4 };

export interface UnitListQuery {
  /** Part of the Chinese or English name or of the code, any case. */
  q?: string;
  active?: "yes" | "no";
  sort: { key: UnitSortKey; dir: "asc" | "desc" };
  offset: number;
  pageSize: number;
  locale: "zh-CN" | "en";
}

/** `units` arrive in tree order (parents before children, siblings by code): "tree" keeps that order. */
export function queryUnits<T extends UnitRowLike>(units: readonly T[], query: UnitListQuery): { rows: T[]; total: number } {
  const q = query.q?.trim().toLowerCase() ?? "";
  const matched = units.filter(
    (u) =>
      (!q || u.nameZh.toLowerCase().includes(q) || u.nameEn.toLowerCase().includes(q) || u.code.toLowerCase().includes(q)) &&
      (query.active === undefined || (u.active ?? true) === (query.active === "yes")),
  );
  const collator = new Intl.Collator(query.locale === "en" ? "en" : "zh-CN-u-co-pinyin", { numeric: true });
  const name = (u: T) => (query.locale === "en" ? u.nameEn : u.nameZh);
  const tiebreak = (a: T, b: T) => collator.compare(a.code, b.code);
  const compare: Record<UnitSortKey, ((a: T, b: T) => number) | null> = {
    tree: null,
    name: (a, b) => collator.compare(name(a), name(b)) || tiebreak(a, b),
    code: tiebreak,
    kind: (a, b) => (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) || tiebreak(a, b),
  };
  const cmp = compare[query.sort.key];
  const sign = query.sort.dir === "desc" ? -1 : 1;
  const sorted = cmp ? [...matched].sort((a, b) => sign * cmp(a, b)) : query.sort.dir === "desc" ? [...matched].reverse() : matched;
  return { rows: sorted.slice(query.offset, query.offset + query.pageSize), total: matched.length };
}
