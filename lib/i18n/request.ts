import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./config";

// No locale in the URL: government users share links, and a link should open in the reader's own language.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  // The methodology page's long texts live in their own catalogue, mounted under the `methodology` namespace.
  const [main, methodology] = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/methodology.${locale}.json`),
  ]);
  const messages = { ...main.default, methodology: methodology.default };
  return { locale, messages, timeZone: "Asia/Shanghai" };
});
