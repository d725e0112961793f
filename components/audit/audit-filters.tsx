import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { AUDIT_CATEGORIES } from "@/lib/audit/categories";
import type { AuditFilterInput } from "@/lib/validation/audit";

const selectClass =
  "block h-10 w-full rounded-md border border-slate-500 bg-white px-3 text-base text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-700";

/** The log's filters as a plain GET form: works without JavaScript, and the URL can be shared. */
export async function AuditFilters({
  filter,
  units,
}: {
  filter: AuditFilterInput;
  units: { id: string; nameZh: string; nameEn: string; depth: number }[];
}) {
  const t = await getTranslations("audit");
  const locale = await getLocale();
  return (
    <form method="get" action="/audit" className="rounded-md border border-slate-300 bg-white p-4">
      <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <legend className="mb-2 font-semibold">{t("filters.legend")}</legend>
        <div>
          <Label htmlFor="audit-who">{t("filters.who")}</Label>
          <Input id="audit-who" name="who" defaultValue={filter.who ?? ""} placeholder={t("filters.whoHint")} maxLength={120} />
        </div>
        <div>
          <Label htmlFor="audit-what">{t("filters.what")}</Label>
          <select id="audit-what" name="what" defaultValue={filter.what ?? ""} className={selectClass}>
            <option value="">{t("filters.any")}</option>
            {AUDIT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <Label htmlFor="audit-unit">{t("filters.unit")}</Label>
          <select id="audit-unit" name="unit" defaultValue={filter.unit ?? ""} className={selectClass}>
            <option value="">{t("filters.any")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {"\u00a0\u00a0".repeat(u.depth)}
                {locale === "en" ? u.nameEn : u.nameZh}
              </option>
            ))}
          </select>
        </div>
        <div>
          <Label htmlFor="audit-from">{t("filters.from")}</Label>
          <Input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} />
        </div>
        <div>
          <Label htmlFor="audit-to">{t("filters.to")}</Label>
          <Input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} />
        </div>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {/* A plain button: the shared Button (Radix Slot) is for client components, and this form needs no JavaScript. */}
        <button
          type="submit"
          className="inline-flex h-10 items-center justify-center rounded-md bg-blue-800 px-4 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          {t("filters.apply")}
        </button>
        <Link href="/audit" className="text-blue-800 underline underline-offset-2">
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}
