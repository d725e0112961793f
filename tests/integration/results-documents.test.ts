import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as pdfGET } from "@/app/api/v1/assessments/[id]/report.pdf/route";
import { GET as xlsxGET } from "@/app/api/v1/assessments/[id]/results.xlsx/route";
import { db, disconnectDb } from "@/lib/db";
import { defaultFramework } from "@/lib/framework";
import type { ScoreResult } from "@/lib/scoring";
import { actAs } from "./fixtures";
import { createApprovedWorld, QUESTIONS } from "./results-fixtures";

/** Acceptance 2 and 3: the PDF's text and fonts, and the workbook read back against the database. */

let w: Awaited<ReturnType<typeof createApprovedWorld>>;
let dir: string;
beforeAll(async () => {
  w = await createApprovedWorld();
  // RESULTS_DOCS_DIR keeps the files for a look (pdftoppm -png).
  dir = process.env.RESULTS_DOCS_DIR ?? mkdtempSync(path.join(tmpdir(), "results-docs-"));
});
afterAll(async () => {
  if (!process.env.RESULTS_DOCS_DIR) rmSync(dir, { recursive: true, force: true });
  await disconnectDb();
});

const call = (handler: typeof pdfGET, id: string, query = "") =>
  handler(new Request(`http://localhost/api/v1/assessments/${id}/x${query}`), { params: Promise.resolve({ id }) });

async function snapshot() {
  const s = await db().scoreSnapshot.findFirstOrThrow({ where: { assessmentId: w.assessmentId } });
  return s.result as unknown as { self: ScoreResult; verified: ScoreResult };
}

describe.each(["zh-CN", "en"] as const)("report.pdf?lang=%s", (lang) => {
  let text = "";
  let fonts = "";
  beforeAll(async () => {
    actAs(w.home.DEPT_ADMIN);
    const res = await call(pdfGET, w.assessmentId, `?lang=${lang}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const file = path.join(dir, `report-${lang}.pdf`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
  });

  it("names the department, the four dimensions, the overall index as shown and an action", async () => {
    const unit = await db().orgUnit.findUniqueOrThrow({ where: { id: w.units.D.id } });
    expect(text).toContain(lang === "en" ? unit.nameEn : unit.nameZh);
    for (const d of defaultFramework.dimensions) expect(text).toContain(d.name[lang].replace(/\s+/g, " "));
    const { verified } = await snapshot();
    expect(text).toContain(verified.overall.index!.toFixed(1));
    const first = verified.actions[0]!;
    const q = QUESTIONS.find((x) => x.code === first.question)!;
    // pdftotext wraps long lines inside table cells: compare the action's first words.
    expect(text).toContain(q.actions[first.step]![lang].replace(/\s+/g, " ").slice(0, 12));
  });

  it("embeds the CJK font (subset), so it prints on any machine", () => {
    expect(fonts).toMatch(/NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
  });

  it("numbers its pages in the footer", () => {
    expect(text).toMatch(lang === "en" ? /Page 1 of \d+/ : /第 1 \/ \d+ 页/);
  });
});

describe("results.xlsx", () => {
  it("has every question's levels equal to the database, real numbers and frozen headers", async () => {
    actAs(w.home.REVIEWER);
    const res = await call(xlsxGET, w.assessmentId, "?lang=zh-CN");
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["概要", "维度", "指标", "题目", "改进计划"]);
    const sheet = wb.getWorksheet("题目")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const rows = await db().response.findMany({ where: { assessmentId: w.assessmentId }, include: { question: true } });
    const byCode = new Map(rows.map((r) => [r.question.code, r]));
    let seen = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const code = String(row.getCell(1).value);
      const r = byCode.get(code);
      expect(r, code).toBeDefined();
      expect(row.getCell(3).value ?? null).toBe(r!.level);
      expect(row.getCell(4).value ?? null).toBe(r!.verifiedLevel);
      seen++;
    });
    expect(seen).toBe(QUESTIONS.length);
    const { verified } = await snapshot();
    const dims = wb.getWorksheet("维度")!;
    expect(typeof dims.getRow(2).getCell(4).value).toBe("number");
    expect(dims.getRow(2).getCell(4).value).toBeCloseTo(verified.dimensions[0]!.index!, 9);
    expect(wb.getWorksheet("改进计划")!.rowCount - 1).toBe(verified.actions.length);
  });

  it("uses English sheet names with lang=en", async () => {
    actAs(w.home.OVERSIGHT);
    const res = await call(xlsxGET, w.assessmentId, "?lang=en");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Summary", "Dimensions", "Indicators", "Questions", "Action plan"]);
  });

  it("refuses an unknown lang", async () => {
    actAs(w.home.DEPT_ADMIN);
    expect((await call(xlsxGET, w.assessmentId, "?lang=fr")).status).toBe(400);
  });
});
