import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateCycleForm } from "@/components/admin/create-cycle-form";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guard";
import { listAdminCycles, listFrameworkVersions, type AdminCycleRow } from "@/lib/data/admin/cycles";
import { listAdminUnits } from "@/lib/data/admin/org-units";

export async function generateMetadata() {
  const t = await getTranslations("admin.cycles");
  return { title: t("title") };
}

export default async function AdminCyclesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(["SYS_ADMIN"]);
  const sp = await searchParams;
  const [t, locale, cycles, frameworks, units] = await Promise.all([getTranslations(), getLocale(), listAdminCycles(actor), listFrameworkVersions(), listAdminUnits(actor)]);
  const en = locale === "en";
  const name = (c: { nameZh: string; nameEn: string }) => (en ? c.nameEn : c.nameZh);
  const columns: ColumnDef<AdminCycleRow>[] = [
    { id: "name", header: t("admin.cycles.name"), meta: { primary: true }, cell: ({ row }) => name(row.original) },
    { id: "year", header: t("admin.cycles.year"), meta: { numeric: true }, cell: ({ row }) => row.original.year },
    { id: "dates", header: `${t("admin.cycles.opensOn")} – ${t("admin.cycles.closesOn")}`, cell: ({ row }) => `${row.original.opensOn} – ${row.original.closesOn}` },
    { id: "status", header: t("admin.cycles.status"), cell: ({ row }) => t(`admin.cycles.status${row.original.status}`) },
    { id: "participants", header: t("admin.cycles.participants"), meta: { numeric: true }, cell: ({ row }) => (row.original.participants === 0 && row.original.status !== "PLANNED" ? t("admin.cycles.everyDepartment") : row.original.participants) },
    { id: "assessments", header: t("admin.cycles.assessments"), meta: { numeric: true }, cell: ({ row }) => row.original.assessments },
    {
      id: "actions",
      header: t("admin.common.actions"),
      meta: { actions: true },
      cell: ({ row }) => (
        <Link href={`/admin/cycles/${row.original.id}`} className="text-blue-800 underline underline-offset-4" aria-label={t("admin.cycles.manageName", { name: name(row.original) })}>
          {t("admin.cycles.manage")}
        </Link>
      ),
    },
  ];
  const owners = units.filter((u) => u.active && u.kind !== "DEPARTMENT" && u.kind !== "OFFICE").map((u) => ({ value: u.id, label: `${"　".repeat(u.depth)}${en ? u.nameEn : u.nameZh}` }));
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("admin.cycles.title")}</h1>
      <p className="mt-1 text-slate-700">{t("admin.cycles.description")}</p>
      <div className="mt-4">
        <DataTable columns={columns} data={cycles} getRowId={(c) => c.id} caption={t("admin.cycles.list")} basePath="/admin/cycles" searchParams={sp} emptyMessage={t("admin.cycles.empty")} />
      </div>
      <section aria-labelledby="create-cycle" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="create-cycle" className="mb-3 text-lg font-semibold">{t("admin.cycles.create")}</h2>
        <CreateCycleForm frameworks={frameworks.map((f) => ({ value: f.id, label: `${en ? f.nameEn : f.nameZh} ${f.version}` }))} owners={owners} />
      </section>
    </div>
  );
}
