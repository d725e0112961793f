import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import CFB from "cfb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addTextEvidenceAction, saveResponseAction, verifyResponseAction } from "@/app/(app)/assessments/[id]/actions";
import { POST as upload } from "@/app/api/v1/assessments/[id]/evidence/route";
import { db, disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { MAX_EVIDENCE_BYTES } from "@/lib/storage/evidence-rules";
import { makeDocx, makeZip } from "../support/zip";
import { actAs } from "./fixtures";
import { createAssessmentWorld, startAssessment } from "./assessment-fixtures";

/** Issue 15 §1 (text) and §4 (files), issue 16 items 8–9 at the route: refused with the reason, nothing stored. */

type World = Awaited<ReturnType<typeof createAssessmentWorld>>;
let w: World;
let id: string;
const evidenceDir = mkdtempSync(path.join(tmpdir(), "evidence-hostile-"));

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

const ctx = () => ({ params: Promise.resolve({ id }) as never });
function uploadRequest(name: string, bytes: Uint8Array, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("questionCode", "GOV.1.1");
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  return new Request(`http://localhost/api/v1/assessments/${id}/evidence`, { method: "POST", body: form, headers });
}
const stored = async () => ({
  rows: await db().evidence.count({ where: { response: { assessmentId: id } } }),
  files: readdirSync(evidenceDir, { recursive: true }).length,
});

function oleFile(streams: Record<string, string>): Buffer {
  const cfb = CFB.utils.cfb_new();
  for (const [p, content] of Object.entries(streams)) CFB.utils.cfb_add(cfb, p, Buffer.from(content));
  return CFB.write(cfb, { type: "buffer" }) as Buffer;
}

describe("evidence files that can carry macros or bombs are refused, nothing stored", () => {
  const cases: [string, string, () => Uint8Array, string, RegExp][] = [
    ["a .docm", "plan.docm", () => makeDocx({ macro: true }), "fileMacros", /宏/],
    ["a .docm renamed .docx", "plan.docx", () => makeDocx({ macro: true }), "fileMacros", /宏/],
    ["an .xlsx holding vbaProject.bin", "data.xlsx", () => makeZip([{ name: "xl/vbaProject.bin", data: Buffer.from("x") }]), "fileMacros", /宏/],
    ["a .doc with a VBA project", "plan.doc", () => oleFile({ "/WordDocument": "w", "/Macros/VBA/dir": "d", "/Macros/PROJECT": "p" }), "fileMacros", /宏/],
    ["an .xls with a VBA project", "data.xls", () => oleFile({ "/Workbook": "w", "/_VBA_PROJECT_CUR/VBA/dir": "d" }), "fileMacros", /宏/],
    ["a .ppt (VBA cannot be checked)", "slides.ppt", () => oleFile({ "/PowerPoint Document": "p" }), "fileLegacyOffice", /请另存为 \.docx\/\.xlsx\/\.pptx 后上传/],
    [
      "a ZIP bomb named .docx (honest sizes)",
      "bomb.docx",
      () => makeDocx({ extra: [{ name: "word/media/zeros.bin", data: Buffer.alloc(101 * 1024 * 1024) }] }),
      "fileArchive",
      /压缩内容过大/,
    ],
    [
      "a ZIP bomb named .docx (lying sizes)",
      "bomb2.docx",
      () => makeDocx({ extra: [{ name: "word/media/zeros.bin", data: Buffer.alloc(101 * 1024 * 1024), declaredSize: 1000 }] }),
      "fileArchive",
      /压缩内容过大/,
    ],
  ];

  it.each(cases)("%s", async (_name, fileName, make, key, message) => {
    actAs(w.home.RESPONDENT);
    const bytes = make();
    expect(bytes.byteLength).toBeLessThan(MAX_EVIDENCE_BYTES);
    const before = await stored();
    const started = Date.now();
    const res = await upload(uploadRequest(fileName, bytes), ctx());
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: "VALIDATION", issues: [{ path: "file", message: expect.stringMatching(message) }] });
    expect(body.error.message).toMatch(message);
    expect(key).toMatch(/^file/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await stored()).toEqual(before);
  });

  it("a .doc without a VBA project and a plain .docx are accepted", async () => {
    actAs(w.home.RESPONDENT);
    const doc = await upload(uploadRequest("plain.doc", oleFile({ "/WordDocument": "text only" })), ctx());
    expect(doc.status).toBe(201);
    const docx = await upload(uploadRequest("plain.docx", makeDocx()), ctx());
    expect(docx.status).toBe(201);
  });
});

