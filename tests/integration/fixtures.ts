import { randomBytes, randomUUID } from "node:crypto";
import { vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { readSessionClaims } from "@/lib/auth/session-claims";
import { db } from "@/lib/db";
import type { OrgUnitKind, Role } from "@/lib/generated/prisma/enums";

export const PASSWORD = "Fixture#Pass-2026";

export interface FixtureUser {
  id: string;
  email: string;
  sessionId: string;
}

let cachedHash: string | undefined;

export async function createUnit(code: string, kind: OrgUnitKind, parent?: { id: string; path: string }) {
  const id = randomUUID();
  return db().orgUnit.create({
    data: {
      id,
      code,
      nameZh: `单位${code}`,
      nameEn: `Unit ${code}`,
      kind,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
    },
  });
}

/** A user with one grant and a live session. */
export async function createUser(tag: string, role: Role | null, unitId?: string): Promise<FixtureUser> {
  cachedHash ??= await hashPassword(PASSWORD);
  const email = `${tag}-${randomBytes(3).toString("hex")}@fixture.test`;
  const user = await db().user.create({ data: { email, displayName: tag, passwordHash: cachedHash } });
  if (role && unitId) await db().roleGrant.create({ data: { userId: user.id, role, orgUnitId: unitId } });
  const session = await db().userSession.create({ data: { userId: user.id, sessionVersion: user.sessionVersion } });
  return { id: user.id, email, sessionId: session.id };
}

/** Another live session for the same user (a second browser). */
export async function newSession(user: FixtureUser): Promise<FixtureUser> {
  const u = await db().user.findUniqueOrThrow({ where: { id: user.id } });
  const s = await db().userSession.create({ data: { userId: u.id, sessionVersion: u.sessionVersion } });
  return { ...user, sessionId: s.id };
}

/** Makes the next server action / route handler run as this user (or as nobody). */
export function actAs(user: FixtureUser | null) {
  vi.mocked(readSessionClaims).mockResolvedValue(user ? { uid: user.id, sid: user.sessionId } : null);
}

export const ROLES: Role[] = ["RESPONDENT", "DEPT_ADMIN", "REVIEWER", "OVERSIGHT", "SYS_ADMIN", "AUDITOR"];

/**
 * Two separate provinces. "home": province P → city C → county K → department D,
 * plus department D2 directly under P. "other": province Q → department E.
 * Users: every role at its natural scope in P (respondent/dept admin at D), and
 * every role in Q — the other tenant.
 */
export async function createWorld(tag = randomBytes(3).toString("hex")) {
  const P = await createUnit(`P-${tag}`, "PROVINCE");
  const C = await createUnit(`C-${tag}`, "CITY", P);
  const K = await createUnit(`K-${tag}`, "COUNTY", C);
  const D = await createUnit(`D-${tag}`, "DEPARTMENT", K);
  const D2 = await createUnit(`D2-${tag}`, "DEPARTMENT", P);
  const Q = await createUnit(`Q-${tag}`, "PROVINCE");
  const E = await createUnit(`E-${tag}`, "DEPARTMENT", Q);
  const scopeHome = (r: Role) => (r === "RESPONDENT" || r === "DEPT_ADMIN" ? D.id : P.id);
  const scopeOther = (r: Role) => (r === "RESPONDENT" || r === "DEPT_ADMIN" ? E.id : Q.id);
  const home = {} as Record<Role, FixtureUser>;
  const other = {} as Record<Role, FixtureUser>;
  for (const r of ROLES) {
    home[r] = await createUser(`home-${r.toLowerCase()}`, r, scopeHome(r));
    other[r] = await createUser(`other-${r.toLowerCase()}`, r, scopeOther(r));
  }
  return { units: { P, C, K, D, D2, Q, E }, home, other };
}

export type World = Awaited<ReturnType<typeof createWorld>>;
