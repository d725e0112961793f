import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EvaluateButton } from "@/components/warnings/evaluate-button";
import { ThresholdsForm } from "@/components/warnings/thresholds-form";
import { WarningTable } from "@/components/warnings/warning-table";
import { requireRole } from "@/lib/auth/guard";
import { coversPath } from "@/lib/data/actor";
import { scopeOptions } from "@/lib/data/compare/scope";
import {
  dimensionNames,
  getThresholds,
  listWarnings,
  WARNING_ADMIN_ROLES,
  WARNING_READ_ROLES,
  changeableWarnings,
  warningAdminScope,
} from "@/lib/data/warnings/warnings";
import { NotFoundError } from "@/lib/errors";
import { parseTableParams } from "@/lib/table/params";
import { RULES } from "@/lib/warnings/rules";

export async function generateMetadata() {
  const t = await getTranslations("warnings");
  return { title: t("title") };
}

const STATES = ["NEW", "ACKNOWLEDGED", "HANDLED"] as const;
const SEVERITIES = ["CRITICAL", "WARNING", "INFO"] as const;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const pick = <T extends string>(list: readonly T[], v: string | undefined): T | undefined => (list.includes(v as T) ? (v as T) : undefined);
const field = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-2 text-sm";

export default async function WarningsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(WARNING_READ_ROLES);
  const sp = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("warnings"), getLocale()]);
  const filters = {
    state: pick(STATES, first(sp.state)),
    severity: pick(SEVERITIES, first(sp.severity)),
    rule: pick(RULES, first(sp.rule)),
    resolved: first(sp.resolved) === "1",
  };
  const table = parseTableParams(sp, { sortKeys: ["lastSeen"], defaultSort: { key: "lastSeen", dir: "desc" }, pageSize: 20 });
  const adminScope = await warningAdminScope(actor, first(sp.scope)).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const [{ rows, total }, names, thresholds, scopes] = await Promise.all([
    listWarnings(actor, filters, { limit: table.pageSize, offset: table.offset }),
    dimensionNames(),
    adminScope ? getThresholds(actor, adminScope.id) : null,
    // Regions the office may set thresholds for: its own scope and every city and county below it.
    adminScope ? scopeOptions(actor).then((all) => all.filter((u) => coversPath(actor, WARNING_ADMIN_ROLES, u.path))) : [],
  ]);
  // The state form is offered only where the server would accept the change.
  const changeable = await changeableWarnings(actor, rows);
  const canChange = (r: { id: string }) => changeable.has(r.id);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("description")}</p>
      </div>
      <form method="get" action="/warnings" className="rounded-lg border border-slate-300 bg-white p-4">
        <fieldset>
          <legend className="font-semibold">{t("filters.legend")}</legend>
          <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-3">
            <label className="text-sm">
              {t("filters.state")}
              <select name="state" defaultValue={filters.state ?? ""} className={field}>
                <option value="">{t("filters.all")}</option>
                {STATES.map((s) => (
                  <option key={s} value={s}>{t(`states.${s}`)}</option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              {t("filters.severity")}
              <select name="severity" defaultValue={filters.severity ?? ""} className={field}>
                <option value="">{t("filters.all")}</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>{t(`severities.${s}`)}</option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              {t("filters.rule")}
              <select name="rule" defaultValue={filters.rule ?? ""} className={field}>
                <option value="">{t("filters.all")}</option>
                {RULES.map((r) => (
                  <option key={r} value={r}>{t(`rules.${r}`)}</option>
                ))}
              </select>
            </label>
          </div>
          <label className="mt-3 flex items-center gap-2 text-sm">
            <input type="checkbox" name="resolved" value="1" defaultChecked={filters.resolved} className="size-4" />
            {t("filters.resolved")}
          </label>
          <button type="submit" className="mt-3 inline-flex h-10 items-center rounded-md bg-blue-800 px-4 text-sm font-medium text-white hover:bg-blue-900">
            {t("filters.apply")}
          </button>
        </fieldset>
      </form>
      <WarningTable rows={rows} total={total} page={table.page} pageSize={table.pageSize} searchParams={sp} dimensionNames={names} canChange={canChange} />
      {adminScope && thresholds ? (
        <>
          <section aria-labelledby="evaluate-heading" className="space-y-2">
            <h2 id="evaluate-heading" className="text-lg font-semibold">{t("evaluate.heading")}</h2>
            <EvaluateButton scopeId={adminScope.id} />
          </section>
          <section aria-labelledby="thresholds-heading" className="space-y-2">
            <h2 id="thresholds-heading" className="text-lg font-semibold">{t("thresholds.heading")}</h2>
            {scopes.length > 1 ? (
              <form method="get" action="/warnings#thresholds-heading" className="flex flex-wrap items-end gap-2">
                {Object.entries(sp).flatMap(([k, v]) => (k === "scope" || v === undefined ? [] : [<input key={k} type="hidden" name={k} value={first(v)} />]))}
                <label className="min-w-48 text-sm">
                  {t("thresholds.scope")}
                  <select name="scope" defaultValue={adminScope.id} className={field}>
                    {scopes.map((u) => (
                      <option key={u.id} value={u.id}>
                        {"\u3000".repeat(Math.min(u.depth, 3))}
                        {locale === "en" ? u.nameEn : u.nameZh}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className="inline-flex h-10 items-center rounded-md border border-slate-400 bg-white px-4 text-sm font-medium hover:bg-slate-50">
                  {t("thresholds.chooseScope")}
                </button>
              </form>
            ) : null}
            <p className="text-sm text-slate-700">{t("thresholds.intro", { scope: locale === "en" ? adminScope.nameEn : adminScope.nameZh })}</p>
            {!thresholds.own ? <p className="text-sm text-slate-700">{t("thresholds.inherited")}</p> : null}
            <ThresholdsForm key={`${adminScope.id}:${thresholds.version}`} scopeId={adminScope.id} initial={thresholds.thresholds} version={thresholds.version} />
          </section>
        </>
      ) : null}
    </div>
  );
}
