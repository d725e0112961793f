import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ValidationError } from "@/lib/errors";
import { checkPasswordPolicy, hashPassword, timingDummyHash, verifyPassword } from "@/lib/auth/password";
import { appendAudit, recordAudit, type RequestMeta } from "./audit";
import { firstRefusalInWindow, releaseSignInAttempt, reserveSignInAttempt, type ThrottleReservation } from "./throttle";
import type { Actor } from "./actor";

export type SignInResult =
  | { ok: true; userId: string; sessionId: string; email: string; displayName: string }
  | { ok: false; reason: "invalid" | "locked" | "throttled" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

type Checked = { ok: true } | { ok: false; reason: "invalid" | "locked" | "throttled" };
type UserRow = { id: string; email: string; passwordHash: string; active: boolean; lockedUntil: Date | null };

/**
 * One password check under every limit, shared by sign-in and password
 * change. In order:
 *  1. the client's address and the global counter each reserve a failure
 *     (lib/data/throttle.ts); past a limit the attempt is refused;
 *  2. the account reserves a failure in one UPDATE that only succeeds while
 *     the account is not locked and has fewer than AUTH_LOCKOUT_THRESHOLD
 *     failures counted — so N parallel wrong passwords make at most the
 *     threshold's worth of real password checks before the lock;
 *  3. only then is the password checked; the failure that reaches the
 *     threshold sets the lock.
 * Every refusal still does one argon2 verification (against a dummy hash), so
 * a locked, throttled or unknown account takes as long as a wrong password.
 * A right password gives the reservations back and resets the account's count.
 */
async function checkPasswordUnderLimits(
  user: UserRow | null,
  password: string,
  ctx: { email: string; meta: RequestMeta; now: Date; context: "sign_in" | "password_change" },
): Promise<Checked> {
  const { AUTH_LOCKOUT_THRESHOLD } = env();
  const { now, meta } = ctx;
  const dummy = timingDummyHash();
  const auditBase = {
    entityType: "User",
    actorEmail: ctx.email,
    ip: meta.ip,
    userAgent: meta.userAgent,
    ...(user ? { actor: { userId: user.id, email: user.email }, entityId: user.id } : {}),
  };
  const context = ctx.context === "sign_in" ? {} : { context: ctx.context };

  const throttle = await reserveSignInAttempt(meta.ip, now);
  if (!throttle.ok) {
    await verifyPassword(await dummy, password);
    // Once per window and bucket: a refused flood must not queue on the audit chain.
    if (await firstRefusalInWindow(throttle.bucket)) {
      await recordAudit({ ...auditBase, action: "auth.sign_in_throttled", after: { scope: throttle.scope, ...context } });
    }
    return { ok: false, reason: "throttled" };
  }

  if (!user) {
    // The same database work as a known account: one committed row write, then the argon2 check.
    await equalizeWriteCost(throttle.reservation);
    await verifyPassword(await dummy, password);
    await recordAudit({ ...auditBase, action: "auth.sign_in_failed", after: { reason: "invalid", ...context } });
    return { ok: false, reason: "invalid" };
  }

  // The row lock (FOR UPDATE) makes the decision and the count one step for
  // parallel attempts. The row is written whether or not an attempt is
  // reserved, so a refused attempt costs the same commit as a counted one.
  const [row] = await db().$queryRaw<{ reserved: boolean; failed_login_count: number }[]>`
    WITH cur AS (
      SELECT id, ((locked_until IS NULL OR locked_until <= ${now}) AND failed_login_count < ${AUTH_LOCKOUT_THRESHOLD}) AS ok
      FROM app_user WHERE id = ${user.id}::uuid FOR UPDATE
    )
    UPDATE app_user u
    SET failed_login_count = u.failed_login_count + CASE WHEN cur.ok THEN 1 ELSE 0 END, updated_at = ${now}
    FROM cur WHERE u.id = cur.id
    RETURNING cur.ok AS reserved, u.failed_login_count`;
  const reserved = row?.reserved ? row : null;
  if (!reserved) {
    await verifyPassword(await dummy, password);
    const lockInForce = user.lockedUntil !== null && user.lockedUntil > now;
    // Not locked yet but every allowed attempt is taken (in flight, or the
    // threshold was lowered): lock now rather than refuse without a lock.
    const lockedNow =
      !lockInForce &&
      (await lockAccount(user, auditBase, now, { onlyWhenSaturated: true }));
    if (!lockedNow) {
      await recordAudit({
        ...auditBase,
        action: "auth.sign_in_refused_locked",
        after: { lockedUntil: lockInForce ? user.lockedUntil!.toISOString() : null, ...context },
      });
    }
    return { ok: false, reason: "locked" };
  }

  const passwordOk = await verifyPassword(user.passwordHash, password);
  if (passwordOk && user.active) {
    await releaseSignInAttempt(throttle.reservation);
    await db().user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null } });
    return { ok: true };
  }
  const failures = reserved.failed_login_count;
  await recordAudit({
    ...auditBase,
    action: "auth.sign_in_failed",
    after: { reason: user.active ? "password" : "inactive", consecutiveFailures: failures, ...context },
  });
  if (failures >= AUTH_LOCKOUT_THRESHOLD) {
    await lockAccount(user, auditBase, now, { onlyWhenSaturated: false });
  }
  return { ok: false, reason: "invalid" };
}

