import "server-only";
import { db, Prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { coversPath, type Actor } from "./actor";

/** Prisma filter for "units under one of the actor's grants with one of these roles". */
export function orgScopeWhere(actor: Actor, roles: readonly Role[]): Prisma.OrgUnitWhereInput {
  const paths = actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.path);
  if (paths.length === 0) return { id: { in: [] } };
  return { OR: paths.map((p) => ({ path: { startsWith: p } })) };
}

export interface OrgUnitRow {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  parentId: string | null;
  depth: number;
  regionCode: string | null;
  sectorTag: string | null;
}

// Who may list org units: oversight compares them, admins manage them, reviewers pick from them.
export const ORG_READ_ROLES: readonly Role[] = ["OVERSIGHT", "SYS_ADMIN", "REVIEWER", "DEPT_ADMIN"];

/** Units in the actor's scope, in tree order. */
export async function listVisibleOrgUnits(actor: Actor): Promise<OrgUnitRow[]> {
  const units = await db().orgUnit.findMany({
    where: { AND: [orgScopeWhere(actor, ORG_READ_ROLES), { active: true }] },
    orderBy: [{ path: "asc" }],
  });
  return units
    .map((u) => ({
      id: u.id,
      code: u.code,
      nameZh: u.nameZh,
      nameEn: u.nameEn,
      kind: u.kind,
      parentId: u.parentId,
      depth: u.path.split("/").filter(Boolean).length - 1,
      regionCode: u.regionCode,
      sectorTag: u.sectorTag,
      path: u.path,
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map(({ path: _path, ...row }) => row);
}

/** Loads one unit, or NotFound when it does not exist or lies outside the actor's scope — the two are indistinguishable on purpose. */
export async function getOrgUnitInScope(actor: Actor, orgUnitId: string, roles: readonly Role[]) {
  const unit = await db().orgUnit.findUnique({ where: { id: orgUnitId } });
  if (!unit || !coversPath(actor, roles, unit.path)) throw new NotFoundError(`org unit ${orgUnitId}`);
  return unit;
}
