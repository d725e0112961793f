import "server-only";
import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "./actor";

/**
 * The audit log is append-only (a database trigger refuses UPDATE/DELETE) and
 * hash-chained: each row's hash covers the previous row's hash and its own
 * content, so altering or removing a row breaks verification from there on.
 */

type Tx = Prisma.TransactionClient;

// Serialises appends so the chain has one order; held only to the end of the transaction.
const AUDIT_CHAIN_LOCK = 4_200_417;
export const GENESIS_HASH = "0".repeat(64);

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  orgUnitId?: string | null;
  before?: unknown;
  after?: unknown;
  actor?: Pick<Actor, "userId" | "email"> | null;
  /** For events before a session exists (sign-in failures). */
  actorEmail?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

/** JSON with object keys sorted at every depth: PostgreSQL's jsonb reorders keys, so the hash must not depend on order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  return JSON.stringify(value);
}

interface HashedFields {
  occurredAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  orgUnitId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
}

export function hashEvent(prevHash: string, e: HashedFields): string {
  const body = canonicalJson({
    occurredAt: e.occurredAt.toISOString(),
    actorId: e.actorId,
    actorEmail: e.actorEmail,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    orgUnitId: e.orgUnitId,
    before: e.before ?? null,
    after: e.after ?? null,
    ip: e.ip,
    userAgent: e.userAgent,
  });
  return createHash("sha256").update(`${prevHash}\n${body}`).digest("hex");
}

const toJson = (v: unknown) =>
  v === undefined || v === null ? Prisma.DbNull : (JSON.parse(canonicalJson(v)) as Prisma.InputJsonValue);

/** Appends one event inside the caller's transaction, so the event and the change it records commit together. */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields: HashedFields = {
    occurredAt: new Date(),
    actorId: input.actor?.userId ?? null,
    actorEmail: input.actor?.email ?? input.actorEmail ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    orgUnitId: input.orgUnitId ?? null,
    before: input.before === undefined ? null : JSON.parse(canonicalJson(input.before)),
    after: input.after === undefined ? null : JSON.parse(canonicalJson(input.after)),
    ip: input.ip?.slice(0, 64) ?? null,
    userAgent: input.userAgent?.slice(0, 400) ?? null,
  };
  await tx.auditEvent.create({
    data: {
      ...fields,
      before: toJson(fields.before),
      after: toJson(fields.after),
      prevHash,
      hash: hashEvent(prevHash, fields),
    },
  });
}

/** Appends one event in a transaction of its own. */
export async function recordAudit(input: AuditInput): Promise<void> {
  await db().$transaction((tx) => appendAudit(tx, input));
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The first event whose hash or link does not match. */
  firstBrokenId: string | null;
}

/** Recomputes the whole chain in id order, in pages so memory stays flat. */
export async function verifyAuditChain(): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let cursor: bigint | undefined;
  for (;;) {
    const page = await db().auditEvent.findMany({
      orderBy: { id: "asc" },
      take: 1000,
      ...(cursor !== undefined ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (page.length === 0) break;
    for (const e of page) {
      const expected = hashEvent(prevHash, {
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
      });
      if (e.prevHash !== prevHash || e.hash !== expected) {
        return { ok: false, checked, firstBrokenId: e.id.toString() };
      }
      prevHash = e.hash;
      checked++;
    }
    cursor = page[page.length - 1]!.id;
  }
  return { ok: true, checked, firstBrokenId: null };
}
