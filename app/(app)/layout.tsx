import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireActor } from "@/lib/auth/guard";
import { rolesOf } from "@/lib/data/actor";
import { navFor } from "@/lib/navigation";
import { countNewWarnings } from "@/lib/data/warnings/warnings";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const items = navFor(rolesOf(actor));
  // Issue 9: the count of new warnings the user may see, shown on the "warnings" link.
  const newWarnings = items.some((i) => i.href === "/warnings") ? await countNewWarnings(actor) : 0;
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-slate-900">
            {t("app.name")}
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-sm text-slate-700">{actor.displayName}</span>
            <LocaleSwitch />
            <SignOutButton userId={actor.userId} />
          </div>
        </div>
        <nav aria-label={t("nav.mainNav")} className="mx-auto max-w-6xl px-4">
          <ul className="flex flex-wrap gap-1">
            {items.map((i) => (
              <li key={i.href}>
                <Link
                  href={i.href}
                  className="inline-block rounded-t-md px-3 py-2 text-sm text-slate-800 hover:bg-slate-100"
                >
                  {t(`nav.${i.labelKey}`)}
                  {i.href === "/warnings" && newWarnings > 0 ? (
                    <span className="ml-1 inline-flex min-w-5 items-center justify-center rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white">
                      <span aria-hidden="true">{newWarnings}</span>
                      <span className="sr-only">{t("nav.warningsBadge", { count: newWarnings })}</span>
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
