import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { orgScopeWhere } from "./org-units";

export interface AuditRow {
  id: string;
  occurredAt: Date;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  orgUnitId: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
}

/**
 * Audit events an AUDITOR may read: those of units in the auditor's scope;
 * an auditor whose scope is a root unit (no parent) also reads the events
 * that belong to no unit (sign-ins, user administration).
 */
export async function listAuditEvents(
  actor: Actor,
  opts: { limit: number; beforeId?: string },
): Promise<AuditRow[]> {
  const units = await db().orgUnit.findMany({ where: orgScopeWhere(actor, ["AUDITOR"]), select: { id: true } });
  const rootGrant = await db().orgUnit.count({
    where: { id: { in: actor.grants.filter((g) => g.role === "AUDITOR").map((g) => g.orgUnitId) }, parentId: null },
  });
  const rows = await db().auditEvent.findMany({
    where: {
      AND: [
        { OR: [{ orgUnitId: { in: units.map((u) => u.id) } }, ...(rootGrant ? [{ orgUnitId: null }] : [])] },
        opts.beforeId ? { id: { lt: BigInt(opts.beforeId) } } : {},
      ],
    },
    orderBy: { id: "desc" },
    take: opts.limit,
  });
  return rows.map((r) => ({
    id: r.id.toString(),
    occurredAt: r.occurredAt,
    actorEmail: r.actorEmail,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    orgUnitId: r.orgUnitId,
    ip: r.ip,
    before: r.before,
    after: r.after,
  }));
}
