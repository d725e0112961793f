import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { UserActiveToggle } from "@/components/admin/user-active-toggle";
import { requireRole } from "@/lib/auth/guard";
import { listManagedUsers } from "@/lib/data/users";

export async function generateMetadata() {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const actor = await requireRole(["SYS_ADMIN"]);
  const [t, locale, format, users] = await Promise.all([
    getTranslations(),
    getLocale(),
    getFormatter(),
    listManagedUsers(actor),
  ]);
  const now = new Date();
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
      {users.length === 0 ? (
        <p className="mt-4">{t("users.empty")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">{t("users.name")}</th>
                <th scope="col" className="p-2">{t("users.email")}</th>
                <th scope="col" className="p-2">{t("users.roles")}</th>
                <th scope="col" className="p-2">{t("users.status")}</th>
                <th scope="col" className="p-2">{t("users.lastSignIn")}</th>
                <th scope="col" className="p-2">{t("users.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-slate-200 align-top">
                  <td className="p-2">{u.displayName}</td>
                  <td className="p-2">{u.email}</td>
                  <td className="p-2">
                    {u.grants.map((g) => (
                      <div key={`${g.role}-${g.orgUnitCode}`}>
                        {t(`roles.${g.role}`)} · {locale === "en" ? g.orgUnitNameEn : g.orgUnitNameZh}
                      </div>
                    ))}
                  </td>
                  <td className="p-2">
                    {u.active ? t("users.active") : t("users.inactive")}
                    {u.lockedUntil && u.lockedUntil > now && (
                      <div className="text-red-800">
                        {t("users.locked", { time: format.dateTime(u.lockedUntil, { timeStyle: "short" }) })}
                      </div>
                    )}
                  </td>
                  <td className="p-2">
                    {u.lastSignInAt ? format.dateTime(u.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.never")}
                  </td>
                  <td className="p-2">
                    {u.id !== actor.userId && <UserActiveToggle userId={u.id} active={u.active} label={u.displayName} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
