import "server-only";
import { db, Prisma } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { adminRootPaths, adminScopeWhere, unitInAdminScope } from "./scope";

type Tx = Prisma.TransactionClient;

export interface AdminUnitRow {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  kind: OrgUnitKind;
  parentId: string | null;
  depth: number;
  regionCode: string | null;
  sectorTag: string | null;
  active: boolean;
  /** Whether this unit is one of the admin's own scope roots (it cannot be moved or deactivated by them). */
  isScopeRoot: boolean;
}

export interface SectorRow {
  code: string;
  nameZh: string;
  nameEn: string;
}

const snapshot = (u: { code: string; nameZh: string; nameEn: string; kind: string; parentId: string | null; regionCode: string | null; sectorTag: string | null; active: boolean; path?: string }) => ({
  code: u.code,
  nameZh: u.nameZh,
  nameEn: u.nameEn,
  kind: u.kind,
  parentId: u.parentId,
  regionCode: u.regionCode,
  sectorTag: u.sectorTag,
  active: u.active,
});

/** Every unit in the admin's scope (active or not), in tree order. */
export async function listAdminUnits(actor: Actor): Promise<AdminUnitRow[]> {
  const roots = adminRootPaths(actor);
  const units = await db().orgUnit.findMany({ where: adminScopeWhere(actor), orderBy: { path: "asc" } });
  // Tree order with siblings by code: sort by the chain of codes from the root.
  const codeById = new Map(units.map((u) => [u.id, u.code]));
  const key = (path: string) =>
    path
      .split("/")
      .filter(Boolean)
      .map((id) => codeById.get(id) ?? "")
      .join("\u0000");
  return units
    .map((u) => ({ u, k: key(u.path) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map(({ u }) => ({
      id: u.id,
      code: u.code,
      nameZh: u.nameZh,
      nameEn: u.nameEn,
      kind: u.kind,
      parentId: u.parentId,
      depth: u.path.split("/").filter(Boolean).length - 1,
      regionCode: u.regionCode,
      sectorTag: u.sectorTag,
      active: u.active,
      isScopeRoot: roots.includes(u.path),
    }));
}

export async function listSectors(): Promise<SectorRow[]> {
  return db().sector.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { code: true, nameZh: true, nameEn: true } });
}

async function assertSector(tx: Tx, code: string | null) {
  if (!code) return;
  const s = await tx.sector.findUnique({ where: { code } });
  if (!s || !s.active) throw new ValidationError([{ path: "sectorTag", message: "admin.sectorUnknown" }]);
}

/** Departments and offices sit under any unit; a city under a province; a county under a city. */
export function kindFits(kind: OrgUnitKind, parentKind: OrgUnitKind | null): boolean {
  if (parentKind === null) return kind === "PROVINCE";
  if (kind === "DEPARTMENT") return parentKind !== "DEPARTMENT" && parentKind !== "OFFICE";
  if (kind === "OFFICE") return true;
  if (kind === "CITY") return parentKind === "PROVINCE";
  if (kind === "COUNTY") return parentKind === "CITY" || parentKind === "PROVINCE";
  return false;
}

export async function createOrgUnit(
  actor: Actor,
  input: { code: string; parentId: string; nameZh: string; nameEn: string; kind: OrgUnitKind; regionCode: string | null; sectorTag: string | null },
  meta: RequestMeta,
): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    const parent = await unitInAdminScope(tx, actor, input.parentId);
    if (!kindFits(input.kind, parent.kind)) throw new ValidationError([{ path: "kind", message: "admin.kindParent" }]);
    await assertSector(tx, input.sectorTag);
    if (await tx.orgUnit.findUnique({ where: { code: input.code } })) {
      throw new ValidationError([{ path: "code", message: "admin.codeTaken" }]);
    }
    const id = crypto.randomUUID();
    const unit = await tx.orgUnit.create({
      data: { id, code: input.code, nameZh: input.nameZh, nameEn: input.nameEn, kind: input.kind, parentId: parent.id, path: `${parent.path}${id}/`, regionCode: input.regionCode, sectorTag: input.sectorTag },
    });
    await appendAudit(tx, { actor, action: "org_unit.created", entityType: "OrgUnit", entityId: unit.id, orgUnitId: unit.id, after: snapshot(unit), ...meta });
    return { id: unit.id };
  });
}

