import "server-only";
import { db, Prisma } from "@/lib/db";
import { canonicalJson } from "@/lib/audit/canonical";
import { contentHash, type SealedEventFields } from "@/lib/audit/hash";
import { logger } from "@/lib/logger";
import { isUuid } from "@/lib/validation/uuid";
import type { Actor } from "./actor";
import { ensureSealer } from "./audit-seal";
import { verifyAuditLog, type AuditVerification } from "./audit-verify";

/**
 * The audit log is append-only (database triggers refuse UPDATE/DELETE/TRUNCATE;
 * on a server deployment the app's runtime role has only INSERT and SELECT on it)
 * and tamper-evident: each event stores the hash of its own content, and a single
 * sealer (lib/data/audit-seal.ts) closes the events into batches about once a
 * second — a Merkle root per batch, each seal chained to the previous one and
 * signed with a key kept outside the database. Appending takes no lock, so
 * writers never wait for one another.
 */

type Tx = Prisma.TransactionClient;

export { canonicalJson } from "@/lib/audit/canonical";
export { GENESIS_HASH, hashEvent } from "@/lib/audit/hash";

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

type Client = Tx | ReturnType<typeof db>;

/**
 * The unit a user "belongs to" for audit scoping: the deepest unit that
 * contains every unit the user holds a role on (a respondent's department, a
 * city administrator's city). Null for users with no grants.
 */
async function homeUnitOf(client: Client, userId: string): Promise<string | null> {
  const grants = await client.roleGrant.findMany({ where: { userId }, select: { orgUnit: { select: { path: true } } } });
  if (grants.length === 0) return null;
  const paths = grants.map((g) => g.orgUnit.path.split("/").filter(Boolean));
  const common: string[] = [];
  for (let i = 0; i < paths[0]!.length; i++) {
    const seg = paths[0]![i]!;
    if (paths.every((p) => p[i] === seg)) common.push(seg);
    else break;
  }
  return common.at(-1) ?? null;
}

/** Events about a unit belong to it; events about a user (sign-ins, user administration) to the target's or the actor's unit. */
async function scopeUnitFor(client: Client, input: AuditInput): Promise<string | null> {
  if (input.orgUnitId) return input.orgUnitId;
  if (input.entityType === "User" && input.entityId && isUuid(input.entityId)) {
    const unit = await homeUnitOf(client, input.entityId);
    if (unit) return unit;
  }
  return input.actor?.userId ? homeUnitOf(client, input.actor.userId) : null;
}

const toJson = (v: unknown) =>
  v === undefined || v === null ? Prisma.DbNull : (JSON.parse(canonicalJson(v)) as Prisma.InputJsonValue);

async function eventFields(client: Client, input: AuditInput): Promise<SealedEventFields> {
  return {
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
    scopeUnitId: await scopeUnitFor(client, input),
  };
}

async function insertEvent(client: Client, input: AuditInput): Promise<void> {
  const fields = await eventFields(client, input);
  await client.auditEvent.create({
    data: { ...fields, before: toJson(fields.before), after: toJson(fields.after), prevHash: null, hash: contentHash(fields) },
  });
  ensureSealer();
}

const jsonOrNull = (v: unknown) => (v === null || v === undefined ? null : canonicalJson(v));

/**
 * The same event as appendAudit writes, as the tail of one SQL statement that makes the change and records it at
 * once: `INSERT INTO audit_event (…) SELECT … FROM <source>`, where `source` is a CTE of the statement that
 * returns one row when the change was made and none when it was not (then nothing is recorded). The autosave uses
 * it to write an answer and its event in one round trip (lib/data/assessments/responses.ts). The caller runs the
 * statement inside its transaction and then calls auditAppended().
 */
export async function auditInsertFrom(client: Client, input: AuditInput, source: string): Promise<Prisma.Sql> {
  if (!/^[a-z_]+$/.test(source)) throw new Error(`not a CTE name: ${source}`);
  const f = await eventFields(client, input);
  return Prisma.sql`INSERT INTO audit_event (occurred_at, actor_id, actor_email, action, entity_type, entity_id, org_unit_id,
                                             before, after, ip, user_agent, prev_hash, hash, scope_unit_id)
    SELECT ${f.occurredAt.toISOString()}::timestamptz, ${f.actorId}::uuid, ${f.actorEmail}, ${f.action}, ${f.entityType},
           ${f.entityId}, ${f.orgUnitId}::uuid, ${jsonOrNull(f.before)}::jsonb, ${jsonOrNull(f.after)}::jsonb, ${f.ip},
           ${f.userAgent}, NULL, ${contentHash(f)}, ${f.scopeUnitId}::uuid
      FROM ${Prisma.raw(source)}`;
}

/** After a statement built with auditInsertFrom has run: the sealer closes the new event into a batch. */
export function auditAppended(): void {
  ensureSealer();
}

/** Appends one event inside the caller's transaction, so the event and the change it records commit together. No lock is taken. */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<void> {
  await insertEvent(tx, input);
}

/** Appends one event on its own (one INSERT, no transaction of its own, no lock): failed sign-ins use this. */
export async function recordAudit(input: AuditInput): Promise<void> {
  await insertEvent(db(), input);
}

export interface ChainVerification extends AuditVerification {
  /** Events checked. */
  checked: number;
  /** The first event from which the log cannot be trusted (null when it verifies). */
  firstBrokenId: string | null;
}

/**
 * Full verification: every event against its hash, every batch against its
 * seal's Merkle root, the chain of seals, their signatures and the signed
 * checkpoints outside the database. The audit page verifies incrementally
 * instead (verifyAuditLog({ full: false })).
 */
export async function verifyAuditChain(): Promise<ChainVerification> {
  const v = await verifyAuditLog({ full: true });
  return { ...v, checked: v.checkedEvents, firstBrokenId: v.problem?.fromId ?? null };
}

export type RefusalReason = "forbidden" | "notFound" | "unauthenticated" | "crossSite";

/**
 * Records a refused access attempt (another unit's data, a role the user
 * lacks, no session) as a security event. For the action and route wrappers
 * (lib/auth/action.ts, lib/auth/route.ts), after they have decided to refuse.
 * Never throws and takes no lock: a failure to record must not change the
 * answer the caller gets, and a flood of refusals must not slow anyone else.
 */
export async function recordSecurityEvent(input: {
  reason: RefusalReason;
  /** The action or route that was refused, e.g. "saveResponse" or "auditEvents.list". */
  operation: string;
  actor?: Pick<Actor, "userId" | "email"> | null;
  entityType?: string;
  entityId?: string | null;
  /** The unit the refused request was about, when known. */
  orgUnitId?: string | null;
  meta?: RequestMeta | null;
}): Promise<void> {
  try {
    await recordAudit({
      action: "security.access_refused",
      entityType: input.entityType ?? "Request",
      entityId: input.entityId?.slice(0, 80) ?? null,
      orgUnitId: input.orgUnitId ?? null,
      actor: input.actor ?? null,
      after: { reason: input.reason, operation: input.operation.slice(0, 80) },
      ip: input.meta?.ip ?? null,
      userAgent: input.meta?.userAgent ?? null,
    });
  } catch (err) {
    logger().error({ err, operation: input.operation }, "audit: could not record a refused access attempt");
  }
}
