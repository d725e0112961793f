import type { Role } from "@/lib/generated/prisma/enums";

/** A grant as the access checks need it: the role and the scope's materialised path. */
export interface Grant {
  role: Role;
  orgUnitId: string;
  /** "/id/id/…/" of the scope; it covers every unit whose path starts with it. */
  path: string;
}

/** The signed-in user, loaded from the database on every request. */
export interface Actor {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
  locale: string;
  grants: Grant[];
  /** Set by an administrator (new or reset account): until a new password is set, nothing else is allowed. */
  mustChangePassword?: boolean;
}

export function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.grants.some((g) => roles.includes(g.role));
}

/** Whether one of the actor's grants with one of `roles` covers the unit at `unitPath`. */
export function coversPath(actor: Actor, roles: readonly Role[], unitPath: string): boolean {
  return actor.grants.some((g) => roles.includes(g.role) && unitPath.startsWith(g.path));
}

export function rolesOf(actor: Actor): Role[] {
  return [...new Set(actor.grants.map((g) => g.role))];
}
