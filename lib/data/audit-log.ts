import "server-only";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "./actor";
import { orgScopeWhere } from "./org-units";
import type { AuditCategory } from "@/lib/audit/categories";
import { auditDetails, type AuditDetails } from "@/lib/audit/details";

export { auditDetails, type AuditDetails } from "@/lib/audit/details";

/**
 * The audit log as an AUDITOR reads it: only events of units in the auditor's
 * scope (an event without a unit of its own belongs to the actor's or the
 * target user's unit, stored on the event as its scope unit); an auditor
 * whose scope is a root unit also reads the events that belong to no unit
 * (failed sign-ins with an unknown address). An AUDITOR reads no answers:
 * the details show that an answer changed and its level, never the text of
 * notes, reasons, comments or evidence.
 */

export interface AuditRow {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** A user the event is about (user administration, sign-ins), by name. */
  targetName: string | null;
  orgUnitId: string | null;
  unitName: { zh: string; en: string } | null;
  ip: string | null;
  details: AuditDetails;
}

export { AUDIT_CATEGORIES, type AuditCategory } from "@/lib/audit/categories";

export interface AuditFilter {
  /** Part of the actor's e-mail address or name. */
  who?: string;
  what?: AuditCategory;
  /** A unit in the auditor's scope: its whole subtree. */
  unitId?: string;
  /** Inclusive dates, YYYY-MM-DD in the deployment's time zone (Asia/Shanghai). */
  from?: string;
  to?: string;
}

const TZ_OFFSET = "+08:00";
const dayStart = (d: string) => new Date(`${d}T00:00:00.000${TZ_OFFSET}`);
const nextDay = (d: string) => new Date(dayStart(d).getTime() + 86_400_000);

/** The units whose events the actor may read, and whether the unit-less ones are included. */
async function auditScope(actor: Actor) {
  const units = await db().orgUnit.findMany({ where: orgScopeWhere(actor, ["AUDITOR"]), select: { id: true, path: true } });
  const auditorUnits = actor.grants.filter((g) => g.role === "AUDITOR").map((g) => g.orgUnitId);
  const rootGrant = auditorUnits.length
    ? (await db().orgUnit.count({ where: { id: { in: auditorUnits }, parentId: null } })) > 0
    : false;
  return { units, rootGrant };
}

async function whereFor(actor: Actor, filter: AuditFilter): Promise<Prisma.AuditEventWhereInput> {
  const { units, rootGrant } = await auditScope(actor);
  let unitIds = units.map((u) => u.id);
  let includeUnitless = rootGrant;
  if (filter.unitId) {
    const picked = units.find((u) => u.id === filter.unitId);
    unitIds = picked ? units.filter((u) => u.path.startsWith(picked.path)).map((u) => u.id) : [];
    includeUnitless = false;
  }
  const and: Prisma.AuditEventWhereInput[] = [
    { OR: [{ scopeUnitId: { in: unitIds } }, ...(includeUnitless ? [{ scopeUnitId: null }] : [])] },
  ];
  if (filter.what) and.push({ action: { startsWith: `${filter.what}.` } });
  if (filter.from) and.push({ occurredAt: { gte: dayStart(filter.from) } });
  if (filter.to) and.push({ occurredAt: { lt: nextDay(filter.to) } });
  if (filter.who?.trim()) {
    const who = filter.who.trim();
    const named = await db().user.findMany({
      where: { OR: [{ displayName: { contains: who, mode: "insensitive" } }, { email: { contains: who, mode: "insensitive" } }] },
      select: { id: true },
      take: 200,
    });
    and.push({ OR: [{ actorEmail: { contains: who, mode: "insensitive" } }, { actorId: { in: named.map((u) => u.id) } }] });
  }
  return { AND: and };
}

type EventRecord = Prisma.AuditEventGetPayload<object>;

async function toRows(events: EventRecord[]): Promise<AuditRow[]> {
  const userIds = new Set<string>();
  const unitIds = new Set<string>();
  for (const e of events) {
    if (e.actorId) userIds.add(e.actorId);
    if (e.entityType === "User" && e.entityId) userIds.add(e.entityId);
    if (e.scopeUnitId) unitIds.add(e.scopeUnitId);
  }
  const uuid = /^[0-9a-f-]{36}$/i;
  const [users, units] = await Promise.all([
    db().user.findMany({ where: { id: { in: [...userIds].filter((id) => uuid.test(id)) } }, select: { id: true, displayName: true } }),
    db().orgUnit.findMany({ where: { id: { in: [...unitIds] } }, select: { id: true, nameZh: true, nameEn: true } }),
  ]);
  const nameOf = new Map(users.map((u) => [u.id, u.displayName]));
  const unitOf = new Map(units.map((u) => [u.id, { zh: u.nameZh, en: u.nameEn }]));
  return events.map((e) => ({
    id: e.id.toString(),
    occurredAt: e.occurredAt,
    actorId: e.actorId,
    actorEmail: e.actorEmail,
    actorName: e.actorId ? (nameOf.get(e.actorId) ?? null) : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    targetName: e.entityType === "User" && e.entityId ? (nameOf.get(e.entityId) ?? null) : null,
    orgUnitId: e.scopeUnitId,
    unitName: e.scopeUnitId ? (unitOf.get(e.scopeUnitId) ?? null) : null,
    ip: e.ip,
    details: auditDetails(e.action, e.before, e.after),
  }));
}

/** Newest first, keyset paging by id (the REST API). */
export async function listAuditEvents(
  actor: Actor,
  opts: { limit: number; beforeId?: string; filter?: AuditFilter },
): Promise<AuditRow[]> {
  const where = await whereFor(actor, opts.filter ?? {});
  const events = await db().auditEvent.findMany({
    where: opts.beforeId ? { AND: [where, { id: { lt: BigInt(opts.beforeId) } }] } : where,
    orderBy: { id: "desc" },
    take: opts.limit,
  });
  return toRows(events);
}

/** One page of the log with the total (the audit page). */
export async function pageAuditEvents(
  actor: Actor,
  opts: { filter: AuditFilter; offset: number; limit: number; dir: "asc" | "desc" },
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = await whereFor(actor, opts.filter);
  const [events, total] = await Promise.all([
    db().auditEvent.findMany({ where, orderBy: { id: opts.dir }, skip: opts.offset, take: opts.limit }),
    db().auditEvent.count({ where }),
  ]);
  return { rows: await toRows(events), total };
}

/** Every matching event, oldest first, a page at a time (CSV export): memory stays flat. */
export async function* allAuditEvents(actor: Actor, filter: AuditFilter): AsyncGenerator<AuditRow[]> {
  const where = await whereFor(actor, filter);
  let cursor: bigint | undefined;
  for (;;) {
    const events = await db().auditEvent.findMany({
      where: cursor === undefined ? where : { AND: [where, { id: { gt: cursor } }] },
      orderBy: { id: "asc" },
      take: 1_000,
    });
    if (events.length === 0) return;
    yield await toRows(events);
    cursor = events[events.length - 1]!.id;
  }
}

/** The units an auditor may filter by (their scope), for the filter's list. */
export async function auditUnitsFor(actor: Actor) {
  return db().orgUnit.findMany({
    where: orgScopeWhere(actor, ["AUDITOR"]),
    select: { id: true, nameZh: true, nameEn: true, path: true },
    orderBy: { path: "asc" },
    take: 2_000,
  });
}

/** Whether the actor may export and verify the whole log (an AUDITOR of a root unit). */
export async function canReadWholeLog(actor: Actor): Promise<boolean> {
  return (await auditScope(actor)).rootGrant;
}
