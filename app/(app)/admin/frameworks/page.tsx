import type { ColumnDef } from "@tanstack/react-table";
import { getLocale, getTranslations } from "next-intl/server";
import { FrameworkImportPanel } from "@/components/framework-admin/import-panel";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guard";
import { isProvinceAdmin, listPublishedFrameworks, type FrameworkVersionRow } from "@/lib/data/admin/frameworks";
import { MAX_FRAMEWORK_BYTES } from "@/lib/framework/import-check";

export async function generateMetadata() {
  const t = await getTranslations("frameworkAdmin");
  return { title: t("title") };
}

/** Issue 10 §3: published framework versions; export and import as JSON for a province's system administrator. */
export default async function AdminFrameworksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(["SYS_ADMIN"]);
  const sp = await searchParams;
  const [t, locale, rows, province] = await Promise.all([getTranslations("frameworkAdmin"), getLocale(), listPublishedFrameworks(), isProvinceAdmin(actor)]);
  const name = (r: FrameworkVersionRow) => (locale === "en" ? r.nameEn : r.nameZh);
  const columns: ColumnDef<FrameworkVersionRow>[] = [
    { id: "name", header: t("name"), meta: { primary: true }, cell: ({ row }) => name(row.original) },
    { id: "code", header: t("code"), cell: ({ row }) => row.original.code },
    { id: "version", header: t("version"), cell: ({ row }) => row.original.version },
    { id: "publishedAt", header: t("publishedAt"), cell: ({ row }) => row.original.publishedAt?.slice(0, 10) ?? "—" },
    { id: "cycles", header: t("cycles"), meta: { numeric: true }, cell: ({ row }) => row.original.cycles },
    ...(province
      ? [
          {
            id: "actions",
            header: t("actions"),
            meta: { actions: true },
            cell: ({ row }) => (
              <a
                href={`/api/v1/admin/frameworks/${row.original.id}`}
                download
                className="text-blue-800 underline underline-offset-4"
                aria-label={t("downloadName", { name: name(row.original), version: row.original.version })}
              >
                {t("download")}
              </a>
            ),
          } satisfies ColumnDef<FrameworkVersionRow>,
        ]
      : []),
  ];
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("description")}</p>
      <div className="mt-4">
        <DataTable columns={columns} data={rows} getRowId={(r) => r.id} caption={t("list")} basePath="/admin/frameworks" searchParams={sp} emptyMessage={t("empty")} />
      </div>
      {province ? <FrameworkImportPanel maxMb={MAX_FRAMEWORK_BYTES / 1024 / 1024} /> : <p className="mt-4 text-slate-700">{t("provinceOnly")}</p>}
    </div>
  );
}
