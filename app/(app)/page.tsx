import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/guard";
import { describeGrants } from "@/lib/data/grants";
import type { Role } from "@/lib/generated/prisma/enums";

// Where each role's next step lives today; roles whose pages are still to come point to the methodology.
const ROLE_LINKS: Record<Role, string> = {
  RESPONDENT: "/methodology",
  DEPT_ADMIN: "/methodology",
  REVIEWER: "/org-units",
  OVERSIGHT: "/org-units",
  SYS_ADMIN: "/admin/users",
  AUDITOR: "/audit",
};

export async function generateMetadata() {
  const t = await getTranslations("home");
  return { title: t("title") };
}

export default async function HomePage() {
  const actor = await requireActor();
  const [t, locale, grants] = await Promise.all([getTranslations(), getLocale(), describeGrants(actor)]);
  const roles = [...new Set(grants.map((g) => g.role))];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("home.greeting", { name: actor.displayName })}</h1>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading" className="text-lg font-semibold">
          {t("home.yourRoles")}
        </h2>
        {grants.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("home.noRoles")}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {grants.map((g) => (
              <li key={`${g.role}-${g.orgUnitId}`} className="text-slate-800">
                <span className="font-medium">{t(`roles.${g.role}`)}</span>
                {" · "}
                {t("home.scope", { unit: locale === "en" ? g.nameEn : g.nameZh })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading" className="text-lg font-semibold">
          {t("home.nextSteps")}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {roles.map((role) => (
            <Card key={role}>
              <CardTitle>
                <Link href={ROLE_LINKS[role]} className="text-blue-800 underline underline-offset-4">
                  {t(`home.cards.${role}.title`)}
                </Link>
              </CardTitle>
              <p className="mt-2 text-sm text-slate-700">{t(`home.cards.${role}.body`)}</p>
            </Card>
          ))}
          <Card>
            <CardTitle>
              <Link href="/methodology" className="text-blue-800 underline underline-offset-4">
                {t("home.methodologyTitle")}
              </Link>
            </CardTitle>
            <p className="mt-2 text-sm text-slate-700">{t("home.methodologyBody")}</p>
          </Card>
        </div>
      </section>
    </div>
  );
}
