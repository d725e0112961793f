import "server-only";
import { db, Prisma } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { issueSetPasswordToken, unusablePasswordHash } from "./passwords";
import { adminScopeWhere, inAdminScope, unitInAdminScope, userInAdminScope } from "./scope";

type Tx = Prisma.TransactionClient;

export interface AdminUserRow {
  id: string;
  email: string;
  displayName: string;
  phone: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  grants: { id: string; role: Role; orgUnitId: string; nameZh: string; nameEn: string }[];
}

export interface UserFilters {
  q?: string;
  role?: Role;
  unitId?: string;
  active?: "yes" | "no";
  sort: { key: "name" | "email" | "lastSignIn"; dir: "asc" | "desc" };
  offset: number;
  pageSize: number;
}

/**
 * Users an admin manages (every grant in the admin's scope), filtered, sorted
 * and paged. The scope rule needs all grants, so candidates are narrowed in
 * SQL and the "every grant" test runs here.
 */
export async function listAdminUsers(actor: Actor, f: UserFilters): Promise<{ rows: AdminUserRow[]; total: number }> {
  const q = f.q?.trim();
  const filterUnit = f.unitId ? await db().orgUnit.findUnique({ where: { id: f.unitId } }) : null;
  const users = await db().user.findMany({
    where: {
      grants: { some: { orgUnit: adminScopeWhere(actor) } },
      ...(q ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { displayName: { contains: q, mode: "insensitive" } }] } : {}),
      ...(f.active ? { active: f.active === "yes" } : {}),
    },
    include: { grants: { include: { orgUnit: true }, orderBy: { createdAt: "asc" } } },
  });
  const rows = users
    .filter((u) => u.grants.every((g) => inAdminScope(actor, g.orgUnit.path)))
    .filter((u) => !f.role || u.grants.some((g) => g.role === f.role))
    .filter((u) => !filterUnit || u.grants.some((g) => g.orgUnit.path.startsWith(filterUnit.path)))
    .map((u) => ({
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      phone: u.phoneNumber,
      active: u.active,
      mustChangePassword: u.mustChangePassword,
      lockedUntil: u.lockedUntil,
      lastSignInAt: u.lastSignInAt,
      grants: u.grants.map((g) => ({ id: g.id, role: g.role, orgUnitId: g.orgUnitId, nameZh: g.orgUnit.nameZh, nameEn: g.orgUnit.nameEn })),
    }));
  const dir = f.sort.dir === "asc" ? 1 : -1;
  const val = (r: AdminUserRow) =>
    f.sort.key === "email" ? r.email : f.sort.key === "name" ? r.displayName : (r.lastSignInAt?.toISOString() ?? "");
  rows.sort((a, b) => (val(a) < val(b) ? -dir : val(a) > val(b) ? dir : a.email < b.email ? -1 : 1));
  return { rows: rows.slice(f.offset, f.offset + f.pageSize), total: rows.length };
}

const SELF_FORBIDDEN: readonly Role[] = ["SYS_ADMIN", "AUDITOR"];
const ANSWERING: readonly Role[] = ["RESPONDENT", "DEPT_ADMIN"];
const overlaps = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * Separation of duties (等保三级): no self-grant of SYS_ADMIN or AUDITOR, and
 * nobody reviews a department they answer for (REVIEWER over a unit overlapping
 * one where they are RESPONDENT or DEPT_ADMIN).
 */
export async function assertGrantAllowed(
  tx: Tx,
  actor: Actor,
  userId: string,
  role: Role,
  unit: { id: string; path: string },
): Promise<void> {
  if (userId === actor.userId && SELF_FORBIDDEN.includes(role)) {
    throw new ForbiddenError("self-grant", "admin.sodSelfGrant");
  }
  const existing = await tx.roleGrant.findMany({ where: { userId }, include: { orgUnit: { select: { path: true } } } });
  const conflicting =
    role === "REVIEWER"
      ? existing.some((g) => ANSWERING.includes(g.role) && overlaps(g.orgUnit.path, unit.path))
      : ANSWERING.includes(role)
        ? existing.some((g) => g.role === "REVIEWER" && overlaps(g.orgUnit.path, unit.path))
        : false;
  if (conflicting) throw new ValidationError([{ path: "role", message: "admin.sodReviewerRespondent" }], "admin.sodReviewerRespondent");
}

async function assertEmailFree(tx: Tx, email: string) {
  if (await tx.user.findUnique({ where: { email } })) {
    throw new ValidationError([{ path: "email", message: "admin.emailTaken" }], "admin.emailTaken");
  }
}

/** Creates a user with one grant; they get a one-time link to set their own password (shown to the admin to pass on). */
export async function createUserWithGrant(
  actor: Actor,
  input: { displayName: string; email: string; phone: string | null; role: Role; orgUnitId: string },
  meta: RequestMeta,
): Promise<{ userId: string; token: string; expiresAt: Date }> {
  const passwordHash = await unusablePasswordHash();
  return db().$transaction(async (tx) => {
    const unit = await unitInAdminScope(tx, actor, input.orgUnitId);
    await assertEmailFree(tx, input.email);
    const user = await tx.user.create({
      data: { email: input.email, displayName: input.displayName, phoneNumber: input.phone, passwordHash, mustChangePassword: true },
    });
    await assertGrantAllowed(tx, actor, user.id, input.role, unit);
    await tx.roleGrant.create({ data: { userId: user.id, role: input.role, orgUnitId: unit.id } });
    const link = await issueSetPasswordToken(tx, user.id, actor.userId);
    await appendAudit(tx, {
      actor,
      action: "user.created",
      entityType: "User",
      entityId: user.id,
      orgUnitId: unit.id,
      after: { email: user.email, displayName: user.displayName, phone: user.phoneNumber, grants: [{ role: input.role, orgUnitId: unit.id }] },
      ...meta,
    });
    return { userId: user.id, ...link };
  });
}

