import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./config";

/** Feature catalogues kept in their own files (messages/<namespace>.<locale>.json), mounted under their namespace. */
export const FEATURE_NAMESPACES = [
  "methodology", "questionnaire", "review", "table", "myAssessments", "results", "admin", "audit", "framework2", "compare", "warnings",
  // Issue 10 §3: carry-over and the framework import/export admin page.
  "carryover", "frameworkAdmin",
] as const;

// No locale in the URL: government users share links, and a link should open in the reader's own language.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const [main, ...features] = await Promise.all([
    import(`../../messages/${locale}.json`),
    ...FEATURE_NAMESPACES.map((ns) => import(`../../messages/${ns}.${locale}.json`)),
  ]);
  const messages = {
    ...main.default,
    ...Object.fromEntries(FEATURE_NAMESPACES.map((ns, i) => [ns, features[i].default])),
  };
  return { locale, messages, timeZone: "Asia/Shanghai" };
});
