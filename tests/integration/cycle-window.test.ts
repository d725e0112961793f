import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  addLinkEvidenceAction,
  addTextEvidenceAction,
  approveAssessmentAction,
  deleteEvidenceAction,
  returnAssessmentAction,
  saveResponseAction,
  setTargetsAction,
  submitAssessmentAction,
  verifyResponseAction,
} from "@/app/(app)/assessments/[id]/actions";
import { startAssessmentAction } from "@/app/(app)/assessments/actions";
import { POST as upload } from "@/app/api/v1/assessments/[id]/evidence/route";
import { db, disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { actAs } from "./fixtures";
import { createAssessmentWorld, fillCompletely, startAssessment } from "./assessment-fixtures";

/**
 * Issue 16, item 5: answers, evidence, targets and submission only while the
 * cycle is open (status OPEN and today within opensOn..closesOn in the
 * deployment's time zone); review and approval also after it closes.
 */

type World = Awaited<ReturnType<typeof createAssessmentWorld>>;
let w: World;
let id: string;
const evidenceDir = mkdtempSync(path.join(tmpdir(), "cycle-evidence-"));
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** Today's date in Asia/Shanghai (the default APP_TIME_ZONE), shifted by `days`, as YYYY-MM-DD. */
function shanghaiDay(days = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function setCycle(data: { status?: "PLANNED" | "OPEN" | "CLOSED"; opensOn?: string; closesOn?: string }) {
  await db().assessmentCycle.update({
    where: { id: w.cycle.id },
    data: {
      status: data.status ?? "OPEN",
      opensOn: new Date(data.opensOn ?? shanghaiDay(-30)),
      closesOn: new Date(data.closesOn ?? shanghaiDay(30)),
    },
  });
}

const version = async () => (await db().assessment.findUniqueOrThrow({ where: { id } })).version;
const state = async () => {
  const a = await db().assessment.findUniqueOrThrow({ where: { id }, include: { responses: { include: { evidence: true } } } });
  return JSON.stringify({ status: a.status, version: a.version, targets: a.targets, responses: a.responses.map((r) => [r.level, r.version, r.verifiedLevel, r.evidence.length]) });
};
const answer = (level: number) => ({ level, na: false, naReason: "", note: "" });

function uploadRequest() {
  const form = new FormData();
  form.set("questionCode", "GOV.1.2");
  form.set("file", new File([PDF as Uint8Array<ArrayBuffer>], "a.pdf", { type: "application/pdf" }));
  return new Request(`http://localhost/api/v1/assessments/${id}/evidence`, { method: "POST", body: form });
}
const ctx = { params: Promise.resolve({ id: "" }) as never };

beforeAll(async () => {
  process.env.EVIDENCE_DIR = evidenceDir;
  resetEnvCache();
  w = await createAssessmentWorld();
  await setCycle({});
  id = await startAssessment(w.home.DEPT_ADMIN, w.cycle.id, w.units.D.id);
  (ctx as { params: Promise<{ id: string }> }).params = Promise.resolve({ id });
});
afterAll(async () => {
  delete process.env.EVIDENCE_DIR;
  resetEnvCache();
  rmSync(evidenceDir, { recursive: true, force: true });
  await disconnectDb();
});

describe("while the cycle is open", () => {
  beforeEach(() => setCycle({}));

  it("answers, evidence and targets are accepted, also on the last day", async () => {
    await setCycle({ closesOn: shanghaiDay(0) });
    actAs(w.home.RESPONDENT);
    expect((await saveResponseAction({ assessmentId: id, questionCode: "GOV.1.1", expectedVersion: 0, answer: answer(2) })).ok).toBe(true);
    expect((await addLinkEvidenceAction({ assessmentId: id, questionCode: "GOV.1.1", url: "https://example.gov.cn/x" })).ok).toBe(true);
    actAs(w.home.DEPT_ADMIN);
    expect((await setTargetsAction({ assessmentId: id, expectedVersion: await version(), targets: { GOV: 3 } })).ok).toBe(true);
  });
});

describe.each([
  ["closed yesterday", { closesOn: shanghaiDay(-1) }, "cycleClosed"],
  ["closed by an administrator (status CLOSED)", { status: "CLOSED" as const }, "cycleClosed"],
  ["not yet open (opens tomorrow)", { opensOn: shanghaiDay(1) }, "cycleNotOpen"],
  ["still being planned (status PLANNED)", { status: "PLANNED" as const }, "cycleNotOpen"],
])("when the cycle is %s", (_name, cycle, messageKey) => {
  let evidenceId = "";
  beforeAll(async () => {
    await setCycle({});
    await db().assessment.update({ where: { id }, data: { status: "DRAFT" } });
    actAs(w.home.RESPONDENT);
    const added = await addTextEvidenceAction({ assessmentId: id, questionCode: "GOV.2.1", text: "已印发" });
    evidenceId = added.ok ? added.data.id : "";
    await setCycle(cycle);
  });

  it("refuses saving an answer, changing nothing", async () => {
    const before = await state();
    actAs(w.home.RESPONDENT);
    const r = await db().response.findFirst({ where: { assessmentId: id, question: { code: "GOV.1.1" } } });
    expect(await saveResponseAction({ assessmentId: id, questionCode: "GOV.1.1", expectedVersion: r?.version ?? 0, answer: answer(4) })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      messageKey,
    });
    expect(await state()).toBe(before);
  });

  it("refuses adding and deleting evidence (links, text, files), changing nothing", async () => {
    const before = await state();
    actAs(w.home.RESPONDENT);
    expect(await addLinkEvidenceAction({ assessmentId: id, questionCode: "GOV.1.1", url: "https://example.gov.cn/y" })).toMatchObject({ ok: false, messageKey });
    expect(await addTextEvidenceAction({ assessmentId: id, questionCode: "GOV.1.1", text: "补充" })).toMatchObject({ ok: false, messageKey });
    expect(await deleteEvidenceAction({ evidenceId })).toMatchObject({ ok: false, messageKey });
    const res = await upload(uploadRequest(), ctx);
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("CONFLICT");
    expect(await state()).toBe(before);
  });

  it("refuses setting targets, changing nothing", async () => {
    const before = await state();
    actAs(w.home.DEPT_ADMIN);
    expect(await setTargetsAction({ assessmentId: id, expectedVersion: await version(), targets: { GOV: 5 } })).toMatchObject({ ok: false, messageKey });
    expect(await state()).toBe(before);
  });

  it("refuses starting a new assessment, creating nothing", async () => {
    const dept = await db().orgUnit.create({
      data: { code: `CW-${messageKey}-${Date.now()}`, nameZh: "窗口测试部门", nameEn: "Window dept", kind: "DEPARTMENT", parentId: w.units.K.id, path: "" },
    });
    await db().orgUnit.update({ where: { id: dept.id }, data: { path: `${w.units.K.path}${dept.id}/` } });
    await db().roleGrant.create({ data: { userId: w.home.DEPT_ADMIN.id, role: "DEPT_ADMIN", orgUnitId: dept.id } });
    actAs(w.home.DEPT_ADMIN);
    expect(await startAssessmentAction({ cycleId: w.cycle.id, orgUnitId: dept.id })).toMatchObject({ ok: false, code: "CONFLICT", messageKey });
    expect(await db().assessment.count({ where: { orgUnitId: dept.id } })).toBe(0);
  });

  it("refuses submitting, changing nothing", async () => {
    await setCycle({});
    await fillCompletely(id, 2);
    await setCycle(cycle);
    const before = await state();
    actAs(w.home.DEPT_ADMIN);
    expect(await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toMatchObject({ ok: false, code: "CONFLICT", messageKey });
    expect(await state()).toBe(before);
  });
});

describe("review and approval continue after the cycle closes", () => {
  it("the reviewer verifies, returns and approves an assessment submitted in time", async () => {
    await setCycle({});
    await db().assessment.update({ where: { id }, data: { status: "DRAFT" } });
    await fillCompletely(id, 2);
    actAs(w.home.DEPT_ADMIN);
    expect((await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() })).ok).toBe(true);
    await setCycle({ closesOn: shanghaiDay(-1) });
    actAs(w.home.REVIEWER);
    expect((await verifyResponseAction({ assessmentId: id, questionCode: "GOV.1.1", verifiedLevel: 1, comment: "请补充材料。" })).ok).toBe(true);
    expect((await returnAssessmentAction({ assessmentId: id, expectedVersion: await version() })).ok).toBe(true);
    // Returned after the close: the department can no longer change or resubmit it.
    actAs(w.home.DEPT_ADMIN);
    expect(await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toMatchObject({ ok: false, messageKey: "cycleClosed" });
    // An administrator may reopen the window (the window is the cycle's, not a one-way latch).
    await setCycle({});
    expect((await submitAssessmentAction({ assessmentId: id, expectedVersion: await version() })).ok).toBe(true);
    await setCycle({ status: "CLOSED" });
    actAs(w.home.REVIEWER);
    expect((await verifyResponseAction({ assessmentId: id, questionCode: "GOV.1.1", verifiedLevel: 2, comment: "" })).ok).toBe(true);
    expect(await approveAssessmentAction({ assessmentId: id, expectedVersion: await version() })).toEqual({ ok: true, data: null });
  });
});
