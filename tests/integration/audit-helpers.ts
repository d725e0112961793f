import { sealPending } from "@/lib/data/audit-seal";
import { db } from "@/lib/db";

/**
 * Seals until the given event (by its inserting transaction) is in a batch.
 * The sealing horizon is the oldest transaction still writing on the whole
 * server, so on a shared test server another database's long transaction can
 * hold sealing back for a while.
 */
export async function sealCovering(insXid: bigint) {
  for (let i = 0; i < 300; i++) {
    await sealPending();
    const seal = await db().auditSeal.findFirst({ where: { xidLo: { lte: insXid }, xidHi: { gt: insXid } } });
    if (seal) return seal;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("not sealed within 30 s");
}

/** Seals everything written so far. */
export async function sealAll() {
  const last = await db().auditEvent.findFirst({ orderBy: { insXid: "desc" } });
  if (last) await sealCovering(last.insXid);
}
