import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { requireRole } from "@/lib/auth/guard";
import { listAuditEvents } from "@/lib/data/audit-log";
import { verifyAuditChain } from "@/lib/data/audit";

const PAGE = 50;

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const actor = await requireRole(["AUDITOR"]);
  const { before } = await searchParams;
  const beforeId = before && /^\d{1,18}$/.test(before) ? before : undefined;
  const [t, format, rows, chain] = await Promise.all([
    getTranslations("audit"),
    getFormatter(),
    listAuditEvents(actor, { limit: PAGE, beforeId }),
    verifyAuditChain(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {chain.ok ? (
        <Alert tone="success">{t("chainOk", { count: chain.checked })}</Alert>
      ) : (
        <Alert tone="error">{t("chainBroken", { id: chain.firstBrokenId ?? "?" })}</Alert>
      )}
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">{t("time")}</th>
                <th scope="col" className="p-2">{t("actor")}</th>
                <th scope="col" className="p-2">{t("action")}</th>
                <th scope="col" className="p-2">{t("entity")}</th>
                <th scope="col" className="p-2">{t("ip")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <td className="whitespace-nowrap p-2">
                    {format.dateTime(r.occurredAt, { dateStyle: "short", timeStyle: "medium" })}
                  </td>
                  <td className="p-2">{r.actorEmail ?? "—"}</td>
                  <td className="p-2 font-mono">{r.action}</td>
                  <td className="p-2">
                    {r.entityType}
                    {r.entityId ? ` ${r.entityId.slice(0, 8)}` : ""}
                  </td>
                  <td className="p-2">{r.ip ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length === PAGE && (
        <Link href={`/audit?before=${rows[rows.length - 1]!.id}`} className="text-blue-800 underline">
          {t("older")}
        </Link>
      )}
    </div>
  );
}
