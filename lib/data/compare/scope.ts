import "server-only";
import { db } from "@/lib/db";
import type { OrgUnitKind, Role } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { coversPath, hasRole, type Actor } from "../actor";

/** Who may compare units: oversight, and reviewers read-only; both within their grants' subtrees. */
export const COMPARE_ROLES: readonly Role[] = ["OVERSIGHT", "REVIEWER"];

export interface ScopeUnit {
  id: string;
  path: string;
  nameZh: string;
  nameEn: string;
  kind: OrgUnitKind;
  parentId: string | null;
}

export interface CycleOption {
  id: string;
  nameZh: string;
  nameEn: string;
  closesOn: Date;
  frameworkVersionId: string;
}

const unitSelect = { id: true, path: true, nameZh: true, nameEn: true, kind: true, parentId: true } as const;

/**
 * The unit a comparison is about: the one asked for when a grant covers it,
 * else the actor's first comparing grant. Outside every grant it is "not
 * found", so another region's ids reveal nothing.
 */
export async function resolveCompareScope(actor: Actor, scopeId?: string): Promise<ScopeUnit> {
  if (!hasRole(actor, COMPARE_ROLES)) throw new NotFoundError("scope");
  const id = scopeId ?? actor.grants.find((g) => COMPARE_ROLES.includes(g.role))!.orgUnitId;
  const unit = /^[0-9a-f-]{36}$/i.test(id) ? await db().orgUnit.findUnique({ where: { id }, select: unitSelect }) : null;
  if (!unit || !coversPath(actor, COMPARE_ROLES, unit.path)) throw new NotFoundError("scope");
  return unit;
}

/** Regions the actor can choose as a scope: their grants' units and every province/city/county below them. */
export async function scopeOptions(actor: Actor): Promise<(ScopeUnit & { depth: number })[]> {
  const paths = actor.grants.filter((g) => COMPARE_ROLES.includes(g.role)).map((g) => g.path);
  if (paths.length === 0) return [];
  const units = await db().orgUnit.findMany({
    where: {
      active: true,
      OR: paths.map((p) => ({ path: { startsWith: p } })),
      kind: { in: ["PROVINCE", "CITY", "COUNTY"] },
    },
    select: unitSelect,
    orderBy: { path: "asc" },
    take: 2000,
  });
  const grantIds = new Set(actor.grants.filter((g) => COMPARE_ROLES.includes(g.role)).map((g) => g.orgUnitId));
  const extra = await db().orgUnit.findMany({ where: { id: { in: [...grantIds] }, kind: { in: ["DEPARTMENT", "OFFICE"] } }, select: unitSelect });
  const all = [...extra, ...units];
  const minDepth = Math.min(...all.map((u) => u.path.split("/").length));
  return all.map((u) => ({ ...u, depth: u.path.split("/").length - minDepth }));
}

/** Cycles that have started, newest first. */
export async function listCycles(): Promise<CycleOption[]> {
  return db().assessmentCycle.findMany({
    where: { status: { in: ["OPEN", "CLOSED"] } },
    select: { id: true, nameZh: true, nameEn: true, closesOn: true, frameworkVersionId: true },
    orderBy: [{ closesOn: "desc" }, { nameZh: "asc" }],
  });
}

/** The asked-for cycle, else the newest one. */
export async function resolveCycle(cycleId?: string): Promise<{ cycle: CycleOption | null; cycles: CycleOption[]; previous: CycleOption | null }> {
  const cycles = await listCycles();
  const i = Math.max(0, cycleId ? cycles.findIndex((c) => c.id === cycleId) : 0);
  const cycle = cycles[i] ?? null;
  return { cycle, cycles, previous: cycles[i + 1] ?? null };
}

export interface DimensionInfo {
  code: string;
  nameZh: string;
  nameEn: string;
}

export async function dimensionsOf(frameworkVersionId: string): Promise<DimensionInfo[]> {
  return db().dimension.findMany({
    where: { frameworkVersionId },
    select: { code: true, nameZh: true, nameEn: true },
    orderBy: { position: "asc" },
  });
}
