import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePasswordAction, signOutEverywhereAction } from "@/app/(app)/account/actions";
import { setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { signInWithPassword } from "@/lib/data/auth";
import { checkSession } from "@/lib/data/sessions";
import { db, disconnectDb } from "@/lib/db";
import { actAs, createUnit, createUser, newSession, PASSWORD } from "./fixtures";

const meta = { ip: "192.0.2.1", userAgent: "vitest" };
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

afterAll(() => disconnectDb());

describe("sign-in and lockout", () => {
  let unit: { id: string; path: string };
  beforeAll(async () => {
    unit = await createUnit(`AUTH-${Date.now()}`, "PROVINCE");
  });

  it("signs in with the right password, case-insensitively by email, and records it", async () => {
    const u = await createUser("signin", "AUDITOR", unit.id);
    const res = await signInWithPassword({ email: u.email.toUpperCase(), password: PASSWORD }, meta);
    expect(res.ok).toBe(true);
    const events = await db().auditEvent.findMany({ where: { actorId: u.id, action: "auth.sign_in" } });
    expect(events).toHaveLength(1);
  });

  it("answers the same for an unknown email and a wrong password", async () => {
    const u = await createUser("same-answer", "AUDITOR", unit.id);
    const unknown = await signInWithPassword({ email: "nobody@fixture.test", password: PASSWORD }, meta);
    const wrong = await signInWithPassword({ email: u.email, password: "Wrong#Password-1" }, meta);
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks after 5 consecutive failures, refuses the right password while locked, and unlocks after 15 minutes", async () => {
    const u = await createUser("lockout", "AUDITOR", unit.id);
    for (let i = 0; i < 5; i++) {
      expect(await signInWithPassword({ email: u.email, password: `Wrong#Password-${i}` }, meta)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const locked = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(minutes(14).getTime());
    expect(locked.lockedUntil!.getTime()).toBeLessThanOrEqual(minutes(15).getTime() + 1000);

    expect(await signInWithPassword({ email: u.email, password: PASSWORD }, meta)).toEqual({ ok: false, reason: "locked" });
    expect(await signInWithPassword({ email: u.email, password: PASSWORD }, meta, minutes(14))).toEqual({
      ok: false,
      reason: "locked",
    });
    const after = await signInWithPassword({ email: u.email, password: PASSWORD }, meta, minutes(16));
    expect(after.ok).toBe(true);

    const actions = (await db().auditEvent.findMany({ where: { actorId: u.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions.filter((a) => a === "auth.sign_in_failed")).toHaveLength(5);
    expect(actions).toContain("auth.locked");
    expect(actions.filter((a) => a === "auth.sign_in_refused_locked")).toHaveLength(2);
    expect(actions.at(-1)).toBe("auth.sign_in");
  });

  it("counts only consecutive failures: a success resets the count", async () => {
    const u = await createUser("reset", "AUDITOR", unit.id);
    for (let i = 0; i < 4; i++) await signInWithPassword({ email: u.email, password: "Wrong#Password-x" }, meta);
    expect((await signInWithPassword({ email: u.email, password: PASSWORD }, meta)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await signInWithPassword({ email: u.email, password: "Wrong#Password-x" }, meta);
    expect((await signInWithPassword({ email: u.email, password: PASSWORD }, meta)).ok).toBe(true);
  });
});

describe("sessions end on the server", () => {
  let unit: { id: string; path: string };
  beforeAll(async () => {
    unit = await createUnit(`SESS-${Date.now()}`, "PROVINCE");
  });

  it("refuses a deactivated user's existing session on its next request", async () => {
    const admin = await createUser("admin", "SYS_ADMIN", unit.id);
    // Not an AUDITOR: separation of duties forbids an admin deactivating one (issue 7).
    const victim = await createUser("victim", "RESPONDENT", unit.id);
    expect((await checkSession(victim.sessionId, victim.id)).ok).toBe(true);

    actAs(admin);
    expect(await setUserActiveAction({ userId: victim.id, active: false })).toEqual({ ok: true, data: null });
    expect(await checkSession(victim.sessionId, victim.id)).toMatchObject({ ok: false });

    // And the action path itself refuses them.
    actAs(victim);
    expect(await signOutEverywhereAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("ends other sessions when the password changes, keeping the current one", async () => {
    const here = await createUser("pw", "AUDITOR", unit.id);
    const elsewhere = await newSession(here);
    actAs(here);
    const res = await changePasswordAction({
      currentPassword: PASSWORD,
      newPassword: "Brand#New-Pass-2026",
      confirmPassword: "Brand#New-Pass-2026",
    });
    expect(res).toEqual({ ok: true, data: null });
    expect((await checkSession(here.sessionId, here.id)).ok).toBe(true);
    expect((await checkSession(elsewhere.sessionId, elsewhere.id)).ok).toBe(false);
    expect((await signInWithPassword({ email: here.email, password: "Brand#New-Pass-2026" }, meta)).ok).toBe(true);
    expect((await signInWithPassword({ email: here.email, password: PASSWORD }, meta)).ok).toBe(false);
  });

  it("refuses a new password that breaks the policy and changes nothing", async () => {
    const u = await createUser("weak", "AUDITOR", unit.id);
    const before = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    actAs(u);
    const res = await changePasswordAction({
      currentPassword: PASSWORD,
      newPassword: "alllowercaseletters",
      confirmPassword: "alllowercaseletters",
    });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", issues: [{ path: "newPassword", message: "password.tooFewClasses" }] });
    const after = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
  });

  it("signs out everywhere, including the current session", async () => {
    const a = await createUser("everywhere", "AUDITOR", unit.id);
    const b = await newSession(a);
    actAs(a);
    expect(await signOutEverywhereAction({})).toEqual({ ok: true, data: null });
    expect((await checkSession(a.sessionId, a.id)).ok).toBe(false);
    expect((await checkSession(b.sessionId, b.id)).ok).toBe(false);
  });

  it("ends a session idle for more than 30 minutes, and any session older than 12 hours", async () => {
    const u = await createUser("idle", "AUDITOR", unit.id);
    expect((await checkSession(u.sessionId, u.id, minutes(29))).ok).toBe(true);
    expect(await checkSession(u.sessionId, u.id, minutes(29 + 31))).toEqual({ ok: false, reason: "idle" });

    const old = await createUser("old", "AUDITOR", unit.id);
    await db().userSession.update({
      where: { id: old.sessionId },
      data: { createdAt: new Date(Date.now() - 13 * 3600_000) },
    });
    expect(await checkSession(old.sessionId, old.id)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a session id presented with another user's id", async () => {
    const a = await createUser("a", "AUDITOR", unit.id);
    const b = await createUser("b", "AUDITOR", unit.id);
    expect(await checkSession(a.sessionId, b.id)).toEqual({ ok: false, reason: "missing" });
  });
});
