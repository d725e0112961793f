import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addParticipantsAction, closeCycleAction, createCycleAction, extendCycleAction, openCycleAction, removeParticipantAction } from "@/app/(app)/admin/cycles/actions";
import { createOrgUnitAction, moveOrgUnitAction, setOrgUnitActiveAction, updateOrgUnitAction } from "@/app/(app)/admin/org-units/actions";
import { createUserAction, forceSignOutAction, grantRoleAction, resetPasswordAction, revokeGrantAction, setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { POST as importPOST } from "@/app/api/v1/admin/imports/[kind]/route";
import { GET as templateGET } from "@/app/api/v1/admin/templates/[kind]/route";
import { ensureFrameworkPublished } from "@/lib/data/framework-store";
import { db, disconnectDb } from "@/lib/db";
import { defaultFramework } from "@/lib/framework";
import type { Role } from "@/lib/generated/prisma/enums";
import { adminState, uploadRequest } from "./admin-support";
import { actAs, createUser, createWorld, ROLES, type FixtureUser } from "./fixtures";

/**
 * The tenancy matrix for every administration action and route: no session,
 * every other role, the other province's SYS_ADMIN on this province's ids —
 * all refused, nothing changed. The home SYS_ADMIN's successful path is in
 * admin.test.ts.
 */

type World = Awaited<ReturnType<typeof createWorld>>;
let w: World;
let target: FixtureUser;
let cycleId: string;
let grantId: string;
let fwId: string;

beforeAll(async () => {
  w = await createWorld();
  target = await createUser("tenancy-target", "RESPONDENT", w.units.D.id);
  grantId = (await db().roleGrant.findFirstOrThrow({ where: { userId: target.id } })).id;
  fwId = (await ensureFrameworkPublished(defaultFramework)).id;
  const c = await db().assessmentCycle.create({
    data: { nameZh: `租户周期 ${randomBytes(3).toString("hex")}`, nameEn: "Tenancy cycle", year: 2026, opensOn: new Date("2026-01-01"), closesOn: new Date("2026-12-31"), frameworkVersionId: fwId, ownerUnitId: w.units.P.id },
  });
  cycleId = c.id;
  await db().cycleParticipant.create({ data: { cycleId, orgUnitId: w.units.D.id } });
});
afterAll(() => disconnectDb());

const u = () => w.units;
/** Every action with valid input aimed at the home province. */
const calls: [string, () => Promise<{ ok: boolean; code?: string }>][] = [
  ["createOrgUnit", () => createOrgUnitAction({ code: `X-${randomBytes(2).toString("hex")}`, parentId: u().P.id, nameZh: "新单位", nameEn: "New", kind: "DEPARTMENT", regionCode: "", sectorTag: "" })],
  ["updateOrgUnit", () => updateOrgUnitAction({ id: u().D.id, nameZh: "改名", nameEn: "Renamed", regionCode: "", sectorTag: "" })],
  ["moveOrgUnit", () => moveOrgUnitAction({ id: u().D.id, newParentId: u().C.id })],
  ["setOrgUnitActive", () => setOrgUnitActiveAction({ id: u().D2.id, active: false })],
  ["createUser", () => createUserAction({ displayName: "新人", email: `new-${randomBytes(2).toString("hex")}@x.test`, phone: "", role: "RESPONDENT", orgUnitId: u().D.id })],
  ["grantRole", () => grantRoleAction({ userId: target.id, role: "DEPT_ADMIN", orgUnitId: u().D.id })],
  ["revokeGrant", () => revokeGrantAction({ userId: target.id, grantId })],
  ["setUserActive", () => setUserActiveAction({ userId: target.id, active: false })],
  ["resetPassword", () => resetPasswordAction({ userId: target.id })],
  ["forceSignOut", () => forceSignOutAction({ userId: target.id })],
  ["createCycle", () => createCycleAction({ nameZh: `周期${randomBytes(2).toString("hex")}`, nameEn: "C", year: 2026, opensOn: "2026-01-01", closesOn: "2026-12-31", frameworkVersionId: fwId, ownerUnitId: u().P.id })],
  ["addParticipants", () => addParticipantsAction({ cycleId, mode: "subtree", unitId: u().P.id })],
  ["removeParticipant", () => removeParticipantAction({ cycleId, orgUnitId: u().D.id })],
  ["openCycle", () => openCycleAction({ cycleId })],
  ["extendCycle", () => extendCycleAction({ cycleId, closesOn: "2027-03-31" })],
  ["closeCycle", () => closeCycleAction({ cycleId })],
];

describe.each(calls)("%s", (_name, call) => {
  it("refuses without a session (UNAUTHENTICATED) and changes nothing", async () => {
    const before = await adminState();
    actAs(null);
    expect(await call()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await adminState()).toEqual(before);
  });

  it.each(ROLES.filter((r) => r !== "SYS_ADMIN"))("refuses %s (FORBIDDEN) and changes nothing", async (role: Role) => {
    const before = await adminState();
    actAs(w.home[role]);
    expect(await call()).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await adminState()).toEqual(before);
  });

  it("refuses the other province's SYS_ADMIN (NOT_FOUND) and changes nothing", async () => {
    const before = await adminState();
    actAs(w.other.SYS_ADMIN);
    expect(await call()).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await adminState()).toEqual(before);
  });
});

