import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ValidationError } from "@/lib/errors";
import { checkPasswordPolicy, hashPassword, timingDummyHash, verifyPassword } from "@/lib/auth/password";
import { appendAudit, recordAudit, type RequestMeta } from "./audit";
import type { Actor } from "./actor";

export type SignInResult =
  | { ok: true; userId: string; sessionId: string; email: string; displayName: string }
  | { ok: false; reason: "invalid" | "locked" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Password sign-in with lockout. Unknown email, wrong password and inactive
 * account all answer "invalid" after the same argon2 work, so the answer does
 * not reveal which accounts exist.
 */
export async function signInWithPassword(
  input: { email: string; password: string },
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<SignInResult> {
  const { AUTH_LOCKOUT_THRESHOLD, AUTH_LOCKOUT_MINUTES } = env();
  const email = normalizeEmail(input.email);
  const user = await db().user.findUnique({ where: { email } });
  const auditBase = { entityType: "User", actorEmail: email, ip: meta.ip, userAgent: meta.userAgent };

  if (!user) {
    await verifyPassword(await timingDummyHash(), input.password);
    await recordAudit({ ...auditBase, action: "auth.sign_in_failed", after: { reason: "invalid" } });
    return { ok: false, reason: "invalid" };
  }
  const actorRef = { userId: user.id, email: user.email };
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit({
      ...auditBase,
      actor: actorRef,
      entityId: user.id,
      action: "auth.sign_in_refused_locked",
      after: { lockedUntil: user.lockedUntil.toISOString() },
    });
    return { ok: false, reason: "locked" };
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk || !user.active) {
    await db().$transaction(async (tx) => {
      // Increment in SQL so concurrent failures all count.
      const [row] = await tx.$queryRaw<{ failed_login_count: number }[]>`
        UPDATE app_user SET failed_login_count = failed_login_count + 1, updated_at = now()
        WHERE id = ${user.id}::uuid RETURNING failed_login_count`;
      const failures = row?.failed_login_count ?? 0;
      await appendAudit(tx, {
        ...auditBase,
        actor: actorRef,
        entityId: user.id,
        action: "auth.sign_in_failed",
        after: { reason: user.active ? "password" : "inactive", consecutiveFailures: failures },
      });
      if (failures >= AUTH_LOCKOUT_THRESHOLD) {
        const lockedUntil = new Date(now.getTime() + AUTH_LOCKOUT_MINUTES * 60_000);
        await tx.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 } });
        await appendAudit(tx, {
          ...auditBase,
          actor: actorRef,
          entityId: user.id,
          action: "auth.locked",
          after: { lockedUntil: lockedUntil.toISOString(), failures },
        });
      }
    });
    return { ok: false, reason: "invalid" };
  }

  const session = await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastSignInAt: now },
    });
    const s = await tx.userSession.create({
      data: {
        userId: user.id,
        sessionVersion: user.sessionVersion,
        createdAt: now,
        lastSeenAt: now,
        ip: meta.ip?.slice(0, 64),
        userAgent: meta.userAgent?.slice(0, 400),
      },
    });
    await appendAudit(tx, {
      ...auditBase,
      actor: actorRef,
      entityId: user.id,
      entityType: "UserSession",
      action: "auth.sign_in",
      after: { sessionId: s.id },
    });
    return s;
  });
  return { ok: true, userId: user.id, sessionId: session.id, email: user.email, displayName: user.displayName };
}

export async function signOut(sessionId: string, userId: string, meta: RequestMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const s = await tx.userSession.findUnique({ where: { id: sessionId }, include: { user: true } });
    if (!s || s.userId !== userId || s.revokedAt) return;
    await tx.userSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    await appendAudit(tx, {
      actor: { userId, email: s.user.email },
      action: "auth.sign_out",
      entityType: "UserSession",
      entityId: sessionId,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
  });
}

/** Ends every session of the user, including the current one. */
export async function signOutEverywhere(actor: Actor, meta: RequestMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const u = await tx.user.update({
      where: { id: actor.userId },
      data: { sessionVersion: { increment: 1 } },
    });
    await tx.userSession.updateMany({
      where: { userId: actor.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await appendAudit(tx, {
      actor,
      action: "auth.sign_out_everywhere",
      entityType: "User",
      entityId: actor.userId,
      after: { sessionVersion: u.sessionVersion },
      ...meta,
    });
  });
}

/** Changes the password and ends every other session; the current one carries on. */
export async function changePassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
): Promise<void> {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError([{ path: "currentPassword", message: "currentPasswordWrong" }]);
  }
  const problems = checkPasswordPolicy(input.newPassword);
  if (problems.length) {
    throw new ValidationError(problems.map((p) => ({ path: "newPassword", message: `password.${p}` })));
  }
  if (input.newPassword === input.currentPassword) {
    throw new ValidationError([{ path: "newPassword", message: "password.sameAsOld" }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    const u = await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await tx.userSession.updateMany({
      where: { userId: actor.userId, revokedAt: null, NOT: { id: actor.sessionId } },
      data: { revokedAt: new Date() },
    });
    await tx.userSession.update({
      where: { id: actor.sessionId },
      data: { sessionVersion: u.sessionVersion },
    });
    await appendAudit(tx, {
      actor,
      action: "auth.password_changed",
      entityType: "User",
      entityId: actor.userId,
      ...meta,
    });
  });
}

export async function setPreferredLocale(actor: Actor, locale: string): Promise<void> {
  await db().user.update({ where: { id: actor.userId }, data: { locale } });
}
