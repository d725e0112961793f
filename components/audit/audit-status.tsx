import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { AuditVerification } from "@/lib/data/audit-verify";

/** What verification found, where the log stands, and the latest signed checkpoint outside the database. */
export async function AuditStatus({ v }: { v: AuditVerification }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const when = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "medium" });
  return (
    <section aria-labelledby="audit-verify" className="space-y-2">
      <h2 id="audit-verify" className="sr-only">
        {t("verify.full")}
      </h2>
      {v.ok ? (
        <Alert tone="success">
          <p>{t(v.full ? "verify.ok" : "verify.okIncremental", { count: v.checkedEvents, seals: v.checkedSeals })}</p>
          {v.unsealed > 0 ? <p>{t("verify.unsealed", { count: v.unsealed })}</p> : null}
        </Alert>
      ) : (
        <Alert tone="error">
          {t(`verify.broken.${v.problem!.kind}`, { id: v.problem!.fromId, seq: v.problem!.seq ?? "—" })}
        </Alert>
      )}
      <ul className="space-y-1 text-sm text-slate-700">
        {v.lastSeal ? <li>{t("verify.lastSeal", { seq: v.lastSeal.seq, time: when(v.lastSeal.sealedAt) })}</li> : null}
        <li>
          {v.latestCheckpoint
            ? t("verify.checkpoint", { seq: v.latestCheckpoint.seq, time: when(v.latestCheckpoint.sealedAt), keyId: v.keyId })
            : t("verify.noCheckpoint")}
        </li>
      </ul>
      <p className="text-sm">
        <Link href="/audit?verify=full" className="text-blue-800 underline underline-offset-2" prefetch={false}>
          {t("verify.full")}
        </Link>
        <span className="text-slate-700"> — {t("verify.fullHint")}</span>
      </p>
    </section>
  );
}
