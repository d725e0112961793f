import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/validation/uuid";
import { jsonColumn } from "./json-column";
import type { Actor } from "./actor";

// Writing last_seen_at on every request would make every page a write; a minute's precision is plenty for a 30-minute idle limit.
const TOUCH_EVERY_MS = 60_000;

interface SessionRow {
  id: string;
  user_id: string;
  session_version: number;
  revoked: boolean;
  created_ms: number;
  last_seen_ms: number;
  email: string;
  display_name: string;
  locale: string;
  must_change_password: boolean;
  active: boolean;
  user_session_version: number;
  /** Grants in active org units (a json column). */
  grants: { role: Role; orgUnitId: string; path: string }[] | string;
}

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
  // One round trip instead of four (session, user, grants, their units): this runs on every request.
  if (!isUuid(sessionId)) return { ok: false, reason: "missing" };
  const rows = await db().$queryRaw<SessionRow[]>`
    SELECT s.id, s.user_id, s.session_version, s.revoked_at IS NOT NULL AS revoked,
           (extract(epoch FROM s.created_at) * 1000)::float8 AS created_ms,
           (extract(epoch FROM s.last_seen_at) * 1000)::float8 AS last_seen_ms,
           u.email, u.display_name, u.locale, u.must_change_password, u.active, u.session_version AS user_session_version,
           COALESCE(
             json_agg(json_build_object('role', g.role::text, 'orgUnitId', g.org_unit_id, 'path', ou.path) ORDER BY g.created_at, g.id)
               FILTER (WHERE g.id IS NOT NULL AND ou.active),
             '[]'::json) AS grants
      FROM user_session s
      JOIN app_user u ON u.id = s.user_id
      LEFT JOIN role_grant g ON g.user_id = u.id
      LEFT JOIN org_unit ou ON ou.id = g.org_unit_id
     WHERE s.id = ${sessionId}::uuid
     GROUP BY s.id, u.id`;
  const s = rows[0];
  if (!s || s.user_id !== userId) return { ok: false, reason: "missing" };
  if (s.revoked) return { ok: false, reason: "revoked" };
  if (!s.active) return { ok: false, reason: "inactive" };
  if (s.session_version !== s.user_session_version) return { ok: false, reason: "version" };
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } = env();
  const lastSeen = Number(s.last_seen_ms);
  if (now.getTime() - lastSeen > SESSION_IDLE_MINUTES * 60_000) {
    return { ok: false, reason: "idle" };
  }
  if (now.getTime() - Number(s.created_ms) > SESSION_MAX_HOURS * 3_600_000) {
    return { ok: false, reason: "expired" };
  }
  if (now.getTime() - lastSeen > TOUCH_EVERY_MS) {
    await db().userSession.update({ where: { id: s.id }, data: { lastSeenAt: now } });
  }
  return {
    ok: true,
    actor: {
      userId: s.user_id,
      sessionId: s.id,
      email: s.email,
      displayName: s.display_name,
      locale: s.locale,
      mustChangePassword: s.must_change_password,
      grants: jsonColumn(s.grants).map((g) => ({ role: g.role, orgUnitId: g.orgUnitId, path: g.path })),
    },
  };
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db().userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
