import type { ColumnDef } from "@tanstack/react-table";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { selectClass } from "@/components/admin/styles";
import { ImportPanel } from "@/components/admin/import-panel";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { requireRole } from "@/lib/auth/guard";
import { listAdminUnits } from "@/lib/data/admin/org-units";
import { listAdminUsers, type AdminUserRow } from "@/lib/data/admin/users";
import { MAX_ROWS } from "@/lib/import/read-table";
import { parseTableParams } from "@/lib/table/params";
import { ROLE_VALUES } from "@/lib/validation/admin-users";

export async function generateMetadata() {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
// Filters from the URL: anything malformed is ignored rather than failing the page.
const filters = z.object({
  q: z.string().max(100).optional().catch(undefined),
  role: z.enum(ROLE_VALUES).optional().catch(undefined),
  unit: z.string().uuid().optional().catch(undefined),
  active: z.enum(["yes", "no"]).optional().catch(undefined),
});

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole(["SYS_ADMIN"]);
  const sp = await searchParams;
  const f = filters.parse({ q: first(sp.q) || undefined, role: first(sp.role) || undefined, unit: first(sp.unit) || undefined, active: first(sp.active) || undefined });
  const table = parseTableParams(sp, { sortKeys: ["name", "email", "lastSignIn"] as const, defaultSort: { key: "email", dir: "asc" }, pageSize: 20 });
  const [t, locale, format, units] = await Promise.all([getTranslations(), getLocale(), getFormatter(), listAdminUnits(actor)]);
  const { rows, total } = await listAdminUsers(actor, { ...f, unitId: f.unit, sort: table.sort, offset: table.offset, pageSize: table.pageSize });
  const en = locale === "en";
  const unitOptions = units.filter((u) => u.active).map((u) => ({ value: u.id, label: `${"　".repeat(u.depth)}${en ? u.nameEn : u.nameZh}` }));
  const now = new Date();
  const columns: ColumnDef<AdminUserRow>[] = [
    { id: "name", header: t("admin.users.name"), meta: { sortKey: "name", primary: true }, cell: ({ row }) => row.original.displayName },
    { id: "email", header: t("admin.users.email"), meta: { sortKey: "email" }, cell: ({ row }) => <span className="break-all">{row.original.email}</span> },
    {
      id: "roles",
      header: t("admin.users.roles"),
      cell: ({ row }) => (
        <ul>
          {row.original.grants.map((g) => (
            <li key={g.id}>
              {t(`roles.${g.role}`)} · {en ? g.nameEn : g.nameZh}
            </li>
          ))}
        </ul>
      ),
    },
    {
      id: "status",
      header: t("admin.users.status"),
      cell: ({ row }) => {
        const u = row.original;
        return (
          <span>
            {u.active ? t("admin.common.active") : t("admin.common.inactive")}
            {u.mustChangePassword ? ` · ${t("admin.users.mustChange")}` : ""}
            {u.lockedUntil && u.lockedUntil > now ? ` · ${t("admin.users.locked")}` : ""}
          </span>
        );
      },
    },
    {
      id: "lastSignIn",
      header: t("admin.users.lastSignIn"),
      meta: { sortKey: "lastSignIn" },
      cell: ({ row }) => (row.original.lastSignInAt ? format.dateTime(row.original.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("admin.users.never")),
    },
    {
      id: "actions",
      header: t("admin.common.actions"),
      meta: { actions: true },
      cell: ({ row }) => (
        <UserRowActions
          isSelf={row.original.id === actor.userId}
          units={unitOptions}
          user={{
            id: row.original.id,
            displayName: row.original.displayName,
            active: row.original.active,
            grants: row.original.grants.map((g) => ({ id: g.id, role: g.role, unitName: en ? g.nameEn : g.nameZh })),
          }}
        />
      ),
    },
  ];
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("admin.users.title")}</h1>
      <p className="mt-1 text-slate-700">{t("admin.users.description")}</p>
      <form method="get" className="mt-4 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-4" aria-label={t("admin.common.filter")}>
        <div>
          <label htmlFor="f-q" className="block text-sm font-medium">{t("admin.users.search")}</label>
          <Input id="f-q" name="q" type="search" defaultValue={f.q ?? ""} className="mt-1" />
        </div>
        <div>
          <label htmlFor="f-role" className="block text-sm font-medium">{t("admin.users.role")}</label>
          <select id="f-role" name="role" defaultValue={f.role ?? ""} className={`${selectClass} mt-1`}>
            <option value="">{t("admin.common.all")}</option>
            {ROLE_VALUES.map((r) => (
              <option key={r} value={r}>{t(`roles.${r}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-unit" className="block text-sm font-medium">{t("admin.users.unit")}</label>
          <select id="f-unit" name="unit" defaultValue={f.unit ?? ""} className={`${selectClass} mt-1`}>
            <option value="">{t("admin.common.all")}</option>
            {unitOptions.map((u) => (
              <option key={u.value} value={u.value}>{u.label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-active" className="block text-sm font-medium">{t("admin.users.status")}</label>
          <select id="f-active" name="active" defaultValue={f.active ?? ""} className={`${selectClass} mt-1`}>
            <option value="">{t("admin.common.all")}</option>
            <option value="yes">{t("admin.common.active")}</option>
            <option value="no">{t("admin.common.inactive")}</option>
          </select>
        </div>
        <div className="flex flex-wrap gap-2 sm:col-span-4">
          <button type="submit" className="inline-flex h-8 items-center rounded-md bg-blue-800 px-3 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{t("admin.common.filter")}</button>
          <a href="/admin/users" className="inline-flex h-8 items-center rounded-md px-3 text-sm text-blue-800 underline underline-offset-4">{t("admin.common.clear")}</a>
        </div>
      </form>
      <div className="mt-4">
        <DataTable
          columns={columns}
          data={rows}
          getRowId={(r) => r.id}
          caption={t("admin.users.list")}
          basePath="/admin/users"
          searchParams={sp}
          sort={table.sort}
          paging={{ page: table.page, pageSize: table.pageSize, total }}
          emptyMessage={t("admin.users.empty")}
        />
      </div>
      <section aria-labelledby="create-user" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="create-user" className="mb-3 text-lg font-semibold">{t("admin.users.create")}</h2>
        <CreateUserForm units={unitOptions} />
      </section>
      <ImportPanel kind="users" maxRows={MAX_ROWS} />
    </div>
  );
}
