import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { changePasswordAction, signOutEverywhereAction } from "@/app/(app)/account/actions";
import { setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { setLocaleAction } from "@/app/locale-actions";
import { GET as auditEventsGET } from "@/app/api/v1/audit-events/route";
import { GET as orgUnitsGET } from "@/app/api/v1/org-units/route";
import { db, disconnectDb } from "@/lib/db";
import { actAs, createWorld, type World } from "./fixtures";

/** Bad input to every action and route: a 4xx-style refusal with a clear message, and nothing changed. */

let w: World;
let snapshot: () => Promise<unknown>;
beforeAll(async () => {
  w = await createWorld();
  snapshot = async () =>
    db().user.findMany({
      where: { id: { in: Object.values(w.home).map((u) => u.id) } },
      select: { id: true, active: true, sessionVersion: true, passwordHash: true, locale: true },
      orderBy: { id: "asc" },
    });
});
afterAll(() => disconnectDb());

const huge = "x".repeat(100_000);

describe("server actions refuse bad input and change nothing", () => {
  const cases: [string, () => Promise<unknown>][] = [
    ["setUserActive: wrong types", () => setUserActiveAction({ userId: 42, active: "yes" } as never)],
    ["setUserActive: missing fields", () => setUserActiveAction({} as never)],
    ["setUserActive: not a uuid", () => setUserActiveAction({ userId: "../../etc/passwd", active: false })],
    ["setUserActive: oversized id", () => setUserActiveAction({ userId: huge, active: false })],
    ["setUserActive: null input", () => setUserActiveAction(null as never)],
    ["changePassword: wrong types", () => changePasswordAction({ currentPassword: 1, newPassword: [], confirmPassword: {} } as never)],
    ["changePassword: oversized", () => changePasswordAction({ currentPassword: huge, newPassword: huge, confirmPassword: huge })],
    ["changePassword: mismatch", () => changePasswordAction({ currentPassword: "x", newPassword: "Abcdef#123456", confirmPassword: "Abcdef#1234567" })],
    ["signOutEverywhere: unexpected fields", () => signOutEverywhereAction({ all: true } as never)],
    ["setLocale: unknown locale", () => setLocaleAction({ locale: "fr" })],
  ];

  it.each(cases)("%s", async (_name, call) => {
    actAs(w.home.SYS_ADMIN);
    const before = await snapshot();
    const res = (await call()) as { ok: boolean; code: string; messageKey: string };
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", messageKey: "validation" });
    expect(JSON.stringify(res)).not.toMatch(/at \w+ \(|prisma|SELECT|stack/i);
    expect(await snapshot()).toEqual(before);
  });

  it("an unknown id is 'not found' and changes nothing", async () => {
    actAs(w.home.SYS_ADMIN);
    const before = await snapshot();
    expect(await setUserActiveAction({ userId: randomUUID(), active: false })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });

  it("field issues name the field and a catalogue key", async () => {
    actAs(w.home.SYS_ADMIN);
    const res = await changePasswordAction({ currentPassword: "", newPassword: "short", confirmPassword: "short" });
    expect(res).toMatchObject({
      ok: false,
      issues: expect.arrayContaining([
        { path: "currentPassword", message: "required" },
        { path: "newPassword", message: "password.tooShort" },
      ]),
    });
  });
});

describe("route handlers refuse bad queries with a 400 and a message in the caller's language", () => {
  const req = (path: string, lang?: string) =>
    new Request(`http://localhost${path}`, lang ? { headers: { "accept-language": lang } } : undefined);

  it.each([
    ["/api/v1/audit-events?limit=abc"],
    ["/api/v1/audit-events?limit=100000"],
    ["/api/v1/audit-events?limit=-1"],
    ["/api/v1/audit-events?before=1;DROP TABLE audit_event"],
    ["/api/v1/audit-events?unknown=1"],
  ])("%s", async (path) => {
    actAs(w.home.AUDITOR);
    const res = await auditEventsGET(req(path));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.message).toBe("提交的内容有误，请按提示修改。");
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|prisma|stack/i);
  });

  it("answers in English when the caller prefers it", async () => {
    actAs(w.home.AUDITOR);
    const body = await (await auditEventsGET(req("/api/v1/audit-events?limit=abc", "en-GB,en;q=0.9"))).json();
    expect(body.error.message).toBe("Some of what you entered needs correcting — see the messages below.");
    expect(body.error.issues[0]).toMatchObject({ path: "limit", message: "This value is not valid." });
  });

  it("refuses unexpected query parameters on the org-unit list", async () => {
    actAs(w.home.OVERSIGHT);
    expect((await orgUnitsGET(req("/api/v1/org-units?scope=all"))).status).toBe(400);
  });
});
