import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditStatus } from "@/components/audit/audit-status";
import { AuditTable } from "@/components/audit/audit-table";
import { requireRole } from "@/lib/auth/guard";
import { auditUnitsFor, canReadWholeLog, pageAuditEvents } from "@/lib/data/audit-log";
import { ensureSealer, sealPending } from "@/lib/data/audit-seal";
import { verifyAuditLog } from "@/lib/data/audit-verify";
import { parseTableParams, tableHref } from "@/lib/table/params";
import { readAuditFilter } from "@/lib/validation/audit";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

type RawParams = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const actor = await requireRole(["AUDITOR"]);
  const raw = await searchParams;
  const filter = readAuditFilter(raw);
  const table = parseTableParams(raw, { sortKeys: ["time"] as const, defaultSort: { key: "time", dir: "desc" }, pageSize: 50 });
  // Seal what is pending first, so the status shows the log as of now; then verify from where the last view got to.
  ensureSealer();
  await sealPending();
  const [t, page, verification, units, wholeLog] = await Promise.all([
    getTranslations("audit"),
    pageAuditEvents(actor, {
      filter: { who: filter.who, what: filter.what, unitId: filter.unit, from: filter.from, to: filter.to },
      offset: table.offset,
      limit: table.pageSize,
      dir: table.sort.dir,
    }),
    verifyAuditLog({ full: raw.verify === "full" }),
    auditUnitsFor(actor),
    canReadWholeLog(actor),
  ]);
  const rootDepth = Math.min(...units.map((u) => u.path.split("/").length));
  const csvHref = tableHref("/api/v1/audit-events/csv", filter, {});
  const linkClass = "text-blue-800 underline underline-offset-2";
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <AuditStatus v={verification} />
      <AuditFilters filter={filter} units={units.map((u) => ({ ...u, depth: u.path.split("/").length - rootDepth }))} />
      <p>
        <a href={csvHref} className={linkClass} download>
          {t("archive.csv")}
        </a>
      </p>
      <AuditTable
        rows={page.rows}
        total={page.total}
        page={table.page}
        pageSize={table.pageSize}
        sort={{ key: "time", dir: table.sort.dir }}
        searchParams={{ ...raw, verify: undefined }}
      />
      <section aria-labelledby="audit-archive" className="space-y-2 rounded-md border border-slate-300 bg-white p-4">
        <h2 id="audit-archive" className="text-lg font-semibold">
          {t("archive.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("archive.text")}</p>
        <ul className="flex flex-col gap-2 text-sm sm:flex-row sm:flex-wrap sm:gap-4">
          <li>
            <a href="/api/v1/audit-events/checkpoints" className={linkClass} download>
              {t("archive.checkpoints")}
            </a>
          </li>
          <li>
            <a href="/api/v1/audit-events/checkpoints?file=public-key" className={linkClass} download>
              {t("archive.publicKey")}
            </a>
          </li>
          <li>
            {wholeLog ? (
              <a href="/api/v1/audit-events/export" className={linkClass} download>
                {t("archive.exportLog")}
              </a>
            ) : (
              <span className="text-slate-700">{t("archive.rootOnly")}</span>
            )}
          </li>
        </ul>
      </section>
    </div>
  );
}
