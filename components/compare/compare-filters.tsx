import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CompareView } from "@/lib/data/compare/dashboard";
import { STATUS_FILTERS, UNIT_KINDS } from "@/lib/data/compare/filters";
import type { ScopeUnit } from "@/lib/data/compare/scope";
import { sectorLabel } from "./format";

const field = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-2 text-sm";

/**
 * The view's state as a plain GET form: the URL is the state, so any view can
 * be bookmarked and shared, and no JavaScript is needed to change it.
 */
export async function CompareFilters({
  view,
  scopes,
  regions,
  sectors,
}: {
  view: Extract<CompareView, { ctx: object }>;
  scopes: (ScopeUnit & { depth: number })[];
  regions: { id: string; nameZh: string; nameEn: string }[];
  sectors: string[];
}) {
  const [t, tAll, locale] = await Promise.all([getTranslations("compare"), getTranslations(), getLocale()]);
  const name = (u: { nameZh: string; nameEn: string }) => (locale === "en" ? u.nameEn : u.nameZh);
  const q = view.query;
  return (
    <form method="get" action="/compare" className="rounded-lg border border-slate-300 bg-white p-4">
      <fieldset>
        <legend className="text-base font-semibold">{t("filters.legend")}</legend>
        <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <label className="text-sm">
            {t("filters.scope")}
            <select name="scope" defaultValue={view.scope.id} className={field}>
              {scopes.map((s) => (
                <option key={s.id} value={s.id}>
                  {"\u3000".repeat(Math.min(s.depth, 3))}
                  {name(s)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            {t("filters.cycle")}
            <select name="cycle" defaultValue={view.cycle?.id} className={field}>
              {view.cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {name(c)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            {t("filters.basis")}
            <select name="basis" defaultValue={q.basis} className={field}>
              <option value="verified">{t("filters.basisVerified")}</option>
              <option value="self">{t("filters.basisSelf")}</option>
            </select>
          </label>
          <label className="text-sm">
            {t("filters.search")}
            <input type="search" name="q" defaultValue={q.q ?? ""} maxLength={100} className={field} />
          </label>
          <label className="text-sm">
            {t("filters.region")}
            <select name="region" defaultValue={q.region ?? ""} className={field}>
              <option value="">{t("filters.all")}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {name(r)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            {t("filters.kind")}
            <select name="kind" defaultValue={q.kind ?? ""} className={field}>
              <option value="">{t("filters.all")}</option>
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {tAll(`orgKinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            {t("filters.sector")}
            <select name="sector" defaultValue={q.sector ?? ""} className={field}>
              <option value="">{t("filters.all")}</option>
              {sectors.map((s) => (
                <option key={s} value={s}>
                  {sectorLabel(t, t.has, s)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            {t("filters.status")}
            <select name="status" defaultValue={q.status ?? ""} className={field}>
              <option value="">{t("filters.all")}</option>
              {STATUS_FILTERS.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            {t("filters.level")}
            <select name="level" defaultValue={q.level ? String(q.level) : ""} className={field}>
              <option value="">{t("filters.all")}</option>
              {[1, 2, 3, 4, 5].map((l) => (
                <option key={l} value={l}>
                  {tAll(`levels.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {q.units.length > 0 ? <input type="hidden" name="units" value={q.units.join(",")} /> : null}
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="submit" className="inline-flex h-10 items-center rounded-md bg-blue-700 px-4 text-sm font-medium text-white hover:bg-blue-800">
            {t("filters.apply")}
          </button>
          <Link href={`/compare?scope=${view.scope.id}`} className="inline-flex h-10 items-center rounded-md border border-slate-400 px-4 text-sm hover:bg-slate-100">
            {t("filters.reset")}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
