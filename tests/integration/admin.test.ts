import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayFromToday } from "./assessment-fixtures";
import { signOutEverywhereAction } from "@/app/(app)/account/actions";
import { addParticipantsAction, closeCycleAction, createCycleAction, extendCycleAction, openCycleAction } from "@/app/(app)/admin/cycles/actions";
import { createOrgUnitAction, moveOrgUnitAction, setOrgUnitActiveAction } from "@/app/(app)/admin/org-units/actions";
import { createUserAction, grantRoleAction, resetPasswordAction, revokeGrantAction, setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { redeemSetPasswordAction, requiredPasswordChangeAction } from "@/app/(auth)/set-password/actions";
import { POST as importPOST } from "@/app/api/v1/admin/imports/[kind]/route";
import { GET as orgUnitsGET } from "@/app/api/v1/org-units/route";
import { createFirstAdmin } from "@/lib/data/admin/bootstrap";
import { listMyDepartmentCycles } from "@/lib/data/assessments/view";
import { startOrResumeAssessment } from "@/lib/data/assessments/workflow";
import { signInWithPassword } from "@/lib/data/auth";
import { verifyAuditChain } from "@/lib/data/audit";
import { ensureFrameworkPublished } from "@/lib/data/framework-store";
import { checkSession } from "@/lib/data/sessions";
import { db, disconnectDb } from "@/lib/db";
import { defaultFramework } from "@/lib/framework";
import { adminState, uploadRequest } from "./admin-support";
import { actAs, createUnit, createUser, createWorld, PASSWORD, type FixtureUser } from "./fixtures";

type World = Awaited<ReturnType<typeof createWorld>>;
let w: World;
let admin: FixtureUser;
const meta = { ip: null, userAgent: null };
const NEW_PASSWORD = "Brand#New-Pass-2026";
const params = (kind: string) => ({ params: Promise.resolve({ kind }) });
const tag = randomBytes(2).toString("hex");

beforeAll(async () => {
  w = await createWorld();
  admin = w.home.SYS_ADMIN;
  await ensureFrameworkPublished(defaultFramework);
});
afterAll(() => disconnectDb());

async function actorOf(u: FixtureUser) {
  const c = await checkSession(u.sessionId, u.id);
  if (!c.ok) throw new Error(c.reason);
  return c.actor;
}

/** A 200-unit region: 1 city, 9 counties, 190 departments, under the home province. */
function regionCsv(bad: boolean) {
  const lines = ["code,parent_code,name_zh,name_en,kind,region_code,sector"];
  lines.push(`R${tag}-C,${w.units.P.code},测试市,Test City,市级,990300,`);
  for (let k = 1; k <= 9; k++) lines.push(`R${tag}-K${k},R${tag}-C,测试县${k},County ${k},COUNTY,99030${k},`);
  for (let d = 1; d <= 190; d++) {
    const parent = d === 7 && bad ? `R${tag}-NOPE` : `R${tag}-K${(d % 9) + 1}`;
    const kind = d === 11 && bad ? "BUREAU" : "DEPARTMENT";
    lines.push(`R${tag}-D${d},${parent},测试部门${d},Department ${d},${kind},,${d % 2 ? "交通运输" : "health"}`);
  }
  return lines.join("\r\n") + "\r\n";
}

describe("org-unit import", () => {
  it("dry run lists the two bad rows and writes nothing; the fixed file applies in one go; a second apply changes nothing", async () => {
    actAs(admin);
    const before = await adminState();
    const dry = await importPOST(uploadRequest("org-units", regionCsv(true)), params("org-units"));
    expect(dry.status).toBe(422);
    const body = (await dry.json()).data;
    expect(body.errors.map((e: { key: string; line: number }) => [e.line, e.key])).toEqual([
      [18, "import.unknownParent"],
      [22, "import.badKind"],
    ]);
    expect(body.errors[0].message).toContain(`R${tag}-NOPE`);
    expect(await adminState()).toEqual(before);
    // Apply of the bad file is refused as a whole.
    const bad = await importPOST(uploadRequest("org-units", regionCsv(true), { apply: true }), params("org-units"));
    expect((await bad.json()).data.applied).toBe(false);
    expect(await adminState()).toEqual(before);

    const ok = await importPOST(uploadRequest("org-units", regionCsv(false), { apply: true }), params("org-units"));
    expect(ok.status).toBe(200);
    expect((await ok.json()).data).toMatchObject({ rows: 200, created: 200, applied: true });
    const d5 = await db().orgUnit.findUniqueOrThrow({ where: { code: `R${tag}-D5` }, include: { parent: true } });
    expect(d5.parent!.code).toBe(`R${tag}-K6`);
    expect(d5.path.startsWith(w.units.P.path)).toBe(true);
    expect(d5.sectorTag).toBe("transport");

    const afterFirst = await adminState();
    const again = await importPOST(uploadRequest("org-units", regionCsv(false), { apply: true }), params("org-units"));
    expect((await again.json()).data).toMatchObject({ created: 0, updated: 0, unchanged: 200, applied: true });
    expect(await adminState()).toEqual(afterFirst);
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  const header = "编码,上级编码,中文名称,英文名称,类型,行政区划代码,行业领域\r\n";
  const row = (code: string) => `${code},${w.units.P.code},示范部门甲乙丙,Dept,部门,,交通运输\r\n`;
  const namesOf = async (code: string) => (await db().orgUnit.findUniqueOrThrow({ where: { code } })).nameZh;

  it.each([
    ["UTF-8", (s: string) => new TextEncoder().encode(s)],
    ["UTF-8 with BOM", (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)])],
    ["GB18030", (s: string) => new Uint8Array(iconv.encode(s, "gb18030"))],
    ["GBK", (s: string) => new Uint8Array(iconv.encode(s, "gbk"))],
    ["UTF-16 LE with BOM", (s: string) => new Uint8Array([0xff, 0xfe, ...iconv.encode(s, "utf16le")])],
  ])("reads %s with Chinese headers and names", async (name, encode) => {
    actAs(admin);
    const code = `ENC-${tag}-${name.replace(/\W/g, "")}`;
    const res = await importPOST(uploadRequest("org-units", encode(header + row(code)), { apply: true }), params("org-units"));
    expect((await res.json()).data).toMatchObject({ created: 1, applied: true });
    expect(await namesOf(code)).toBe("示范部门甲乙丙");
  });

  it("accepts .xlsx", async () => {
    actAs(admin);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("units");
    ws.addRow(["code", "parent_code", "name_zh", "name_en", "kind", "region_code", "sector"]);
    ws.addRow([`XL-${tag}`, w.units.P.code, "表格部门", "Sheet dept", "DEPARTMENT", "990000", "health"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await importPOST(uploadRequest("org-units", bytes, { apply: true, name: "units.xlsx" }), params("org-units"));
    expect((await res.json()).data).toMatchObject({ created: 1, applied: true });
    expect(await namesOf(`XL-${tag}`)).toBe("表格部门");
  });

  const bigRows = (n: number) => ["code,parent_code,name_zh,name_en,kind", ...Array.from({ length: n }, (_, i) => `B${i},P,部门${i},D${i},DEPARTMENT`)].join("\n");
  it.each([
    ["a binary file", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x00, 0xff, 0x10, 0x00]), "admin.import.binary"],
    ["an old .xls file", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "admin.import.oldExcel"],
    ["a broken .xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), "admin.import.badXlsx"],
    ["wrong columns", "name,city\n甲,乙\n", "admin.import.missingColumns"],
    ["an empty file", "", "admin.import.empty"],
    ["only a header", "code,parent_code,name_zh,name_en,kind\n", "admin.import.empty"],
    ["50,001 rows", bigRows(50_001), "admin.import.tooManyRows"],
    ["5 MB in one field", `code,parent_code,name_zh,name_en,kind\nBIG,${"P"},${"长".repeat(5 * 1024 * 1024 / 3)},x,DEPARTMENT\n`, "admin.import.fieldTooLong"],
    ["a 3,000-character field", `code,parent_code,name_zh,name_en,kind\nBIG,P,${"x".repeat(3000)},x,DEPARTMENT\n`, "admin.import.fieldTooLong"],
    ["an unclosed quote", `code,parent_code,name_zh,name_en,kind\n"BIG,P,x,x,DEPARTMENT\n`, "admin.import.badCsv"],
  ])("refuses %s with a clear message and changes nothing", async (_n, bytes, key) => {
    actAs(admin);
    const before = await adminState();
    const res = await importPOST(uploadRequest("org-units", bytes as Uint8Array | string, { apply: true }), params("org-units"));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.key).toBe(key);
    expect(body.error.message).not.toBe(key);
    expect(body.error.message).not.toMatch(/\{\w+\}/);
    expect(await adminState()).toEqual(before);
  });

  it("reports unknown parents, duplicate codes, bad kinds and loops per row", async () => {
    actAs(admin);
    const before = await adminState();
    const csv = [
      "code,parent_code,name_zh,name_en,kind,region_code,sector",
      `L${tag}-A,L${tag}-B,甲,A,DEPARTMENT,,`,
      `L${tag}-B,L${tag}-A,乙,B,DEPARTMENT,,`,
      `L${tag}-C,${w.units.P.code},丙,C,DEPARTMENT,,`,
      `L${tag}-C,${w.units.P.code},丙,C,DEPARTMENT,,`,
      `L${tag}-D,${w.units.P.code},丁,D,DEPT,,`,
      `L${tag}-E,${w.units.P.code},戊,E,DEPARTMENT,12,`,
      `L${tag}-F,${w.units.P.code},己,F,DEPARTMENT,,market-regulation-x`,
      `bad code!,${w.units.P.code},庚,G,DEPARTMENT,,`,
    ].join("\n");
    const body = (await (await importPOST(uploadRequest("org-units", csv, { apply: true }), params("org-units"))).json()).data;
    expect(body.errors.map((e: { line: number; key: string }) => `${e.line}:${e.key}`)).toEqual([
      "2:import.cycle",
      "3:import.cycle",
      "5:import.duplicateCode",
      "6:import.badKind",
      "7:import.badRegion",
      "8:import.unknownSector",
      "9:import.badCode",
    ]);
    expect(await adminState()).toEqual(before);
  });
});

describe("users, grants and separation of duties", () => {
  it("creates a user with a one-time link that works once; the user must not do anything else first", async () => {
    actAs(admin);
    const email = `link-${tag}@x.test`;
    const res = await createUserAction({ displayName: "链接用户", email, phone: "0571-1234567", role: "RESPONDENT", orgUnitId: w.units.D.id });
    if (!res.ok) throw new Error(res.messageKey);
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user.mustChangePassword).toBe(true);
    const stored = await db().setPasswordToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(res.data.token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    // Before the link: the account cannot be signed into with anything guessable.
    actAs(null);
    expect(await redeemSetPasswordAction({ token: res.data.token, newPassword: "short", confirmPassword: "short" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await redeemSetPasswordAction({ token: res.data.token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({ ok: true, data: null });
    expect(await redeemSetPasswordAction({ token: res.data.token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({ ok: false, messageKey: "admin.tokenInvalid" });
    const after = await db().user.findUniqueOrThrow({ where: { email } });
    expect(after.mustChangePassword).toBe(false);
    expect((await signInWithPassword({ email, password: NEW_PASSWORD }, meta)).ok).toBe(true);
  });

  it("refuses an expired link", async () => {
    actAs(admin);
    const target = await createUser("expiry", "RESPONDENT", w.units.D.id);
    const res = await resetPasswordAction({ userId: target.id });
    if (!res.ok) throw new Error(res.messageKey);
    await db().setPasswordToken.updateMany({ where: { userId: target.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    actAs(null);
    expect(await redeemSetPasswordAction({ token: res.data.token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({ ok: false, messageKey: "admin.tokenInvalid" });
  });

  it("a reset ends the user's sessions and forces a new password; until then actions and routes are refused", async () => {
    const target = await createUser("reset", "DEPT_ADMIN", w.units.D.id);
    actAs(admin);
    expect((await resetPasswordAction({ userId: target.id })).ok).toBe(true);
    expect((await checkSession(target.sessionId, target.id)).ok).toBe(false);
    // The admin-set password path: sign in works, but only the required change is allowed.
    await db().user.update({ where: { id: target.id }, data: { passwordHash: (await db().user.findFirstOrThrow({ where: { id: w.home.RESPONDENT.id } })).passwordHash } });
    const signIn = await signInWithPassword({ email: target.email, password: PASSWORD }, meta);
    expect(signIn.ok).toBe(true);
    const session = await db().userSession.findFirstOrThrow({ where: { userId: target.id, revokedAt: null } });
    const fresh = { ...target, sessionId: session.id };
    actAs(fresh);
    expect(await signOutEverywhereAction({})).toMatchObject({ ok: false, code: "FORBIDDEN", messageKey: "passwordChangeRequired" });
    const route = await orgUnitsGET(new Request("http://localhost/api/v1/org-units"));
    expect(route.status).toBe(403);
    expect(await requiredPasswordChangeAction({ currentPassword: "wrong-password-1", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await requiredPasswordChangeAction({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({ ok: true, data: null });
    expect((await orgUnitsGET(new Request("http://localhost/api/v1/org-units"))).status).toBe(200);
  });

  it("refuses self-grants of SYS_ADMIN and AUDITOR, and grants outside scope", async () => {
    actAs(admin);
    const before = await adminState();
    expect(await grantRoleAction({ userId: admin.id, role: "SYS_ADMIN", orgUnitId: w.units.D.id })).toMatchObject({ ok: false, messageKey: "admin.sodSelfGrant" });
    expect(await grantRoleAction({ userId: admin.id, role: "AUDITOR", orgUnitId: w.units.P.id })).toMatchObject({ ok: false, messageKey: "admin.sodSelfGrant" });
    expect(await grantRoleAction({ userId: w.home.RESPONDENT.id, role: "OVERSIGHT", orgUnitId: w.units.E.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await adminState()).toEqual(before);
  });

  it("refuses REVIEWER over a department the user answers for, both ways round", async () => {
    actAs(admin);
    const before = await adminState();
    expect(await grantRoleAction({ userId: w.home.RESPONDENT.id, role: "REVIEWER", orgUnitId: w.units.C.id })).toMatchObject({ ok: false, messageKey: "admin.sodReviewerRespondent" });
    expect(await grantRoleAction({ userId: w.home.REVIEWER.id, role: "DEPT_ADMIN", orgUnitId: w.units.D.id })).toMatchObject({ ok: false, messageKey: "admin.sodReviewerRespondent" });
    expect(await adminState()).toEqual(before);
    // A reviewer of another branch is fine.
    const other = await createUnit(`OB-${tag}`, "DEPARTMENT", w.units.P);
    expect(await grantRoleAction({ userId: w.home.RESPONDENT.id, role: "REVIEWER", orgUnitId: other.id })).toEqual({ ok: true, data: null });
  });

  it("cannot deactivate an AUDITOR, revoke the role or reset the password", async () => {
    actAs(admin);
    const before = await adminState();
    const auditor = w.home.AUDITOR;
    const g = await db().roleGrant.findFirstOrThrow({ where: { userId: auditor.id } });
    expect(await setUserActiveAction({ userId: auditor.id, active: false })).toMatchObject({ ok: false, messageKey: "admin.sodAuditor" });
    expect(await revokeGrantAction({ userId: auditor.id, grantId: g.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await resetPasswordAction({ userId: auditor.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await adminState()).toEqual(before);
  });

  it("audits grants and revocations with before and after", async () => {
    actAs(admin);
    const u = await createUser("grantee", "RESPONDENT", w.units.D.id);
    expect(await grantRoleAction({ userId: u.id, role: "DEPT_ADMIN", orgUnitId: w.units.D.id })).toEqual({ ok: true, data: null });
    const grant = await db().roleGrant.findFirstOrThrow({ where: { userId: u.id, role: "DEPT_ADMIN" } });
    expect(await revokeGrantAction({ userId: u.id, grantId: grant.id })).toEqual({ ok: true, data: null });
    const events = await db().auditEvent.findMany({ where: { entityId: u.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["user.role_granted", "user.role_revoked"]);
    expect((events[0]!.after as { grants: unknown[] }).grants).toHaveLength(2);
    expect((events[1]!.before as { grants: unknown[] }).grants).toHaveLength(2);
    expect((events[1]!.after as { grants: unknown[] }).grants).toHaveLength(1);
  });

  it("rejects bad input on every user form field and changes nothing", async () => {
    actAs(admin);
    const before = await adminState();
    const r = await createUserAction({ displayName: "", email: "not-an-email", phone: "abc", role: "KING" as never, orgUnitId: "x" });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((r as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual(["displayName", "email", "orgUnitId", "phone", "role"]);
    expect(await createUserAction({ displayName: "重复", email: w.home.RESPONDENT.email, phone: "", role: "RESPONDENT", orgUnitId: w.units.D.id })).toMatchObject({ ok: false, messageKey: "admin.emailTaken" });
    expect(await adminState()).toEqual(before);
  });

  it("imports users idempotently by e-mail, with links for new accounts and per-row errors", async () => {
    actAs(admin);
    const before = await adminState();
    const bad = `email,name,phone,role,unit_code\nu1-${tag}@x.test,甲,,填报人,${w.units.D.code}\nnope,乙,,RESPONDENT,${w.units.D.code}\nu3-${tag}@x.test,丙,,KING,${w.units.D.code}\nu4-${tag}@x.test,丁,,RESPONDENT,NOPE\n`;
    const dry = (await (await importPOST(uploadRequest("users", bad, { apply: true }), params("users"))).json()).data;
    expect(dry.errors.map((e: { line: number; key: string }) => `${e.line}:${e.key}`)).toEqual(["3:import.badEmail", "4:import.badRole", "5:import.unknownUnit"]);
    expect(await adminState()).toEqual(before);
    const good = `email,name,phone,role,unit_code\nu1-${tag}@x.test,甲,,填报人,${w.units.D.code}\nu2-${tag}@x.test,乙,13800000000,OVERSIGHT,${w.units.C.code}\nu2-${tag}@x.test,乙,,REVIEWER,${w.units.C.code}\n`;
    const res = (await (await importPOST(uploadRequest("users", good, { apply: true }), params("users"))).json()).data;
    expect(res).toMatchObject({ created: 2, applied: true });
    expect(res.links).toHaveLength(2);
    const again = (await (await importPOST(uploadRequest("users", good, { apply: true }), params("users"))).json()).data;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, applied: true });
  });
});

describe("organisation tree edits", () => {
  it("moves a subtree: every path below is rewritten in the same transaction", async () => {
    actAs(admin);
    const a = await createUnit(`MV-${tag}-A`, "COUNTY", w.units.C);
    const b = await createUnit(`MV-${tag}-B`, "DEPARTMENT", a);
    const c = await createUnit(`MV-${tag}-C`, "OFFICE", b);
    const city2 = await createUnit(`MV-${tag}-C2`, "CITY", w.units.P);
    expect(await moveOrgUnitAction({ id: a.id, newParentId: city2.id })).toEqual({ ok: true, data: null });
    const moved = await db().orgUnit.findMany({ where: { id: { in: [a.id, b.id, c.id] } } });
    for (const u of moved) expect(u.path.startsWith(`${city2.path}${a.id}/`)).toBe(true);
    expect(await moveOrgUnitAction({ id: a.id, newParentId: c.id })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await moveOrgUnitAction({ id: w.units.P.id, newParentId: city2.id })).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("deactivates a unit with its subtree; bad input is refused", async () => {
    actAs(admin);
    const a = await createUnit(`DA-${tag}-A`, "DEPARTMENT", w.units.P);
    const b = await createUnit(`DA-${tag}-B`, "OFFICE", a);
    const r = await setOrgUnitActiveAction({ id: a.id, active: false });
    expect(r).toEqual({ ok: true, data: { changed: 2 } });
    expect((await db().orgUnit.findUniqueOrThrow({ where: { id: b.id } })).active).toBe(false);
    const before = await adminState();
    const bad = await createOrgUnitAction({ code: "空 格", parentId: w.units.P.id, nameZh: "", nameEn: "x".repeat(201), kind: "CASTLE" as never, regionCode: "12", sectorTag: "NOPE" });
    expect((bad as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual(["code", "kind", "nameEn", "nameZh", "regionCode", "sectorTag"]);
    expect(await createOrgUnitAction({ code: w.units.D.code, parentId: w.units.P.id, nameZh: "重", nameEn: "Dup", kind: "DEPARTMENT", regionCode: "", sectorTag: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await createOrgUnitAction({ code: `CITY-${tag}`, parentId: w.units.D.id, nameZh: "市", nameEn: "City", kind: "CITY", regionCode: "", sectorTag: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await adminState()).toEqual(before);
  });
});

describe("cycles and participation", () => {
  it("a cycle for one city: its departments see and start it, others do not; closing stops new starts", async () => {
    actAs(admin);
    const fw = await ensureFrameworkPublished(defaultFramework);
    // Open today, whatever day the suite runs: starting an assessment needs the cycle's window (issue 16).
    const day = (n: number) => dayFromToday(n).toISOString().slice(0, 10);
    const created = await createCycleAction({ nameZh: `城市周期 ${tag}`, nameEn: "City cycle", year: 2027, opensOn: day(-1), closesOn: day(180), frameworkVersionId: fw.id, ownerUnitId: w.units.P.id });
    if (!created.ok) throw new Error(created.messageKey);
    const cycleId = created.data.id;
    expect(await openCycleAction({ cycleId })).toMatchObject({ ok: false, messageKey: "admin.noParticipants" });
    expect(await addParticipantsAction({ cycleId, mode: "subtree", unitId: w.units.C.id })).toEqual({ ok: true, data: { added: 1 } });
    expect(await addParticipantsAction({ cycleId, mode: "codes", codes: `${w.units.D.code}\nNOPE-${tag}` })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await openCycleAction({ cycleId })).toEqual({ ok: true, data: null });
    const inside = await actorOf(w.home.RESPONDENT); // department D, under city C
    const outsider = await createUser("outside", "RESPONDENT", w.units.D2.id); // D2 sits directly under the province
    const outside = await actorOf(outsider);
    expect((await listMyDepartmentCycles(inside)).some((c) => c.cycleId === cycleId)).toBe(true);
    expect((await listMyDepartmentCycles(outside)).some((c) => c.cycleId === cycleId)).toBe(false);
    await expect(startOrResumeAssessment(outside, { cycleId, orgUnitId: w.units.D2.id }, meta)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().assessment.count({ where: { cycleId } })).toBe(0);
    expect((await startOrResumeAssessment(inside, { cycleId, orgUnitId: w.units.D.id }, meta)).created).toBe(true);
    expect(await extendCycleAction({ cycleId, closesOn: day(10) })).toMatchObject({ ok: false, messageKey: "admin.extendLater" });
    expect(await extendCycleAction({ cycleId, closesOn: day(270) })).toEqual({ ok: true, data: null });
    expect(await closeCycleAction({ cycleId })).toEqual({ ok: true, data: null });
    expect((await db().assessmentCycle.findUniqueOrThrow({ where: { id: cycleId } })).status).toBe("CLOSED");
    expect(await createCycleAction({ nameZh: "", nameEn: "x", year: 1900, opensOn: "2027-02-30", closesOn: "2026-01-01", frameworkVersionId: fw.id, ownerUnitId: w.units.P.id })).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("npm run admin:create", () => {
  it("creates the first admin and its root unit; signing in requires a new password before anything else", async () => {
    const email = `first-${tag}@gov.test`;
    const r = await createFirstAdmin({ email, displayName: "首任管理员", orgCode: `ROOT-${tag}`, orgNameZh: "新省", password: "First#Admin-2026" });
    expect(r).toMatchObject({ createdUnit: true, createdUser: true });
    const signIn = await signInWithPassword({ email, password: "First#Admin-2026" }, meta);
    expect(signIn.ok).toBe(true);
    const s = await db().userSession.findFirstOrThrow({ where: { userId: r.userId, revokedAt: null } });
    const fresh: FixtureUser = { id: r.userId, email, sessionId: s.id };
    actAs(fresh);
    expect((await actorOf(fresh)).mustChangePassword).toBe(true);
    expect(await createOrgUnitAction({ code: `K-${tag}`, parentId: r.unitId, nameZh: "市", nameEn: "C", kind: "CITY", regionCode: "", sectorTag: "" })).toMatchObject({ ok: false, messageKey: "passwordChangeRequired" });
    expect(await requiredPasswordChangeAction({ currentPassword: "First#Admin-2026", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({ ok: true, data: null });
    expect((await createOrgUnitAction({ code: `K-${tag}`, parentId: r.unitId, nameZh: "市", nameEn: "C", kind: "CITY", regionCode: "", sectorTag: "" })).ok).toBe(true);
    await expect(createFirstAdmin({ email, displayName: "", orgCode: `ROOT-${tag}` })).rejects.toThrow(/--reset/);
  });

  it("runs as a command and prints a one-time link", () => {
    const root = path.resolve(__dirname, "../..");
    const out = execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/admin-create.ts", "--email", `cli-${tag}@gov.test`, "--org-code", `CLI-${tag}`, "--org-name", "命令行省", "--link"], {
      cwd: root,
      env: { ...process.env, NEXTAUTH_URL: "https://aigov.example.gov.cn" },
      encoding: "utf8",
    });
    expect(out).toMatch(new RegExp(`https://aigov\\.example\\.gov\\.cn/set-password/[A-Za-z0-9_-]{40,}`));
  });
});
