import "server-only";
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { db, type Prisma } from "@/lib/db";
import type { StoredEvent } from "@/lib/audit/hash";
import { parseCheckpointLines, type Checkpoint } from "@/lib/audit/sign";
import { LogVerifier, START, type Problem, type StoredSeal, type VerifiedPosition } from "@/lib/audit/verify";
import { auditLogId, checkpointFile, readCheckpoints, signingKey } from "./audit-seal";

/**
 * Verification of the sealed log against the database and the signed
 * checkpoints outside it. The audit page verifies incrementally from the
 * position this process last verified (a view costs the new seals only);
 * full verification (on request, and in tests) starts from the first event.
 */

export interface AuditVerification {
  ok: boolean;
  full: boolean;
  checkedEvents: number;
  checkedSeals: number;
  problem: Problem | null;
  /** Events not sealed yet (sealing runs about once a second). */
  unsealed: number;
  lastSeal: { seq: number; lastId: string; sealedAt: Date } | null;
  latestCheckpoint: Checkpoint | null;
  keyId: string;
  verifiedAt: Date;
}

const PAGE = 2_000;

type EventRow = Prisma.AuditEventGetPayload<object>;

export function toStoredEvent(e: EventRow): StoredEvent {
  return {
    id: e.id.toString(),
    occurredAt: e.occurredAt,
    actorId: e.actorId,
    actorEmail: e.actorEmail,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    orgUnitId: e.orgUnitId,
    before: e.before,
    after: e.after,
    ip: e.ip,
    userAgent: e.userAgent,
    scopeUnitId: e.scopeUnitId,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

type SealRow = Prisma.AuditSealGetPayload<object>;

export function toStoredSeal(s: SealRow): StoredSeal {
  return {
    ...s,
    xidLo: s.xidLo.toString(),
    xidHi: s.xidHi.toString(),
    firstId: s.firstId.toString(),
    lastId: s.lastId.toString(),
  };
}

/** The events of one batch (inserting transaction id in the seal's range), in id order. */
export async function batchEvents(xidLo: bigint, xidHi: bigint): Promise<StoredEvent[]> {
  const rows = await db().auditEvent.findMany({ where: { insXid: { gte: xidLo, lt: xidHi } }, orderBy: { id: "asc" } });
  return rows.map(toStoredEvent);
}

/** Seals after `afterSeq` with their events, in order, one batch in memory at a time. */
export async function* sealedBatches(afterSeq: number): AsyncGenerator<{ seal: StoredSeal; events: StoredEvent[] }> {
  let seq = afterSeq;
  for (;;) {
    const seals = await db().auditSeal.findMany({ where: { seq: { gt: seq } }, orderBy: { seq: "asc" }, take: 500 });
    if (seals.length === 0) return;
    for (const s of seals) {
      yield { seal: toStoredSeal(s), events: await batchEvents(s.xidLo, s.xidHi) };
      seq = s.seq;
    }
  }
}

/** Events not sealed yet (inserted by transactions at or after the last seal's horizon), a page at a time. */
export async function* unsealedEvents(fromXid: bigint): AsyncGenerator<StoredEvent[]> {
  let cursor = -1n;
  for (;;) {
    const page = await db().auditEvent.findMany({
      where: { insXid: { gte: fromXid }, id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    if (page.length === 0) return;
    yield page.map(toStoredEvent);
    cursor = page[page.length - 1]!.id;
  }
}

/** The last lines of the checkpoint file (enough for the latest checkpoints) without reading all of it. */
function readCheckpointTail(logId: string): Checkpoint[] {
  const file = checkpointFile(logId);
  if (!existsSync(file)) return [];
  const size = statSync(file).size;
  const len = Math.min(size, 64 * 1024);
  const buf = Buffer.alloc(len);
  const fd = openSync(file, "r");
  try {
    readSync(fd, buf, 0, len, size - len);
  } finally {
    closeSync(fd);
  }
  return parseCheckpointLines(buf.toString("utf8"));
}

const g = globalThis as unknown as { auditVerified?: { logId: string; keyId: string; pos: VerifiedPosition; events: number } };

/** Forget the verified position (tests; a restore). */
export function resetVerifiedPosition(): void {
  g.auditVerified = undefined;
}

export async function verifyAuditLog(opts: { full: boolean }): Promise<AuditVerification> {
  const logId = await auditLogId();
  const key = signingKey();
  const remembered = !opts.full && g.auditVerified?.logId === logId && g.auditVerified.keyId === key.keyId ? g.auditVerified : undefined;
  let from = remembered?.pos ?? START;
  const outside = remembered ? readCheckpointTail(logId) : readCheckpoints(logId);
  // Incremental: only checkpoints beyond the verified position are still to be checked.
  const checkpoints = remembered ? outside.filter((c) => c.seq > from.seq) : outside;
  const newestOutside = outside.reduce<Checkpoint | null>((a, c) => (c.logId === logId && (!a || c.seq > a.seq) ? c : a), null);
  const verifier = new LogVerifier({ logId, publicKey: key.privateKey, checkpoints, from });

  if (remembered) {
    // The position verified before must still be there, unchanged: otherwise verify everything again.
    const seal = await db().auditSeal.findUnique({ where: { seq: from.seq } });
    if (!seal || seal.hash !== from.hash) {
      resetVerifiedPosition();
      return verifyAuditLog({ full: true });
    }
  }

  for await (const { seal, events } of sealedBatches(from.seq)) {
    if (!verifier.addBatch(seal, events)) break;
  }
  let unsealed = 0;
  if (!verifier.problem) {
    for await (const page of unsealedEvents(BigInt(verifier.position.xidHi))) {
      unsealed += page.length;
      if (!verifier.addUnsealed(page)) break;
    }
  }
  const result = verifier.finish();
  const total = (remembered?.events ?? 0) + verifier.checkedEvents;
  if (result.ok) {
    from = result.position;
    g.auditVerified = { logId, keyId: key.keyId, pos: from, events: total - unsealed };
  } else {
    resetVerifiedPosition();
  }
  const lastSeal = result.position.seq
    ? await db().auditSeal.findUnique({ where: { seq: result.position.seq }, select: { seq: true, lastId: true, sealedAt: true } })
    : null;
  return {
    ok: result.ok,
    full: !remembered,
    checkedEvents: total,
    checkedSeals: (remembered ? remembered.pos.seq : 0) + verifier.checkedSeals,
    problem: result.problem,
    unsealed,
    lastSeal: lastSeal ? { seq: lastSeal.seq, lastId: lastSeal.lastId.toString(), sealedAt: lastSeal.sealedAt } : null,
    latestCheckpoint: result.latestCheckpoint ?? newestOutside,
    keyId: key.keyId,
    verifiedAt: new Date(),
  };
}
