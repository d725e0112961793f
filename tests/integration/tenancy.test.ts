import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePasswordAction, signOutEverywhereAction } from "@/app/(app)/account/actions";
import { setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { GET as auditEventsGET } from "@/app/api/v1/audit-events/route";
import { GET as orgUnitsGET } from "@/app/api/v1/org-units/route";
import { recordAudit } from "@/lib/data/audit";
import { db, disconnectDb } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { actAs, createUser, ROLES, createWorld, type World } from "./fixtures";

/**
 * The tenancy matrix: every route handler and server action that exists, for
 * each role, for another tenant's ids, and with no session. Refusals must
 * change nothing.
 */

let w: World;
beforeAll(async () => {
  w = await createWorld();
  // One audit event in each tenant, so the audit route has something to leak if it could.
  await recordAudit({ action: "test.home", entityType: "Test", orgUnitId: w.units.D.id });
  await recordAudit({ action: "test.other", entityType: "Test", orgUnitId: w.units.E.id });
});
afterAll(() => disconnectDb());

const req = (path: string) => new Request(`http://localhost${path}`);

describe("GET /api/v1/org-units", () => {
  const allowed: Role[] = ["OVERSIGHT", "SYS_ADMIN", "REVIEWER", "DEPT_ADMIN"];

  it("refuses without a session (401)", async () => {
    actAs(null);
    const res = await orgUnitsGET(req("/api/v1/org-units"));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
  });

  it.each(ROLES.filter((r) => !allowed.includes(r)))("refuses %s (403)", async (role) => {
    actAs(w.home[role]);
    expect((await orgUnitsGET(req("/api/v1/org-units"))).status).toBe(403);
  });

  it("gives OVERSIGHT of the province every unit of its subtree and nothing outside", async () => {
    actAs(w.home.OVERSIGHT);
    const res = await orgUnitsGET(req("/api/v1/org-units"));
    expect(res.status).toBe(200);
    const ids = new Set(((await res.json()).data as { id: string }[]).map((u) => u.id));
    const { P, C, K, D, D2, Q, E } = w.units;
    for (const u of [P, C, K, D, D2]) expect(ids.has(u.id)).toBe(true);
    for (const u of [Q, E]) expect(ids.has(u.id)).toBe(false);
  });

  it("gives the other province's OVERSIGHT only its own units", async () => {
    actAs(w.other.OVERSIGHT);
    const ids = ((await (await orgUnitsGET(req("/api/v1/org-units"))).json()).data as { id: string }[]).map((u) => u.id);
    expect(ids.sort()).toEqual([w.units.Q.id, w.units.E.id].sort());
  });

  it("gives a DEPT_ADMIN only its department", async () => {
    actAs(w.home.DEPT_ADMIN);
    const ids = ((await (await orgUnitsGET(req("/api/v1/org-units"))).json()).data as { id: string }[]).map((u) => u.id);
    expect(ids).toEqual([w.units.D.id]);
  });
});

describe("GET /api/v1/audit-events", () => {
  it("refuses without a session (401)", async () => {
    actAs(null);
    expect((await auditEventsGET(req("/api/v1/audit-events"))).status).toBe(401);
  });

  it.each(ROLES.filter((r) => r !== "AUDITOR"))("refuses %s (403) — SYS_ADMIN included", async (role) => {
    actAs(w.home[role]);
    expect((await auditEventsGET(req("/api/v1/audit-events"))).status).toBe(403);
  });

  it("gives an AUDITOR its own tenant's events and not the other's", async () => {
    actAs(w.home.AUDITOR);
    const res = await auditEventsGET(req("/api/v1/audit-events?limit=500"));
    expect(res.status).toBe(200);
    const actions = ((await res.json()).data as { action: string }[]).map((e) => e.action);
    expect(actions).toContain("test.home");
    expect(actions).not.toContain("test.other");

    actAs(w.other.AUDITOR);
    const other = ((await (await auditEventsGET(req("/api/v1/audit-events?limit=500"))).json()).data as { action: string }[]).map(
      (e) => e.action,
    );
    expect(other).toContain("test.other");
    expect(other).not.toContain("test.home");
  });
});

describe("setUserActiveAction", () => {
  const expectStillActive = async (userId: string) =>
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).active).toBe(true);

  it("refuses without a session and changes nothing", async () => {
    actAs(null);
    const target = w.home.RESPONDENT;
    expect(await setUserActiveAction({ userId: target.id, active: false })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await expectStillActive(target.id);
  });

  it.each(ROLES.filter((r) => r !== "SYS_ADMIN"))("refuses %s and changes nothing", async (role) => {
    actAs(w.home[role]);
    const target = w.home.RESPONDENT.id === w.home[role].id ? w.home.AUDITOR : w.home.RESPONDENT;
    expect(await setUserActiveAction({ userId: target.id, active: false })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expectStillActive(target.id);
  });

  it("refuses the other province's SYS_ADMIN as not found, and changes nothing", async () => {
    actAs(w.other.SYS_ADMIN);
    expect(await setUserActiveAction({ userId: w.home.RESPONDENT.id, active: false })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await expectStillActive(w.home.RESPONDENT.id);
  });

  it("lets the province's SYS_ADMIN deactivate and reactivate a user in its subtree, audited", async () => {
    const target = await createUser("toggle", "RESPONDENT", w.units.D.id);
    actAs(w.home.SYS_ADMIN);
    expect(await setUserActiveAction({ userId: target.id, active: false })).toEqual({ ok: true, data: null });
    expect(await setUserActiveAction({ userId: target.id, active: true })).toEqual({ ok: true, data: null });
    const events = await db().auditEvent.findMany({ where: { entityId: target.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["user.deactivated", "user.activated"]);
    expect(events[0]!.actorId).toBe(w.home.SYS_ADMIN.id);
  });

  it("refuses a SYS_ADMIN deactivating itself", async () => {
    actAs(w.home.SYS_ADMIN);
    expect(await setUserActiveAction({ userId: w.home.SYS_ADMIN.id, active: false })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    await expectStillActive(w.home.SYS_ADMIN.id);
  });
});

describe("account actions act only on the caller's own account", () => {
  it("refuse without a session", async () => {
    actAs(null);
    expect(await signOutEverywhereAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(
      await changePasswordAction({ currentPassword: "x", newPassword: "Another#Pass-2026", confirmPassword: "Another#Pass-2026" }),
    ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("ignore any user id smuggled into the input", async () => {
    const victim = await createUser("victim", "AUDITOR", w.units.P.id);
    const attacker = await createUser("attacker", "AUDITOR", w.units.P.id);
    const before = await db().user.findUniqueOrThrow({ where: { id: victim.id } });
    actAs(attacker);
    // The schema is strict: an extra field is a validation error, not a target.
    expect(await signOutEverywhereAction({ userId: victim.id } as never)).toMatchObject({ ok: false, code: "VALIDATION" });
    const after = await db().user.findUniqueOrThrow({ where: { id: victim.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion);
  });
});
