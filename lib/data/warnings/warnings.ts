import "server-only";
import { db, Prisma } from "@/lib/db";
import type { Role, WarningSeverity, WarningState } from "@/lib/generated/prisma/enums";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { DEFAULT_THRESHOLDS, type Thresholds } from "@/lib/warnings/rules";
import { coversPath, hasRole, type Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { evaluateAndAudit, type EvaluationResult } from "./evaluate";

/** Oversight sees the warnings of its subtree; a department's own people see their unit's. */
export const WARNING_READ_ROLES: readonly Role[] = ["OVERSIGHT", "DEPT_ADMIN", "RESPONDENT"];
/** Who may acknowledge or mark a warning handled: oversight in scope, and the department's admin for its own. */
export const WARNING_STATE_ROLES: readonly Role[] = ["OVERSIGHT", "DEPT_ADMIN"];
/** Thresholds and on-demand evaluation belong to the oversight office. */
export const WARNING_ADMIN_ROLES: readonly Role[] = ["OVERSIGHT"];

function visiblePaths(actor: Actor): string[] {
  return actor.grants.filter((g) => WARNING_READ_ROLES.includes(g.role)).map((g) => `${g.path}%`);
}

export interface WarningRow {
  id: string;
  orgUnitId: string;
  unitZh: string;
  unitEn: string;
  cycleZh: string;
  cycleEn: string;
  rule: string;
  severity: WarningSeverity;
  figures: Record<string, unknown>;
  state: WarningState;
  note: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  resolvedAt: Date | null;
  version: number;
  total: number;
}

export interface WarningFilters {
  state?: WarningState;
  severity?: WarningSeverity;
  rule?: string;
  /** Include resolved warnings. */
  resolved?: boolean;
}

/** Warnings the actor may see, newest first, one page; filtered and counted in SQL. */
export async function listWarnings(actor: Actor, f: WarningFilters, page: { limit: number; offset: number }) {
  const paths = visiblePaths(actor);
  if (paths.length === 0) return { rows: [] as WarningRow[], total: 0 };
  const where: Prisma.Sql[] = [Prisma.sql`u.path LIKE ANY(${paths}::text[])`];
  if (!f.resolved) where.push(Prisma.sql`w.resolved_at IS NULL`);
  if (f.state) where.push(Prisma.sql`w.state = ${f.state}::"WarningState"`);
  if (f.severity) where.push(Prisma.sql`w.severity = ${f.severity}::"WarningSeverity"`);
  if (f.rule) where.push(Prisma.sql`w.rule = ${f.rule}`);
  const rows = await db().$queryRaw<WarningRow[]>`
    SELECT w.id, w.org_unit_id AS "orgUnitId", u.name_zh AS "unitZh", u.name_en AS "unitEn", c.name_zh AS "cycleZh", c.name_en AS "cycleEn",
           w.rule, w.severity, w.figures, w.state, w.note, w.first_seen_at AS "firstSeenAt", w.last_seen_at AS "lastSeenAt",
           w.resolved_at AS "resolvedAt", w.version, count(*) OVER ()::int AS total
      FROM warning w JOIN org_unit u ON u.id = w.org_unit_id JOIN assessment_cycle c ON c.id = w.cycle_id
     WHERE ${Prisma.join(where, " AND ")}
     ORDER BY (w.state = 'NEW') DESC, CASE w.severity WHEN 'CRITICAL' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, w.last_seen_at DESC, w.id
     LIMIT ${page.limit} OFFSET ${page.offset}`;
  return { rows, total: rows[0]?.total ?? 0 };
}

/** The navigation badge: unresolved warnings in state NEW the actor may see. */
export async function countNewWarnings(actor: Actor): Promise<number> {
  const paths = visiblePaths(actor);
  if (paths.length === 0) return 0;
  const r = await db().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM warning w JOIN org_unit u ON u.id = w.org_unit_id
     WHERE w.state = 'NEW' AND w.resolved_at IS NULL AND u.path LIKE ANY(${paths}::text[])`;
  return r[0]?.n ?? 0;
}

/** Acknowledges a warning or marks it handled, with a note; optimistic on the version, audited. */
export async function setWarningState(
  actor: Actor,
  input: { warningId: string; state: "ACKNOWLEDGED" | "HANDLED"; note?: string; expectedVersion: number },
  meta: RequestMeta,
): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const w = await tx.warning.findUnique({ where: { id: input.warningId }, include: { orgUnit: { select: { path: true } } } });
    if (!w || !coversPath(actor, WARNING_READ_ROLES, w.orgUnit.path)) throw new NotFoundError("warning");
    if (!coversPath(actor, WARNING_STATE_ROLES, w.orgUnit.path)) throw new NotFoundError("warning");
    const note = input.note?.trim() ? input.note.trim() : w.note;
    const { count } = await tx.warning.updateMany({
      where: { id: w.id, version: input.expectedVersion },
      data: { state: input.state, note, stateChangedAt: new Date(), stateChangedById: actor.userId, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("warningChanged");
    await appendAudit(tx, {
      actor,
      action: "warning.state_changed",
      entityType: "Warning",
      entityId: w.id,
      orgUnitId: w.orgUnitId,
      before: { state: w.state, note: w.note },
      after: { state: input.state, note },
      ...meta,
    });
    return { version: input.expectedVersion + 1 };
  });
}

async function oversightScope(actor: Actor, scopeId: string) {
  const unit = await db().orgUnit.findUnique({ where: { id: scopeId }, select: { id: true, path: true } });
  if (!unit || !coversPath(actor, WARNING_ADMIN_ROLES, unit.path)) throw new NotFoundError("scope");
  return unit;
}

/** The thresholds in force for a scope (its own, else the nearest scope above it, else the defaults). */
export async function getThresholds(actor: Actor, scopeId: string): Promise<{ thresholds: Thresholds; own: boolean; version: number }> {
  const unit = await oversightScope(actor, scopeId);
  const ancestors = unit.path.split("/").filter(Boolean);
  const rows = await db().warningThreshold.findMany({ where: { orgUnitId: { in: ancestors } } });
  const nearest = rows.sort((a, b) => ancestors.indexOf(b.orgUnitId) - ancestors.indexOf(a.orgUnitId))[0];
  if (!nearest) return { thresholds: DEFAULT_THRESHOLDS, own: false, version: 0 };
  const { dropPoints, monMinLevel, daysBeforeClose, inflationPoints, unsupportedCount, planOverdueCount } = nearest;
  return {
    thresholds: { dropPoints, monMinLevel, daysBeforeClose, inflationPoints, unsupportedCount, planOverdueCount },
    own: nearest.orgUnitId === unit.id,
    version: nearest.orgUnitId === unit.id ? nearest.version : 0,
  };
}

/** Sets the scope's own thresholds (version 0 = it had none), audited, then re-evaluates the scope. */
export async function setThresholds(
  actor: Actor,
  input: { scopeId: string; thresholds: Thresholds; expectedVersion: number },
  meta: RequestMeta,
): Promise<EvaluationResult> {
  const unit = await oversightScope(actor, input.scopeId);
  await db().$transaction(async (tx) => {
    const before = await tx.warningThreshold.findUnique({ where: { orgUnitId: unit.id } });
    if ((before?.version ?? 0) !== input.expectedVersion) throw new ConflictError("thresholdsChanged");
    if (before) {
      const { count } = await tx.warningThreshold.updateMany({
        where: { orgUnitId: unit.id, version: input.expectedVersion },
        data: { ...input.thresholds, updatedById: actor.userId, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError("thresholdsChanged");
    } else {
      try {
        await tx.warningThreshold.create({ data: { orgUnitId: unit.id, ...input.thresholds, updatedById: actor.userId } });
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new ConflictError("thresholdsChanged");
        throw err;
      }
    }
    await appendAudit(tx, {
      actor,
      action: "warning.thresholds_set",
      entityType: "WarningThreshold",
      entityId: unit.id,
      orgUnitId: unit.id,
      before: before ? { ...before, updatedAt: undefined } : null,
      after: input.thresholds,
      ...meta,
    });
  });
  return evaluateAndAudit({ scopePath: unit.path }, { actor, reason: "on_demand", orgUnitId: unit.id, ...meta });
}

/** "Check now": evaluates the rules over the scope at once. */
export async function evaluateScopeNow(actor: Actor, scopeId: string, meta: RequestMeta): Promise<EvaluationResult> {
  const unit = await oversightScope(actor, scopeId);
  return evaluateAndAudit({ scopePath: unit.path }, { actor, reason: "on_demand", orgUnitId: unit.id, ...meta });
}

export function canAdministerWarnings(actor: Actor): boolean {
  return hasRole(actor, WARNING_ADMIN_ROLES);
}

/** Names of the dimensions by code (published frameworks), so a warning never shows a raw code. */
export async function dimensionNames(): Promise<Map<string, { nameZh: string; nameEn: string }>> {
  const rows = await db().dimension.findMany({
    where: { frameworkVersion: { status: { in: ["PUBLISHED", "RETIRED"] } } },
    select: { code: true, nameZh: true, nameEn: true },
    orderBy: { frameworkVersion: { createdAt: "asc" } },
  });
  return new Map(rows.map((r) => [r.code, { nameZh: r.nameZh, nameEn: r.nameEn }]));
}

/** The oversight scope the thresholds form and "check now" act on: the asked-for one within a grant, else the first grant. */
export async function warningAdminScope(actor: Actor, scopeId?: string) {
  const grants = actor.grants.filter((g) => WARNING_ADMIN_ROLES.includes(g.role));
  if (grants.length === 0) return null;
  const id = scopeId && /^[0-9a-f-]{36}$/i.test(scopeId) ? scopeId : grants[0]!.orgUnitId;
  const unit = await db().orgUnit.findUnique({ where: { id }, select: { id: true, path: true, nameZh: true, nameEn: true } });
  if (!unit || !coversPath(actor, WARNING_ADMIN_ROLES, unit.path)) throw new NotFoundError("scope");
  return unit;
}

/** Which of the listed warnings the actor may change (the same rule setWarningState enforces). */
export async function changeableWarnings(actor: Actor, rows: readonly { id: string; orgUnitId: string }[]): Promise<Set<string>> {
  const units = await db().orgUnit.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.orgUnitId))] } }, select: { id: true, path: true } });
  const paths = new Map(units.map((u) => [u.id, u.path]));
  return new Set(rows.filter((r) => coversPath(actor, WARNING_STATE_ROLES, paths.get(r.orgUnitId) ?? "\0")).map((r) => r.id));
}
