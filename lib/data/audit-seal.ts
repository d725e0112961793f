import "server-only";
import { appendFileSync, chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { KeyObject } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { GENESIS_HASH, leafHash, merkleRoot, sealHash } from "@/lib/audit/hash";
import {
  checkpointLine,
  checkpointSignatureValid,
  generateSigningKeyPem,
  keyIdOf,
  parseCheckpointLines,
  privateKeyFromPem,
  publicKeyPem,
  signCheckpoint,
  type Checkpoint,
} from "@/lib/audit/sign";

/**
 * The sealer: one at a time across every instance (a transaction-scoped
 * advisory lock elects it), about once a second in the server process and on
 * demand (the audit page, tests). It closes the events committed since the
 * last seal into one batch — those whose inserting transaction id lies
 * between the last seal's horizon and the oldest transaction still running —
 * under a Merkle root over (id, hash) leaves, chains the seal to the previous
 * one, signs it with the key kept outside the database, stores the seal and
 * appends the signed checkpoint to a file.
 */

const SEALER_LOCK = 4_200_419;
const MAX_BATCH = 5_000;
const INTERVAL_MS = 1_000;

// Tests keep their key and checkpoints out of the developer's data folder (every test database is a new log).
const dataDir = () => (env().NODE_ENV === "test" ? path.join(tmpdir(), "agm-audit-test") : path.resolve(env().DATA_DIR));

// ---- the signing key (outside the database) ----

interface KeyState {
  privateKey: KeyObject;
  keyId: string;
  publicPem: string;
  source: "env" | "file";
  file: string | null;
}
let keyState: KeyState | undefined;

/** AUDIT_SIGNING_KEY, or DATA_DIR/audit-signing-key.pem (created on first use, mode 0600). */
export function signingKey(): KeyState {
  if (keyState) return keyState;
  const fromEnv = env().AUDIT_SIGNING_KEY;
  let pem: string;
  let file: string | null = null;
  if (fromEnv) {
    pem = fromEnv.replace(/\\n/g, "\n");
  } else {
    file = path.join(dataDir(), "audit-signing-key.pem");
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      try {
        writeFileSync(file, generateSigningKeyPem(), { mode: 0o600, flag: "wx" });
        logger().warn({ file }, "audit: created a new checkpoint signing key; keep a copy of its public key with your checkpoint archive");
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
    }
    chmodSync(file, 0o600);
    pem = readFileSync(file, "utf8");
  }
  const privateKey = privateKeyFromPem(pem);
  keyState = { privateKey, keyId: keyIdOf(privateKey), publicPem: publicKeyPem(privateKey), source: fromEnv ? "env" : "file", file };
  return keyState;
}

/** For tests that switch keys. */
export function resetSigningKeyCache(): void {
  keyState = undefined;
}

// ---- the log's identity and its checkpoint file ----

let cachedLogId: string | undefined;

export async function auditLogId(): Promise<string> {
  if (!cachedLogId) {
    const row = await db().auditLog.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } });
    cachedLogId = row.id;
  }
  return cachedLogId;
}

export function checkpointFile(logId: string): string {
  const dir = env().AUDIT_CHECKPOINT_DIR ? path.resolve(env().AUDIT_CHECKPOINT_DIR!) : path.join(dataDir(), "audit");
  return path.join(dir, `checkpoints-${logId}.jsonl`);
}

export function readCheckpoints(logId: string): Checkpoint[] {
  const file = checkpointFile(logId);
  return existsSync(file) ? parseCheckpointLines(readFileSync(file, "utf8")) : [];
}

/** The highest seal number this server has signed for the log (from the end of its checkpoint file). */
function newestSignedSeq(logId: string): number {
  const file = checkpointFile(logId);
  if (!existsSync(file)) return 0;
  const size = statSync(file).size;
  const len = Math.min(size, 16 * 1024);
  const buf = Buffer.alloc(len);
  const fd = openSync(file, "r");
  try {
    readSync(fd, buf, 0, len, size - len);
  } finally {
    closeSync(fd);
  }
  const key = signingKey();
  return parseCheckpointLines(buf.toString("utf8"))
    .filter((c) => c.logId === logId && checkpointSignatureValid(c, key.privateKey))
    .reduce((max, c) => Math.max(max, c.seq), 0);
}

function appendCheckpoint(c: Checkpoint): void {
  const file = checkpointFile(c.logId);
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, checkpointLine(c), { mode: 0o600 });
}

// ---- sealing ----

export interface SealResult {
  seals: number;
  events: number;
}

/**
 * The sealing horizon: the oldest transaction still running. Every transaction
 * with a lower id has committed or rolled back, so the events it wrote are all
 * visible now and no more can arrive below it. Read outside any transaction
 * and without a lock: writers never wait for the sealer. On the log's own
 * transaction-id line (the cluster's id + the epoch's base, as events record
 * theirs), so a restore into another cluster continues above the restored seals.
 */
async function horizon(): Promise<bigint> {
  const [row] = await db().$queryRaw<{ h: string }[]>`SELECT audit_seal_horizon()::text AS h`;
  return BigInt(row?.h ?? "0");
}