describe("import and template routes", () => {
  const csv = `code,parent_code,name_zh,name_en,kind\nT-${randomBytes(2).toString("hex")},P-x,测试,Test,DEPARTMENT\n`;
  const params = (kind: string) => ({ params: Promise.resolve({ kind }) });

  it("refuse without a session (401) and change nothing", async () => {
    actAs(null);
    const before = await adminState();
    expect((await importPOST(uploadRequest("org-units", csv, { apply: true }), params("org-units"))).status).toBe(401);
    expect((await templateGET(new Request("http://localhost/api/v1/admin/templates/users"), params("users"))).status).toBe(401);
    expect(await adminState()).toEqual(before);
  });

  it.each(ROLES.filter((r) => r !== "SYS_ADMIN"))("refuse %s (403) and change nothing", async (role) => {
    actAs(w.home[role]);
    const before = await adminState();
    expect((await importPOST(uploadRequest("users", "email,name,role,unit_code\na@b.cn,A,RESPONDENT,X\n", { apply: true }), params("users"))).status).toBe(403);
    expect((await templateGET(new Request("http://localhost/api/v1/admin/templates/users"), params("users"))).status).toBe(403);
    expect(await adminState()).toEqual(before);
  });

  it("give the other province's SYS_ADMIN no way into this province: its parents and units are unknown", async () => {
    actAs(w.other.SYS_ADMIN);
    const before = await adminState();
    const units = `code,parent_code,name_zh,name_en,kind\nZ-${randomBytes(2).toString("hex")},${w.units.P.code},越权,Intruder,DEPARTMENT\n${w.units.D.code},${w.units.K.code},改名,Renamed,DEPARTMENT\n`;
    const res = await importPOST(uploadRequest("org-units", units, { apply: true }), params("org-units"));
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.data.applied).toBe(false);
    expect(body.data.errors.map((e: { key: string }) => e.key).sort()).toEqual(["import.codeOutsideScope", "import.parentOutsideScope"]);
    const users = `email,name,role,unit_code\n${target.email},X,REVIEWER,${w.units.D.code}\n`;
    const res2 = await importPOST(uploadRequest("users", users, { apply: true }), params("users"));
    expect(res2.status).toBe(422);
    expect((await res2.json()).data.errors[0].key).toBe("import.unknownUnit");
    expect(await adminState()).toEqual(before);
  });

  it("answer 404 for an unknown import kind", async () => {
    actAs(w.home.SYS_ADMIN);
    expect((await importPOST(uploadRequest("cycles", csv), params("cycles"))).status).toBe(404);
  });
});

describe("set-password actions", () => {
  it("the required change needs a session; a forged or malformed link token changes nothing", async () => {
    const { redeemSetPasswordAction, requiredPasswordChangeAction } = await import("@/app/(auth)/set-password/actions");
    const before = await adminState();
    actAs(null);
    expect(await requiredPasswordChangeAction({ currentPassword: "x", newPassword: "Brand#New-Pass-2026", confirmPassword: "Brand#New-Pass-2026" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await redeemSetPasswordAction({ token: randomBytes(32).toString("base64url"), newPassword: "Brand#New-Pass-2026", confirmPassword: "Brand#New-Pass-2026" })).toMatchObject({ ok: false, messageKey: "admin.tokenInvalid" });
    expect(await redeemSetPasswordAction({ token: "../../etc/passwd", newPassword: "Brand#New-Pass-2026", confirmPassword: "Brand#New-Pass-2026" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await adminState()).toEqual(before);
  });
});