export async function grantRole(actor: Actor, input: { userId: string; role: Role; orgUnitId: string }, meta: RequestMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await userInAdminScope(tx, actor, input.userId);
    const unit = await unitInAdminScope(tx, actor, input.orgUnitId);
    if (user.grants.some((g) => g.role === input.role && g.orgUnitId === unit.id)) return;
    await assertGrantAllowed(tx, actor, user.id, input.role, unit);
    await tx.roleGrant.create({ data: { userId: user.id, role: input.role, orgUnitId: unit.id } });
    await appendAudit(tx, {
      actor,
      action: "user.role_granted",
      entityType: "User",
      entityId: user.id,
      orgUnitId: unit.id,
      before: { grants: user.grants.map((g) => ({ role: g.role, orgUnitId: g.orgUnitId })) },
      after: { grants: [...user.grants.map((g) => ({ role: g.role, orgUnitId: g.orgUnitId })), { role: input.role, orgUnitId: unit.id }] },
      ...meta,
    });
  });
}

export async function revokeGrant(actor: Actor, input: { userId: string; grantId: string }, meta: RequestMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await userInAdminScope(tx, actor, input.userId);
    const grant = user.grants.find((g) => g.id === input.grantId);
    if (!grant) throw new ValidationError([{ path: "grantId", message: "invalid" }]);
    if (grant.role === "AUDITOR") throw new ForbiddenError("revoke auditor", "admin.sodAuditor");
    if (user.id === actor.userId && grant.role === "SYS_ADMIN") throw new ForbiddenError("revoke own admin", "admin.sodOwnAdmin");
    // The last grant keeps the account in someone's scope; to end access, deactivate instead.
    if (user.grants.length === 1) throw new ValidationError([{ path: "grantId", message: "admin.lastGrant" }], "admin.lastGrant");
    await tx.roleGrant.delete({ where: { id: grant.id } });
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await tx.userSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await appendAudit(tx, {
      actor,
      action: "user.role_revoked",
      entityType: "User",
      entityId: user.id,
      orgUnitId: grant.orgUnitId,
      before: { grants: user.grants.map((g) => ({ role: g.role, orgUnitId: g.orgUnitId })) },
      after: { grants: user.grants.filter((g) => g.id !== grant.id).map((g) => ({ role: g.role, orgUnitId: g.orgUnitId })) },
      ...meta,
    });
  });
}

const endSessions = async (tx: Tx, userId: string) => {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
};

/** Activates or deactivates an account; an AUDITOR cannot be deactivated by an admin (separation of duties). */
export async function adminSetUserActive(actor: Actor, input: { userId: string; active: boolean }, meta: RequestMeta): Promise<void> {
  if (input.userId === actor.userId) throw new ValidationError([{ path: "userId", message: "cannotDeactivateSelf" }]);
  await db().$transaction(async (tx) => {
    const user = await userInAdminScope(tx, actor, input.userId);
    if (!input.active && user.grants.some((g) => g.role === "AUDITOR")) throw new ForbiddenError("deactivate auditor", "admin.sodAuditor");
    if (user.active === input.active) return;
    await tx.user.update({
      where: { id: user.id },
      data: { active: input.active, ...(input.active ? { failedLoginCount: 0, lockedUntil: null } : {}) },
    });
    if (!input.active) await endSessions(tx, user.id);
    await appendAudit(tx, {
      actor,
      action: input.active ? "user.activated" : "user.deactivated",
      entityType: "User",
      entityId: user.id,
      orgUnitId: user.grants[0]?.orgUnitId ?? null,
      before: { active: user.active },
      after: { active: input.active },
      ...meta,
    });
  });
}

/**
 * Resets a password: the old one stops working, every session ends, and a
 * one-time link (for the admin to pass on) lets the user set a new one. Not
 * for AUDITOR accounts: an admin holding a link to the auditor's account could
 * read the log the auditor guards (use `npm run admin:create -- --reset`).
 */
export async function resetPassword(actor: Actor, input: { userId: string }, meta: RequestMeta): Promise<{ token: string; expiresAt: Date }> {
  if (input.userId === actor.userId) throw new ValidationError([{ path: "userId", message: "admin.resetSelf" }], "admin.resetSelf");
  const passwordHash = await unusablePasswordHash();
  return db().$transaction(async (tx) => {
    const user = await userInAdminScope(tx, actor, input.userId);
    if (user.grants.some((g) => g.role === "AUDITOR")) throw new ForbiddenError("reset auditor", "admin.sodAuditor");
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() } });
    await endSessions(tx, user.id);
    const link = await issueSetPasswordToken(tx, user.id, actor.userId);
    await appendAudit(tx, {
      actor,
      action: "user.password_reset",
      entityType: "User",
      entityId: user.id,
      orgUnitId: user.grants[0]?.orgUnitId ?? null,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: true, linkExpiresAt: link.expiresAt },
      ...meta,
    });
    return link;
  });
}

export async function forceSignOut(actor: Actor, input: { userId: string }, meta: RequestMeta): Promise<{ sessionsEnded: number }> {
  return db().$transaction(async (tx) => {
    const user = await userInAdminScope(tx, actor, input.userId);
    const live = await tx.userSession.count({ where: { userId: user.id, revokedAt: null } });
    await endSessions(tx, user.id);
    await appendAudit(tx, {
      actor,
      action: "user.signed_out_by_admin",
      entityType: "User",
      entityId: user.id,
      orgUnitId: user.grants[0]?.orgUnitId ?? null,
      before: { liveSessions: live },
      after: { liveSessions: 0 },
      ...meta,
    });
    return { sessionsEnded: live };
  });
}