describe("one size limit (issue 16 item 8) and Origin (item 9) at the upload route", () => {
  const pdfOf = (size: number) => {
    const bytes = new Uint8Array(size).fill(0x20);
    bytes.set(new TextEncoder().encode("%PDF-1.4\n"), 0);
    return bytes;
  };

  it("a file of exactly 10 MB is accepted; one byte more gets '文件超过 10 MB'", async () => {
    actAs(w.home.RESPONDENT);
    const ok = await upload(uploadRequest("exact.pdf", pdfOf(MAX_EVIDENCE_BYTES)), ctx());
    expect(ok.status).toBe(201);
    const before = await stored();
    const over = await upload(uploadRequest("over.pdf", pdfOf(MAX_EVIDENCE_BYTES + 1)), ctx());
    expect(over.status).toBe(400);
    expect((await over.json()).error.message).toMatch(/文件超过 10 MB/);
    expect(await stored()).toEqual(before);
  });

  it.each([
    [{ origin: "https://evil.example", host: "localhost" }],
    [{ "sec-fetch-site": "cross-site" }],
    [{ origin: "null" }],
  ])("a cross-site upload %j gets 403 and stores nothing", async (headers) => {
    actAs(w.home.RESPONDENT);
    const before = await stored();
    const res = await upload(uploadRequest("x.pdf", pdfOf(100), headers), ctx());
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/其他网站/) });
    expect(await stored()).toEqual(before);
  });

  it("a same-origin upload passes the Origin check", async () => {
    actAs(w.home.RESPONDENT);
    const res = await upload(uploadRequest("same.pdf", pdfOf(100), { origin: "http://localhost", host: "localhost", "sec-fetch-site": "same-origin" }), ctx());
    expect(res.status).toBe(201);
  });
});

describe("text rules: stored faithfully or refused naming the field and why, never INTERNAL", () => {
  const answer = (note: string, naReason = "") => ({ assessmentId: id, questionCode: "GOV.1.2", expectedVersion: 0, answer: { level: 2, na: false, naReason, note } });

  it.each([
    ["NUL", "a\u0000b", "text.nul"],
    ["a lone high surrogate", "x\uD800y", "text.surrogate"],
    ["a lone low surrogate", "x\uDC00", "text.surrogate"],
    ["a bidi override", "abc\u202Edef", "text.bidi"],
    ["a bidi isolate", "\u2067x\u2069", "text.bidi"],
    ["a control character", "bell\u0007", "text.control"],
    ["a C1 control", "\u0085", "text.control"],
  ])("a note with %s is refused as answer.note / %s", async (_n, note, key) => {
    actAs(w.home.RESPONDENT);
    const before = await db().response.count({ where: { assessmentId: id } });
    const res = await saveResponseAction(answer(note));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", issues: [{ path: "answer.note", message: key }] });
    expect(await db().response.count({ where: { assessmentId: id } })).toBe(before);
  });

  it("text evidence and reviewer comments follow the same rule", async () => {
    actAs(w.home.RESPONDENT);
    expect(await addTextEvidenceAction({ assessmentId: id, questionCode: "GOV.1.1", text: "ok\u0000" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      issues: [{ path: "text", message: "text.nul" }],
    });
    actAs(w.home.REVIEWER);
    const res = await verifyResponseAction({ assessmentId: id, questionCode: "GOV.1.1", verifiedLevel: 1, comment: "\u202E" });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", issues: [{ path: "comment", message: "text.bidi" }] });
  });

  it("10,000 CJK characters, emoji, tabs and newlines are stored exactly as sent", async () => {
    actAs(w.home.RESPONDENT);
    const cjk = "数".repeat(10_000);
    expect(await saveResponseAction(answer(cjk))).toMatchObject({ ok: true });
    const row = await db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code: "GOV.1.2" } } });
    expect(row.note).toBe(cjk);
    const emoji = "😀".repeat(5_000); // 10,000 UTF-16 units, the note's limit
    const mixed = "第一行\n\t第二行 👩‍💻 \u200F";
    expect(await saveResponseAction({ ...answer(emoji), expectedVersion: row.version })).toMatchObject({ ok: true });
    const row2 = await db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code: "GOV.1.2" } } });
    expect(row2.note).toBe(emoji);
    expect(await saveResponseAction({ ...answer(mixed), expectedVersion: row2.version })).toMatchObject({ ok: true });
    expect((await db().response.findFirstOrThrow({ where: { assessmentId: id, question: { code: "GOV.1.2" } } })).note).toBe(mixed);
  });

  it("5,000 emoji in a 4,000-unit field is refused as too long, naming the field", async () => {
    actAs(w.home.RESPONDENT);
    const res = await addTextEvidenceAction({ assessmentId: id, questionCode: "GOV.1.1", text: "😀".repeat(5_000) });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", issues: [{ path: "text", message: "tooLong" }] });
  });
});
