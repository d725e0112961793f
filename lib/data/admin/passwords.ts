import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { checkPasswordPolicy, hashPassword } from "@/lib/auth/password";
import { ValidationError } from "@/lib/errors";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";

type Tx = Prisma.TransactionClient;

/** How long a one-time set-password link stays valid. */
export const SET_PASSWORD_TTL_HOURS = 24;

/** Only the sha256 is stored: a copy of the database does not let anyone use an outstanding link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a one-time set-password link token for a user (inside the caller's
 * transaction). Earlier unused tokens of the user stop working, so only the
 * latest link handed out is valid.
 */
export async function issueSetPasswordToken(
  tx: Tx,
  userId: string,
  createdById: string | null,
  ttlHours = SET_PASSWORD_TTL_HOURS,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await tx.setPasswordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  await tx.setPasswordToken.create({ data: { userId, tokenHash: hashToken(token), expiresAt, createdById } });
  return { token, expiresAt };
}

/** A password nobody knows: accounts waiting for their set-password link cannot be signed into. */
export async function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString("hex"));
}

function assertPolicy(password: string, field: string) {
  const problems = checkPasswordPolicy(password);
  if (problems.length) throw new ValidationError(problems.map((p) => ({ path: field, message: `password.${p}` })));
}

/** Whether a link token is currently usable (for the page, before the form is shown). */
export async function setPasswordTokenIsValid(token: string, now = new Date()): Promise<boolean> {
  const row = await db().setPasswordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { active: true } } },
  });
  return !!row && !row.usedAt && row.expiresAt > now && row.user.active;
}

/**
 * Redeems a one-time link: sets the password, clears "must change", ends every
 * session, and burns the token — all in one transaction, and the token's
 * `used_at IS NULL` condition makes a second use (even a concurrent one) fail.
 */
export async function redeemSetPasswordToken(
  input: { token: string; newPassword: string },
  meta: RequestMeta,
): Promise<{ email: string }> {
  assertPolicy(input.newPassword, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const invalid = () => new ValidationError([{ path: "token", message: "admin.tokenInvalid" }], "admin.tokenInvalid");
  return db().$transaction(async (tx) => {
    const now = new Date();
    const row = await tx.setPasswordToken.findUnique({ where: { tokenHash: hashToken(input.token) }, include: { user: true } });
    if (!row || row.usedAt || row.expiresAt <= now || !row.user.active) throw invalid();
    const { count } = await tx.setPasswordToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (count !== 1) throw invalid();
    await tx.user.update({
      where: { id: row.userId },
      data: {
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: false,
        failedLoginCount: 0,
        lockedUntil: null,
        sessionVersion: { increment: 1 },
      },
    });
    await tx.userSession.updateMany({ where: { userId: row.userId, revokedAt: null }, data: { revokedAt: now } });
    await appendAudit(tx, {
      actor: { userId: row.userId, email: row.user.email },
      action: "user.password_set_by_link",
      entityType: "User",
      entityId: row.userId,
      before: { mustChangePassword: row.user.mustChangePassword },
      after: { mustChangePassword: false },
      ...meta,
    });
    return { email: row.user.email };
  });
}

/** After the required change succeeded (lib/data/auth.ts changePassword), the account is released. */
export async function clearMustChangePassword(actor: Actor, meta: RequestMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, mustChangePassword: true },
      data: { mustChangePassword: false },
    });
    if (count === 0) return;
    await appendAudit(tx, {
      actor,
      action: "user.required_password_set",
      entityType: "User",
      entityId: actor.userId,
      before: { mustChangePassword: true },
      after: { mustChangePassword: false },
      ...meta,
    });
  });
}