/** A committed write of the same size as an account's count, for paths that have no account to count on. */
async function equalizeWriteCost(reservation: ThrottleReservation): Promise<void> {
  const first = reservation.held[0];
  if (first) await db().$executeRaw`UPDATE sign_in_throttle SET failures = failures WHERE bucket = ${first.bucket}`;
}

/**
 * Sets the lock unless one is already in force (a parallel attempt may have
 * set it) and audits it when it does. onlyWhenSaturated: only if the count
 * still stands at the threshold (used by a refused attempt, not by a failure).
 */
async function lockAccount(
  user: UserRow,
  auditBase: Record<string, unknown> & { entityType: string },
  now: Date,
  { onlyWhenSaturated }: { onlyWhenSaturated: boolean },
): Promise<boolean> {
  const { AUTH_LOCKOUT_THRESHOLD: threshold, AUTH_LOCKOUT_MINUTES: minutes } = env();
  const lockedUntil = new Date(now.getTime() + minutes * 60_000);
  return db().$transaction(async (tx) => {
    const n = await tx.$executeRaw`
      UPDATE app_user SET locked_until = ${lockedUntil}, failed_login_count = 0, updated_at = ${now}
      WHERE id = ${user.id}::uuid AND (locked_until IS NULL OR locked_until <= ${now})
        AND (${!onlyWhenSaturated} OR failed_login_count >= ${threshold})`;
    if (n === 0) return false;
    await appendAudit(tx, {
      ...auditBase,
      action: "auth.locked",
      after: { lockedUntil: lockedUntil.toISOString(), failures: threshold },
    });
    return true;
  });
}

/**
 * Password sign-in with lockout and throttling. Unknown email, wrong password
 * and inactive account all answer "invalid" after the same argon2 work, so
 * the answer does not reveal which accounts exist.
 */
export async function signInWithPassword(
  input: { email: string; password: string },
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const user = await db().user.findUnique({ where: { email } });
  const checked = await checkPasswordUnderLimits(user, input.password, { email, meta, now, context: "sign_in" });
  if (!checked.ok) return checked;
  const u = user!;
  const session = await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: u.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastSignInAt: now },
    });
    const s = await tx.userSession.create({
      data: {
        userId: u.id,
        sessionVersion: u.sessionVersion,
        createdAt: now,
        lastSeenAt: now,
        ip: meta.ip?.slice(0, 64),
        userAgent: meta.userAgent?.slice(0, 400),
      },
    });
    await appendAudit(tx, {
      actor: { userId: u.id, email: u.email },
      actorEmail: email,
      entityId: u.id,
      entityType: "UserSession",
      action: "auth.sign_in",
      after: { sessionId: s.id },
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    return s;
  });
  return { ok: true, userId: u.id, sessionId: session.id, email: u.email, displayName: u.displayName };
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
  // A wrong current password counts like a failed sign-in: it uses up the
  // account's attempts and the address's, and can lock the account.
  const checked = await checkPasswordUnderLimits(user, input.currentPassword, {
    email: user.email,
    meta,
    now: new Date(),
    context: "password_change",
  });
  if (!checked.ok) {
    const message = checked.reason === "invalid" ? "currentPasswordWrong" : "tooManyAttempts";
    throw new ValidationError([{ path: "currentPassword", message }]);
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
