import adminEn from "@/messages/admin.en.json";
import adminZh from "@/messages/admin.zh-CN.json";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import compareEn from "@/messages/compare.en.json";
import compareZh from "@/messages/compare.zh-CN.json";
import frameworkAdminEn from "@/messages/frameworkAdmin.en.json";
import frameworkAdminZh from "@/messages/frameworkAdmin.zh-CN.json";
import type { AppLocale } from "./config";

// Feature catalogues needed outside React (route handlers' errors, the comparison export's headings) are mounted under their namespace.
const catalogues = {
  en: { ...en, admin: adminEn, compare: compareEn, frameworkAdmin: frameworkAdminEn },
  "zh-CN": { ...zh, admin: adminZh, compare: compareZh, frameworkAdmin: frameworkAdminZh },
} as const;

/** Looks up a dotted key outside React (route handlers' error bodies); falls back to the key's own last segment. */
export function translate(locale: AppLocale, key: string): string {
  let node: unknown = catalogues[locale];
  for (const part of key.split(".")) {
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === "string" ? node : key;
}

/** zh-CN unless the request prefers English (cookie first, then Accept-Language). */
export function localeOfRequest(req: Request): AppLocale {
  const cookie = req.headers.get("cookie") ?? "";
  const m = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(cookie);
  if (m) return m[1] === "en" ? "en" : "zh-CN";
  const accept = req.headers.get("accept-language") ?? "";
  return /^\s*en\b/i.test(accept) ? "en" : "zh-CN";
}