/** Seals what has been committed since the last seal (in batches of about 5,000 events at most). Safe to call from anywhere at any time. */
export async function sealPending(): Promise<SealResult> {
  const out: SealResult = { seals: 0, events: 0 };
  const hi = await horizon();
  // Our own checkpoint file already names seals the database no longer has: someone removed the end of the
  // log. Sealing on would number new seals over the deleted ones; stop and leave the evidence as it is.
  const logId = await auditLogId();
  const signedUpTo = newestSignedSeq(logId);
  const lastSeq = (await db().auditSeal.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } }))?.seq ?? 0;
  if (signedUpTo > lastSeq) {
    logger().error({ signedUpTo, lastSeq }, "audit: signed checkpoints name seals missing from the database; sealing stopped");
    return out;
  }
  for (let round = 0; round < 10_000; round++) {
    const sealed = await sealOneBatch(hi);
    if (!sealed) break;
    out.seals++;
    out.events += sealed.eventCount;
    appendCheckpointSafely(sealed);
  }
  return out;
}

function appendCheckpointSafely(c: Checkpoint) {
  try {
    appendCheckpoint(c);
  } catch (err) {
    // The seal and its signature are in the database; only this copy outside it is missing.
    logger().error({ err, seq: c.seq }, "audit: could not append the checkpoint file");
  }
}

async function sealOneBatch(horizonXid: bigint): Promise<Checkpoint | null> {
  const key = signingKey();
  const logId = await auditLogId();
  return db().$transaction(async (tx) => {
    const [got] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${SEALER_LOCK}) AS ok`;
    if (!got?.ok) return null; // another instance is sealing
    const last = await tx.auditSeal.findFirst({ orderBy: { seq: "desc" } });
    const xidLo = last?.xidHi ?? 0n;
    if (xidLo >= horizonXid) return null;
    let rows = await tx.auditEvent.findMany({
      where: { insXid: { gte: xidLo, lt: horizonXid } },
      orderBy: [{ insXid: "asc" }, { id: "asc" }],
      take: MAX_BATCH + 1,
      select: { id: true, hash: true, insXid: true },
    });
    if (rows.length === 0) return null;
    let xidHi = horizonXid;
    if (rows.length > MAX_BATCH) {
      // Cut between transactions, never inside one: the batch ends before the last transaction read.
      const cut = rows[MAX_BATCH]!.insXid;
      const within = rows.filter((r) => r.insXid < cut);
      if (within.length > 0) {
        rows = within;
        xidHi = cut;
      } else {
        // One transaction wrote more than a batch: seal all of it at once.
        rows = await tx.auditEvent.findMany({ where: { insXid: cut }, select: { id: true, hash: true, insXid: true } });
        xidHi = cut + 1n;
      }
    }
    rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const sealedAt = new Date();
    const fields = {
      logId,
      seq: (last?.seq ?? 0) + 1,
      xidLo: xidLo.toString(),
      xidHi: xidHi.toString(),
      firstId: rows[0]!.id.toString(),
      lastId: rows[rows.length - 1]!.id.toString(),
      eventCount: rows.length,
      merkleRoot: merkleRoot(rows.map((r) => leafHash(r.id.toString(), r.hash))),
      prevHash: last?.hash ?? GENESIS_HASH,
      sealedAt,
    };
    const hash = sealHash(fields);
    const checkpoint = signCheckpoint(
      {
        logId,
        seq: fields.seq,
        firstId: fields.firstId,
        lastId: fields.lastId,
        eventCount: fields.eventCount,
        sealHash: hash,
        sealedAt: sealedAt.toISOString(),
      },
      key.privateKey,
    );
    await tx.auditSeal.create({
      data: {
        seq: fields.seq,
        xidLo,
        xidHi,
        firstId: rows[0]!.id,
        lastId: rows[rows.length - 1]!.id,
        eventCount: fields.eventCount,
        merkleRoot: fields.merkleRoot,
        prevHash: fields.prevHash,
        hash,
        sealedAt,
        keyId: checkpoint.keyId,
        signature: checkpoint.signature,
      },
    });
    return checkpoint;
  });
}

/**
 * The end of the sealed log for an export: the last seal, read under the sealer's lock (waiting for a sealer
 * that is running), and the time. A seal made after this was signed later than `at`, so an export can name
 * where it ends and when, and a checkpoint signed after that is not expected in it.
 */
export async function sealedHead(): Promise<{ seq: number; hash: string; xidHi: bigint; at: Date }> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS ok FROM pg_advisory_xact_lock(${SEALER_LOCK})`;
    const last = await tx.auditSeal.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true, xidHi: true } });
    return { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH, xidHi: last?.xidHi ?? 0n, at: new Date() };
  });
}

// ---- the background sealer ----

const g = globalThis as unknown as { auditSealer?: { timer: NodeJS.Timeout; running: boolean } };

function sealerWanted(): boolean {
  const setting = env().AUDIT_SEALER;
  return setting ? setting === "on" : env().NODE_ENV !== "test";
}

/** Starts the once-a-second sealer in this process (first audit write or audit page view); idempotent. */
export function ensureSealer(): void {
  if (g.auditSealer || !sealerWanted()) return;
  const state = { running: false, timer: undefined as unknown as NodeJS.Timeout };
  state.timer = setInterval(() => {
    if (state.running) return;
    state.running = true;
    sealPending()
      .catch((err) => logger().error({ err }, "audit: sealing failed; will retry"))
      .finally(() => {
        state.running = false;
      });
  }, INTERVAL_MS);
  // Never keeps a script (seed, migrate, benchmarks) alive.
  state.timer.unref();
  g.auditSealer = state;
}

export function stopSealer(): void {
  if (g.auditSealer) clearInterval(g.auditSealer.timer);
  g.auditSealer = undefined;
}
