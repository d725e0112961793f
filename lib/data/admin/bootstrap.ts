import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { checkPasswordPolicy, hashPassword } from "@/lib/auth/password";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { appendAudit } from "../audit";
import { issueSetPasswordToken, unusablePasswordHash } from "./passwords";

export interface FirstAdminInput {
  email: string;
  displayName: string;
  orgCode: string;
  /** Creates the unit (a root) when no unit has this code. */
  orgNameZh?: string;
  orgNameEn?: string;
  orgKind?: OrgUnitKind;
  /** A password typed at the prompt; without one a one-time link is issued. */
  password?: string;
  /** Allowed to reset an existing account (new password or link; SYS_ADMIN on the unit ensured). */
  reset?: boolean;
}

export class BootstrapError extends Error {}

/**
 * The operator's way in (`npm run admin:create`): a SYS_ADMIN on a unit, with
 * "must change password" set, so the password typed here (or the link) is
 * only ever a first step. Recorded in the audit log as done from the console.
 */
export async function createFirstAdmin(input: FirstAdminInput): Promise<{ userId: string; unitId: string; createdUnit: boolean; createdUser: boolean; token?: string; expiresAt?: Date }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) throw new BootstrapError(`not an e-mail address: ${input.email}`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(input.orgCode)) throw new BootstrapError(`not a valid organisation code: ${input.orgCode}`);
  if (input.password !== undefined) {
    const problems = checkPasswordPolicy(input.password);
    if (problems.length) throw new BootstrapError(`the password is not acceptable (${problems.join(", ")})`);
  }
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : await unusablePasswordHash();
  const actor = { actorEmail: "console:admin-create" };
  return db().$transaction(async (tx) => {
    let unit = await tx.orgUnit.findUnique({ where: { code: input.orgCode } });
    let createdUnit = false;
    if (!unit) {
      if (!input.orgNameZh) throw new BootstrapError(`no organisation has code ${input.orgCode}; add --org-name "…" to create it as a root unit`);
      const id = randomUUID();
      unit = await tx.orgUnit.create({
        data: { id, code: input.orgCode, nameZh: input.orgNameZh, nameEn: input.orgNameEn || input.orgNameZh, kind: input.orgKind ?? "PROVINCE", path: `/${id}/` },
      });
      createdUnit = true;
      await appendAudit(tx, { ...actor, action: "org_unit.created", entityType: "OrgUnit", entityId: unit.id, orgUnitId: unit.id, after: { code: unit.code, nameZh: unit.nameZh, nameEn: unit.nameEn, kind: unit.kind, source: "console" } });
    }
    const existing = await tx.user.findUnique({ where: { email }, include: { grants: true } });
    if (existing && !input.reset) throw new BootstrapError(`an account with ${email} exists; add --reset to give it a new password or link`);
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { passwordHash, mustChangePassword: true, active: true, failedLoginCount: 0, lockedUntil: null, sessionVersion: { increment: 1 } },
        })
      : await tx.user.create({ data: { email, displayName: input.displayName || email, passwordHash, mustChangePassword: true } });
    if (existing) await tx.userSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    const hadGrant = existing?.grants.some((g) => g.role === "SYS_ADMIN" && g.orgUnitId === unit.id) ?? false;
    if (!hadGrant) await tx.roleGrant.create({ data: { userId: user.id, role: "SYS_ADMIN", orgUnitId: unit.id } });
    const link = input.password === undefined ? await issueSetPasswordToken(tx, user.id, null) : undefined;
    await appendAudit(tx, {
      ...actor,
      action: existing ? "user.password_reset" : "user.created",
      entityType: "User",
      entityId: user.id,
      orgUnitId: unit.id,
      before: existing ? { active: existing.active, mustChangePassword: existing.mustChangePassword } : null,
      after: { email, mustChangePassword: true, grantAdded: hadGrant ? null : { role: "SYS_ADMIN", orgUnitId: unit.id }, source: "console" },
    });
    return { userId: user.id, unitId: unit.id, createdUnit, createdUser: !existing, ...(link ? { token: link.token, expiresAt: link.expiresAt } : {}) };
  });
}
