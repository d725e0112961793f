import "server-only";
import type { Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { coversPath, type Actor } from "../actor";
import { orgScopeWhere } from "../org-units";

type Tx = Prisma.TransactionClient;

/** A SYS_ADMIN acts only within the subtrees of their SYS_ADMIN grants. */
export const ADMIN_ROLES = ["SYS_ADMIN"] as const;

export const inAdminScope = (actor: Actor, path: string) => coversPath(actor, ADMIN_ROLES, path);

export const adminScopeWhere = (actor: Actor) => orgScopeWhere(actor, ADMIN_ROLES);

/** The admin's scope roots (paths), used to tell "outside scope" from "in scope". */
export const adminRootPaths = (actor: Actor) => actor.grants.filter((g) => g.role === "SYS_ADMIN").map((g) => g.path);

/** Loads a unit inside the admin's scope; a unit elsewhere is "not found", like one that does not exist. */
export async function unitInAdminScope(tx: Tx, actor: Actor, id: string) {
  const unit = await tx.orgUnit.findUnique({ where: { id } });
  if (!unit || !inAdminScope(actor, unit.path)) throw new NotFoundError(`org unit ${id}`);
  return unit;
}

/** A user is managed by an admin when the user has grants and every one of them lies in the admin's scope. */
export async function userInAdminScope(tx: Tx, actor: Actor, id: string) {
  const user = await tx.user.findUnique({
    where: { id },
    include: { grants: { include: { orgUnit: { select: { id: true, path: true, code: true, nameZh: true, nameEn: true } } } } },
  });
  if (!user || user.grants.length === 0 || !user.grants.every((g) => inAdminScope(actor, g.orgUnit.path))) {
    throw new NotFoundError(`user ${id}`);
  }
  return user;
}
