import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { appendAudit, type RequestMeta } from "./audit";
import { coversPath, type Actor } from "./actor";
import { orgScopeWhere } from "./org-units";

export interface ManagedUserRow {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  grants: { role: string; orgUnitCode: string; orgUnitNameZh: string; orgUnitNameEn: string }[];
}

/** Users a SYS_ADMIN manages: those whose grants all lie within the admin's scope. */
export async function listManagedUsers(actor: Actor): Promise<ManagedUserRow[]> {
  const users = await db().user.findMany({
    where: { grants: { some: { orgUnit: orgScopeWhere(actor, ["SYS_ADMIN"]) } } },
    include: { grants: { include: { orgUnit: true } } },
    orderBy: { email: "asc" },
  });
  return users
    .filter((u) => u.grants.every((g) => coversPath(actor, ["SYS_ADMIN"], g.orgUnit.path)))
    .map((u) => ({
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      active: u.active,
      lockedUntil: u.lockedUntil,
      lastSignInAt: u.lastSignInAt,
      grants: u.grants.map((g) => ({
        role: g.role,
        orgUnitCode: g.orgUnit.code,
        orgUnitNameZh: g.orgUnit.nameZh,
        orgUnitNameEn: g.orgUnit.nameEn,
      })),
    }));
}

/** Activates or deactivates a user; deactivation ends all their sessions at once. */
export async function setUserActive(
  actor: Actor,
  input: { userId: string; active: boolean },
  meta: RequestMeta,
): Promise<void> {
  if (input.userId === actor.userId) {
    throw new ValidationError([{ path: "userId", message: "cannotDeactivateSelf" }]);
  }
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      include: { grants: { include: { orgUnit: { select: { path: true } } } } },
    });
    if (!user || user.grants.length === 0) throw new NotFoundError(`user ${input.userId}`);
    const inScope = user.grants.every((g) => coversPath(actor, ["SYS_ADMIN"], g.orgUnit.path));
    if (!inScope) throw new NotFoundError(`user ${input.userId}`);
    if (user.active === input.active) return;
    await tx.user.update({
      where: { id: user.id },
      data: {
        active: input.active,
        ...(input.active ? { failedLoginCount: 0, lockedUntil: null } : { sessionVersion: { increment: 1 } }),
      },
    });
    if (!input.active) {
      await tx.userSession.updateMany({
        where: { userId: user.id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    }
    await appendAudit(tx, {
      actor,
      action: input.active ? "user.activated" : "user.deactivated",
      entityType: "User",
      entityId: user.id,
      before: { active: user.active },
      after: { active: input.active },
      ...meta,
    });
  });
}

export function assertSysAdmin(actor: Actor): void {
  if (!actor.grants.some((g) => g.role === "SYS_ADMIN")) throw new ForbiddenError();
}
