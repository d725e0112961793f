import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addLinkEvidenceAction, addTextEvidenceAction, deleteEvidenceAction, saveResponseAction } from "@/app/(app)/assessments/[id]/actions";
import { POST as upload } from "@/app/api/v1/assessments/[id]/evidence/route";
import { GET as download } from "@/app/api/v1/evidence/[evidenceId]/route";
import { db, disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { actAs } from "./fixtures";
import { createAssessmentWorld, startAssessment } from "./assessment-fixtures";

type World = Awaited<ReturnType<typeof createAssessmentWorld>>;
let w: World;
let id: string;
const evidenceDir = mkdtempSync(path.join(tmpdir(), "evidence-"));

beforeAll(async () => {
  process.env.EVIDENCE_DIR = evidenceDir;
  resetEnvCache();
  w = await createAssessmentWorld();
  id = await startAssessment(w.home.RESPONDENT, w.cycle.id, w.units.D.id);
});
afterAll(async () => {
  delete process.env.EVIDENCE_DIR;
  resetEnvCache();
  rmSync(evidenceDir, { recursive: true, force: true });
  await disconnectDb();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(64).fill(0)]);

function uploadRequest(questionCode: string, name: string, bytes: Uint8Array, type = "application/pdf") {
  const form = new FormData();
  form.set("questionCode", questionCode);
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  return new Request(`http://localhost/api/v1/assessments/${id}/evidence`, { method: "POST", body: form });
}
const ctx = (params: Record<string, string>) => ({ params: Promise.resolve(params) as never });
const evidenceCount = () => db().evidence.count({ where: { response: { assessmentId: id } } });

describe("evidence", () => {
  it("adds a link and a short text; a question without an answer gets an empty response to hold them", async () => {
    actAs(w.home.RESPONDENT);
    const link = await addLinkEvidenceAction({ assessmentId: id, questionCode: "GOV.1.1", url: "https://gov.example.cn/plan.pdf" });
    expect(link).toMatchObject({ ok: true, data: { kind: "LINK", url: "https://gov.example.cn/plan.pdf" } });
    const text = await addTextEvidenceAction({ assessmentId: id, questionCode: "GOV.1.1", text: "2026年3月印发实施方案" });
    expect(text).toMatchObject({ ok: true, data: { kind: "TEXT" } });
    // Saving the first answer afterwards is no conflict with that placeholder.
    expect((await saveResponseAction({ assessmentId: id, questionCode: "GOV.1.1", expectedVersion: 0, answer: { level: 3, na: false, naReason: "", note: "" } })).ok).toBe(true);
  });

  it.each([
    ["javascript:alert(1)"],
    ["ftp://example.cn/x"],
    ["not a url"],
    [`https://example.cn/${"a".repeat(3000)}`],
  ])("refuses the link %s and stores nothing", async (url) => {
    actAs(w.home.RESPONDENT);
    const before = await evidenceCount();
    expect(await addLinkEvidenceAction({ assessmentId: id, questionCode: "GOV.1.1", url: url.slice(0, 3100) })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await evidenceCount()).toBe(before);
  });

  it("uploads a PDF and an image, recording size and sha256; authorised users download it", async () => {
    actAs(w.home.RESPONDENT);
    const res = await upload(uploadRequest("GOV.1.2", "实施方案.pdf", PDF), ctx({ id }));
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect(data).toMatchObject({ kind: "FILE", fileName: "实施方案.pdf", mimeType: "application/pdf", sizeBytes: PDF.byteLength });
    const row = await db().evidence.findUniqueOrThrow({ where: { id: data.id } });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await upload(uploadRequest("GOV.1.2", "截图.png", PNG, "image/png"), ctx({ id }))).status).toBe(201);

    for (const u of [w.home.RESPONDENT, w.home.DEPT_ADMIN, w.home.REVIEWER, w.home.OVERSIGHT]) {
      actAs(u);
      const dl = await download(new Request("http://localhost"), ctx({ evidenceId: data.id }));
      expect(dl.status).toBe(200);
      expect(dl.headers.get("content-disposition")).toMatch(/^attachment;/);
      expect(new Uint8Array(await dl.arrayBuffer())).toEqual(PDF);
    }
    for (const [u, status] of [
      [w.other.OVERSIGHT, 404],
      [w.other.RESPONDENT, 404],
      [w.home.SYS_ADMIN, 403],
      [w.home.AUDITOR, 403],
      [null, 401],
    ] as const) {
      actAs(u);
      expect((await download(new Request("http://localhost"), ctx({ evidenceId: data.id }))).status).toBe(status);
    }
  });

  it.each([
    ["an executable renamed .pdf", "report.pdf", EXE],
    ["a PDF renamed .docx", "report.docx", PDF],
    ["an empty file", "empty.pdf", new Uint8Array()],
    ["plain text", "notes.pdf", new TextEncoder().encode("just text")],
  ])("refuses %s, storing nothing", async (_name, fileName, bytes) => {
    actAs(w.home.RESPONDENT);
    const before = await evidenceCount();
    const res = await upload(uploadRequest("GOV.1.2", fileName, bytes), ctx({ id }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("VALIDATION");
    expect(await evidenceCount()).toBe(before);
  });

  it("refuses a 50 MB file with a clear message", async () => {
    actAs(w.home.RESPONDENT);
    const before = await evidenceCount();
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(PDF);
    const res = await upload(uploadRequest("GOV.1.2", "big.pdf", big), ctx({ id }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe("文件超过 10 MB，无法上传。");
    expect(await evidenceCount()).toBe(before);
  });

  it("refuses uploads by other roles, other tenants, unknown questions", async () => {
    for (const [u, status] of [
      [w.home.REVIEWER, 403],
      [w.home.SYS_ADMIN, 403],
      [w.other.RESPONDENT, 404],
      [null, 401],
    ] as const) {
      actAs(u);
      expect((await upload(uploadRequest("GOV.1.2", "a.pdf", PDF), ctx({ id }))).status).toBe(status);
    }
    actAs(w.home.RESPONDENT);
    expect((await upload(uploadRequest("GOV.9.9", "a.pdf", PDF), ctx({ id }))).status).toBe(400);
  });

  it("deletes evidence with an audit record; the other tenant cannot", async () => {
    actAs(w.home.RESPONDENT);
    const added = await addLinkEvidenceAction({ assessmentId: id, questionCode: "GOV.2.1", url: "https://example.cn/a" });
    const evidenceId = added.ok ? added.data.id : "";
    actAs(w.other.DEPT_ADMIN);
    expect(await deleteEvidenceAction({ evidenceId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(w.home.RESPONDENT);
    expect(await deleteEvidenceAction({ evidenceId })).toEqual({ ok: true, data: null });
    expect(await db().evidence.count({ where: { id: evidenceId } })).toBe(0);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: evidenceId, action: "evidence.deleted" } });
    expect(audit.before).toMatchObject({ kind: "LINK", url: "https://example.cn/a", questionCode: "GOV.2.1" });
  });

  it("refuses evidence changes once submitted", async () => {
    await db().assessment.update({ where: { id }, data: { status: "SUBMITTED" } });
    actAs(w.home.RESPONDENT);
    expect(await addTextEvidenceAction({ assessmentId: id, questionCode: "GOV.1.1", text: "补充" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await upload(uploadRequest("GOV.1.2", "a.pdf", PDF), ctx({ id }))).status).toBe(409);
    await db().assessment.update({ where: { id }, data: { status: "DRAFT" } });
  });
});