export async function updateOrgUnit(
  actor: Actor,
  input: { id: string; nameZh: string; nameEn: string; regionCode: string | null; sectorTag: string | null },
  meta: RequestMeta,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const unit = await unitInAdminScope(tx, actor, input.id);
    await assertSector(tx, input.sectorTag);
    const after = await tx.orgUnit.update({
      where: { id: unit.id },
      data: { nameZh: input.nameZh, nameEn: input.nameEn, regionCode: input.regionCode, sectorTag: input.sectorTag },
    });
    await appendAudit(tx, { actor, action: "org_unit.updated", entityType: "OrgUnit", entityId: unit.id, orgUnitId: unit.id, before: snapshot(unit), after: snapshot(after), ...meta });
  });
}

/**
 * Moves a unit (with its subtree) under another parent: one UPDATE rewrites the
 * materialised path of every unit below, in the same transaction as the parent
 * change, so "covers the subtree" checks never see a half-moved tree.
 */
export async function moveOrgUnit(actor: Actor, input: { id: string; newParentId: string }, meta: RequestMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const unit = await unitInAdminScope(tx, actor, input.id);
    const parent = await unitInAdminScope(tx, actor, input.newParentId);
    if (adminRootPaths(actor).includes(unit.path)) throw new ValidationError([{ path: "id", message: "admin.cannotMoveScopeRoot" }]);
    if (parent.path.startsWith(unit.path)) throw new ValidationError([{ path: "newParentId", message: "admin.moveIntoOwnSubtree" }]);
    if (!kindFits(unit.kind, parent.kind)) throw new ValidationError([{ path: "newParentId", message: "admin.kindParent" }]);
    if (unit.parentId === parent.id) return;
    const newPath = `${parent.path}${unit.id}/`;
    // Serialise tree edits: two moves at once could otherwise each read a path the other is rewriting.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(4200418)`;
    await tx.$executeRaw`UPDATE org_unit SET path = ${newPath} || substr(path, ${unit.path.length + 1}), updated_at = now() WHERE path LIKE ${unit.path + "%"}`;
    await tx.orgUnit.update({ where: { id: unit.id }, data: { parentId: parent.id } });
    await appendAudit(tx, {
      actor,
      action: "org_unit.moved",
      entityType: "OrgUnit",
      entityId: unit.id,
      orgUnitId: unit.id,
      before: { parentId: unit.parentId },
      after: { parentId: parent.id },
      ...meta,
    });
  });
}

/** Deactivates (or reactivates) a unit with its whole subtree; units are never deleted, so their assessments stay. */
export async function setOrgUnitActive(actor: Actor, input: { id: string; active: boolean }, meta: RequestMeta): Promise<{ changed: number }> {
  return db().$transaction(async (tx) => {
    const unit = await unitInAdminScope(tx, actor, input.id);
    if (adminRootPaths(actor).includes(unit.path)) throw new ValidationError([{ path: "id", message: "admin.cannotDeactivateScopeRoot" }]);
    if (input.active && unit.parentId) {
      const parent = await tx.orgUnit.findUnique({ where: { id: unit.parentId } });
      if (parent && !parent.active) throw new ConflictError("admin.parentInactive");
    }
    const where = input.active ? { id: unit.id } : { path: { startsWith: unit.path }, active: true };
    const { count } = await tx.orgUnit.updateMany({ where, data: { active: input.active } });
    await appendAudit(tx, {
      actor,
      action: input.active ? "org_unit.activated" : "org_unit.deactivated",
      entityType: "OrgUnit",
      entityId: unit.id,
      orgUnitId: unit.id,
      before: { active: unit.active },
      after: { active: input.active, unitsChanged: count },
      ...meta,
    });
    return { changed: count };
  });
}

export async function getAdminUnit(actor: Actor, id: string) {
  const unit = await db().orgUnit.findUnique({ where: { id } });
  if (!unit || !adminRootPaths(actor).some((p) => unit.path.startsWith(p))) throw new NotFoundError(`org unit ${id}`);
  return unit;
}
