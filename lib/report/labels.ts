import mainEn from "@/messages/en.json";
import mainZh from "@/messages/zh-CN.json";
import resultsEn from "@/messages/results.en.json";
import resultsZh from "@/messages/results.zh-CN.json";
import type { AppLocale } from "@/lib/i18n/config";

const catalogues = {
  "zh-CN": { ...mainZh, results: resultsZh },
  en: { ...mainEn, results: resultsEn },
} as const;

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The documents' strings (PDF, workbook) from the same catalogues as the page,
 * outside React: a dotted key with {name} placeholders; a missing key shows
 * itself so a test catches it.
 */
export function translator(locale: AppLocale): Translate {
  return (key, values) => {
    let node: unknown = catalogues[locale];
    for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    const text = typeof node === "string" ? node : key;
    return values ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m)) : text;
  };
}

export function levelLabel(t: Translate, level: number | null | undefined): string {
  return level === null || level === undefined ? "—" : `L${level} ${t(`levels.${level}`)}`;
}

/** The pages show times in China Standard Time (lib/i18n/request.ts); the documents say the same. */
export const DOCUMENT_TIME_ZONE = "Asia/Shanghai";

const parts = (d: Date) =>
  Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: DOCUMENT_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  ) as Record<"year" | "month" | "day" | "hour" | "minute" | "second", string>;

/** YYYY-MM-DD of an instant, in China Standard Time. */
export function documentDate(d: Date): string {
  const p = parts(d);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * A workbook cell's date-time: spreadsheets have no time zones, so the cell holds the China Standard Time
 * wall clock (what the page shows), not UTC.
 */
export function workbookDateTime(d: Date): Date {
  const p = parts(d);
  return new Date(Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second));
}
