import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "./actor";

// Writing last_seen_at on every request would make every page a write; a minute's precision is plenty for a 30-minute idle limit.
const TOUCH_EVERY_MS = 60_000;

export type SessionCheck =
  | { ok: true; actor: Actor }
  | { ok: false; reason: "missing" | "revoked" | "inactive" | "version" | "idle" | "expired" };

/**
 * Decides on every server-side access whether a session token still counts:
 * the user is active, the session was not revoked, its version matches the
 * user's (password change and "sign out everywhere" bump it), and neither the
 * idle nor the absolute timeout has passed.
 */
export async function checkSession(
  sessionId: string,
  userId: string,
  now: Date = new Date(),
): Promise<SessionCheck> {
  const s = await db().userSession.findUnique({
    where: { id: sessionId },
    include: {
      user: {
        include: { grants: { include: { orgUnit: { select: { path: true, active: true } } } } },
      },
    },
  });
  if (!s || s.userId !== userId) return { ok: false, reason: "missing" };
  if (s.revokedAt) return { ok: false, reason: "revoked" };
  if (!s.user.active) return { ok: false, reason: "inactive" };
  if (s.sessionVersion !== s.user.sessionVersion) return { ok: false, reason: "version" };
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } = env();
  if (now.getTime() - s.lastSeenAt.getTime() > SESSION_IDLE_MINUTES * 60_000) {
    return { ok: false, reason: "idle" };
  }
  if (now.getTime() - s.createdAt.getTime() > SESSION_MAX_HOURS * 3_600_000) {
    return { ok: false, reason: "expired" };
  }
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db().userSession.update({ where: { id: s.id }, data: { lastSeenAt: now } });
  }
  return {
    ok: true,
    actor: {
      userId: s.user.id,
      sessionId: s.id,
      email: s.user.email,
      displayName: s.user.displayName,
      locale: s.user.locale,
      mustChangePassword: s.user.mustChangePassword,
      grants: s.user.grants
        .filter((g) => g.orgUnit.active)
        .map((g) => ({ role: g.role, orgUnitId: g.orgUnitId, path: g.orgUnit.path })),
    },
  };
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db().userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
