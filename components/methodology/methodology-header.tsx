import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { linkClass } from "./anchors";

/** The public page has no signed-in shell: a skip link, the product name, home and sign-in links, the locale switch. */
export async function MethodologyHeader() {
  const t = await getTranslations();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("methodology.nav.skipToContent")}
      </a>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-lg font-semibold text-slate-900">{t("app.name")}</p>
          <div className="flex flex-wrap items-center gap-4">
            <nav aria-label={t("methodology.nav.label")}>
              <ul className="flex flex-wrap gap-4 text-sm">
                <li>
                  <Link href="/" className={linkClass}>
                    {t("methodology.nav.home")}
                  </Link>
                </li>
                <li>
                  <Link href="/sign-in" className={linkClass}>
                    {t("methodology.nav.signIn")}
                  </Link>
                </li>
              </ul>
            </nav>
            <LocaleSwitch />
          </div>
        </div>
      </header>
    </>
  );
}
