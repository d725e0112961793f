/** One decimal, the way every comparison number is shown (tables, charts, exports agree). */
export function fmt(n: number | null | undefined): string {
  return n === null || n === undefined || Number.isNaN(n) ? "—" : (Math.round(n * 10) / 10).toFixed(1);
}

export function fmtSigned(n: number | null | undefined): string {
  if (n === null || n === undefined) return "—";
  const s = fmt(n);
  return n > 0 ? `+${s}` : s;
}

export function pct(n: number | null | undefined): string {
  return n === null || n === undefined ? "—" : `${Math.round(n * 100)}%`;
}

/** Level colours from weak (red) to strong (green), readable with dark text. */
export const LEVEL_COLOURS = ["#f4a6a6", "#f7c99b", "#f5e49a", "#b9e0a5", "#8fd19e"] as const;

/** Sector slugs have no managed names yet: known ones come from the catalogue, any other reads "other sector", never the slug. */
export function sectorLabel(t: (key: string) => string, has: (key: string) => boolean, tag: string | null): string {
  if (!tag) return t("sectors.none");
  return has(`sectors.${tag}`) ? t(`sectors.${tag}`) : t("sectors.other");
}

type Raw = Record<string, string | string[] | undefined>;

/** The compare URL with some params changed; the others (the view's state) kept. */
export function compareHref(current: Raw, changes: Record<string, string | undefined>, base = "/compare"): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(current)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value !== "" && !(k in changes)) q.set(k, value);
  }
  for (const [k, v] of Object.entries(changes)) if (v !== undefined && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}
