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
