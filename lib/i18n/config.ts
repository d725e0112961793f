export const LOCALES = ["zh-CN", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "zh-CN";
/** next-intl's own cookie name; remembered for a year. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function toLocale(value: string | null | undefined): AppLocale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}
