import type { ColumnDef } from "@tanstack/react-table";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { CreateUnitForm } from "@/components/admin/create-unit-form";
import { ImportPanel } from "@/components/admin/import-panel";
import { selectClass } from "@/components/admin/styles";
import { UnitRowActions } from "@/components/admin/unit-row-actions";
import type { UnitView } from "@/components/admin/unit-types";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { requireRole } from "@/lib/auth/guard";
import { listAdminUnits, listSectors } from "@/lib/data/admin/org-units";
import { MAX_ROWS } from "@/lib/import/read-table";
import { queryUnits, UNIT_SORT_KEYS } from "@/lib/table/org-units";
import { parseTableParams, tableHref } from "@/lib/table/params";

export async function generateMetadata() {
  const t = await getTranslations("admin.units");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
// Filters from the URL: anything malformed is ignored rather than failing the page.
const filters = z.object({
  q: z.string().max(100).optional().catch(undefined),
  active: z.enum(["yes", "no"]).optional().catch(undefined),
});

export default async function AdminOrgUnitsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole(["SYS_ADMIN"]);
  const sp = await searchParams;
  const f = filters.parse({ q: first(sp.q) || undefined, active: first(sp.active) || undefined });
  const table = parseTableParams(sp, { sortKeys: UNIT_SORT_KEYS, defaultSort: { key: "tree", dir: "asc" }, pageSize: 50 });
  const [t, locale, units, sectors] = await Promise.all([getTranslations(), getLocale(), listAdminUnits(actor), listSectors()]);
  const en = locale === "en";
  const sectorName = new Map(sectors.map((s) => [s.code, en ? s.nameEn : s.nameZh]));
  const views: UnitView[] = units.map((u) => ({
    ...u,
    name: en ? u.nameEn : u.nameZh,
    sectorName: u.sectorTag ? (sectorName.get(u.sectorTag) ?? null) : null,
  }));
  const nameById = new Map(views.map((u) => [u.id, u.name]));
  const parents = views.filter((u) => u.active).map((u) => ({ value: u.id, label: `${"　".repeat(u.depth)}${u.name}` }));
  const sectorOptions = sectors.map((s) => ({ value: s.code, label: en ? s.nameEn : s.nameZh }));
  const { rows, total } = queryUnits(views, { ...f, sort: table.sort, offset: table.offset, pageSize: table.pageSize, locale: en ? "en" : "zh-CN" });
  const tree = table.sort.key === "tree";

  const columns: ColumnDef<UnitView>[] = [
    {
      id: "name",
      header: t("admin.units.name"),
      meta: { sortKey: "name", primary: true },
      cell: ({ row }) => {
        const u = row.original;
        return (
          // In tree order the indent shows the hierarchy (from 640 px; a phone card has no room for it).
          <span className="block sm:ps-(--indent)" style={{ "--indent": tree ? `${u.depth * 1.25}rem` : "0" } as React.CSSProperties}>
            <span className={u.active ? "font-medium text-slate-900" : "font-medium text-slate-600 line-through"}>{u.name}</span>
            {u.isScopeRoot && <span className="ms-2 text-xs font-normal text-slate-700">（{t("admin.units.scopeRoot")}）</span>}
          </span>
        );
      },
    },
    { id: "code", header: t("admin.units.code"), meta: { sortKey: "code" }, cell: ({ row }) => <span className="font-mono break-all">{row.original.code}</span> },
    {
      id: "kind",
      header: t("admin.units.kind"),
      meta: { sortKey: "kind" },
      cell: ({ row }) => `${t(`orgKinds.${row.original.kind}`)}${row.original.sectorName ? ` · ${row.original.sectorName}` : ""}`,
    },
    {
      id: "parent",
      header: t("admin.units.parent"),
      cell: ({ row }) => (row.original.parentId ? (nameById.get(row.original.parentId) ?? "—") : "—"),
    },
    {
      id: "status",
      header: t("admin.units.status"),
      cell: ({ row }) => (row.original.active ? t("admin.common.active") : t("admin.common.inactive")),
    },
    {
      id: "actions",
      header: t("admin.common.actions"),
      meta: { actions: true },
      cell: ({ row }) => <UnitRowActions unit={row.original} parents={parents} sectors={sectorOptions} />,
    },
  ];

  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("admin.units.title")}</h1>
      <p className="mt-1 text-slate-700">{t("admin.units.description")}</p>
      <form method="get" className="mt-4 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-3" aria-label={t("admin.units.listFilter")}>
        <div className="sm:col-span-2">
          <label htmlFor="f-q" className="block text-sm font-medium">{t("admin.units.search")}</label>
          <Input id="f-q" name="q" type="search" defaultValue={f.q ?? ""} className="mt-1" />
        </div>
        <div>
          <label htmlFor="f-active" className="block text-sm font-medium">{t("admin.units.status")}</label>
          <select id="f-active" name="active" defaultValue={f.active ?? ""} className={`${selectClass} mt-1`}>
            <option value="">{t("admin.common.all")}</option>
            <option value="yes">{t("admin.common.active")}</option>
            <option value="no">{t("admin.common.inactive")}</option>
          </select>
        </div>
        <div className="flex flex-wrap gap-2 sm:col-span-3">
          <button type="submit" className="inline-flex h-8 items-center rounded-md bg-blue-800 px-3 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{t("admin.common.filter")}</button>
          <a href="/admin/org-units" className="inline-flex h-8 items-center rounded-md px-3 text-sm text-blue-800 underline underline-offset-4">{t("admin.common.clear")}</a>
          {!tree && (
            <a href={tableHref("/admin/org-units", sp, { sort: undefined, dir: undefined, page: undefined })} className="inline-flex h-8 items-center rounded-md px-3 text-sm text-blue-800 underline underline-offset-4">
              {t("admin.units.sortTree")}
            </a>
          )}
        </div>
      </form>
      <div className="mt-4">
        <DataTable
          columns={columns}
          data={rows}
          getRowId={(u) => u.id}
          caption={t("admin.units.list")}
          basePath="/admin/org-units"
          searchParams={sp}
          sort={tree ? undefined : table.sort}
          paging={{ page: table.page, pageSize: table.pageSize, total }}
          emptyMessage={t("admin.units.noMatch")}
        />
      </div>
      <section aria-labelledby="create-unit" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="create-unit" className="mb-3 text-lg font-semibold">
          {t("admin.units.create")}
        </h2>
        <CreateUnitForm parents={parents} sectors={sectorOptions} />
      </section>
      <ImportPanel kind="org-units" maxRows={MAX_ROWS} />
    </div>
  );
}
