import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as answersGET } from "@/app/api/v1/assessments/[id]/answers.json/route";
import { POST as importPOST } from "@/app/api/v1/assessments/[id]/import/route";
import { readAnswers } from "@/lib/data/assessments/answers";
import { loadFramework } from "@/lib/data/framework-load";
import { db, disconnectDb } from "@/lib/db";
import { scoreAssessment, type ScoreLevel } from "@/lib/scoring";
import { answersDocumentSchema, type AnswersDocument } from "@/lib/validation/answers-export";
import { actAs } from "./fixtures";
import { startAssessment } from "./assessment-fixtures";
import { createApprovedWorld, createLaterCycle, QUESTIONS, stateOf } from "./results-fixtures";

/** Acceptance 4: answers.json round trip into a fresh DRAFT of another cycle, and every bad input refused with nothing changed. */

let w: Awaited<ReturnType<typeof createApprovedWorld>>;
let target: string;
let exported: AnswersDocument;
beforeAll(async () => {
  w = await createApprovedWorld();
  const later = await createLaterCycle(w.cycle.frameworkVersionId);
  target = await startAssessment(w.home.RESPONDENT, later.id, w.units.D.id);
});
afterAll(() => disconnectDb());

const get = (id: string) => answersGET(new Request(`http://localhost/api/v1/assessments/${id}/answers.json`), { params: Promise.resolve({ id }) });
function post(id: string, body: string | Uint8Array, query = "", headers: Record<string, string> = {}) {
  return importPOST(
    new Request(`http://localhost/api/v1/assessments/${id}/import${query}`, { method: "POST", body: body as BodyInit, headers: { "content-type": "application/json", ...headers } }),
    { params: Promise.resolve({ id }) },
  );
}

async function scores(assessmentId: string) {
  const a = await db().assessment.findUniqueOrThrow({ where: { id: assessmentId }, include: { cycle: true } });
  const fw = await loadFramework(a.cycle.frameworkVersionId);
  const { scoring } = await readAnswers(db(), assessmentId, fw);
  return scoreAssessment(fw.framework, scoring, { targets: a.targets as Record<string, ScoreLevel>, basis: "self" });
}

describe("answers.json export", () => {
  it("is a valid, documented format 1 file with every answered question", async () => {
    actAs(w.home.OVERSIGHT);
    const res = await get(w.assessmentId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("attachment");
    exported = answersDocumentSchema.parse(await res.json());
    expect(exported.answers).toHaveLength(QUESTIONS.length);
    expect(exported.framework).toEqual({ code: "AIGOV", version: expect.any(String) });
    expect(exported.answers.some((a) => a.evidence.some((e) => e.kind === "LINK"))).toBe(true);
    expect(exported.answers.some((a) => a.na && a.naReason)).toBe(true);
  });
});

describe("import into a fresh DRAFT of another cycle", () => {
  it("dry run: reports the changes and writes nothing", async () => {
    actAs(w.home.RESPONDENT);
    const before = await stateOf(target);
    const res = await post(target, JSON.stringify(exported));
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data).toMatchObject({ dryRun: true, applied: false, unknown: [], conflicts: [], naNotAllowed: [] });
    expect(data.changes).toHaveLength(QUESTIONS.length);
    expect(await stateOf(target)).toBe(before);
  });

  it("applies in one go, with audit events, and the scores are identical", async () => {
    actAs(w.home.RESPONDENT);
    const audits = await db().auditEvent.count({ where: { action: "response.imported" } });
    const res = await post(target, JSON.stringify(exported), "?dryRun=0");
    expect(res.status).toBe(200);
    expect((await res.json()).data).toMatchObject({ applied: true });
    expect(await db().auditEvent.count({ where: { action: "response.imported" } })).toBe(audits + QUESTIONS.length);
    expect(await db().auditEvent.count({ where: { action: "assessment.answers_imported", entityId: target } })).toBe(1);
    const [source, copy] = await Promise.all([scores(w.assessmentId), scores(target)]);
    expect(copy).toEqual(source);
  });

  it("a second import of the same file changes nothing", async () => {
    actAs(w.home.RESPONDENT);
    const { data } = await (await post(target, JSON.stringify(exported))).json();
    expect(data.changes).toEqual([]);
    expect(data.unchanged).toHaveLength(QUESTIONS.length);
  });

  it("reports answers changed here after the export as conflicts and keeps them unless told otherwise", async () => {
    const code = QUESTIONS[0]!.code;
    // The target cycle's own version: other test files publish further AIGOV versions with the same question codes.
    const q = await db().question.findFirstOrThrow({ where: { code, indicator: { dimension: { frameworkVersionId: w.cycle.frameworkVersionId } } } });
    await db().response.update({ where: { assessmentId_questionId: { assessmentId: target, questionId: q.id } }, data: { level: 5, note: "后来修改" } });
    actAs(w.home.RESPONDENT);
    const { data } = await (await post(target, JSON.stringify(exported))).json();
    expect(data.conflicts).toEqual([code]);
    await post(target, JSON.stringify(exported), "?dryRun=0");
    const kept = await db().response.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: target, questionId: q.id } } });
    expect(kept.level).toBe(5);
    await post(target, JSON.stringify(exported), "?dryRun=0&overwriteConflicts=1");
    const overwritten = await db().response.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: target, questionId: q.id } } });
    expect(overwritten.level).toBe(exported.answers[0]!.level);
  });
});

describe("bad input is refused and changes nothing", () => {
  const tamper = (fn: (d: AnswersDocument) => unknown) => JSON.stringify(fn(structuredClone(exported)));
  const cases: [string, () => string | Uint8Array, number, string][] = [
    ["another framework version without a mapping", () => tamper((d) => ({ ...d, framework: { ...d.framework, version: "9.9" } })), 400, "VALIDATION"],
    ["level 9", () => tamper((d) => ((d.answers.find((a) => !a.na)!.level = 9 as never), d)), 400, "VALIDATION"],
    [
      "N/A where not allowed",
      () =>
        tamper((d) => {
          const a = d.answers.find((x) => !QUESTIONS.find((q) => q.code === x.question)!.allowNA)!;
          Object.assign(a, { na: true, level: null, naReason: "不涉及" });
          return d;
        }),
      400,
      "VALIDATION",
    ],
    ["unknown codes", () => tamper((d) => (d.answers.push({ ...d.answers[0]!, question: "ZZZ.9.9" }), d)), 400, "VALIDATION"],
    ["malformed JSON", () => '{"format": "ai-gov-maturity/answers", ', 400, "VALIDATION"],
    ["not an answers file", () => JSON.stringify({ hello: "world" }), 400, "VALIDATION"],
    ["a 20 MB body", () => new Uint8Array(20 * 1024 * 1024).fill(32), 400, "VALIDATION"],
  ];

  it.each(cases)("%s", async (_name, body, status, code) => {
    actAs(w.home.RESPONDENT);
    const before = await stateOf(target);
    // Both the dry run and the real thing refuse (the dry run reports unknown codes and N/A instead of failing).
    for (const q of ["?dryRun=0", ""]) {
      const res = await post(target, body(), q);
      if (q === "" && (_name === "unknown codes" || _name === "N/A where not allowed")) {
        const { data } = await res.json();
        expect(data.unknown.length + data.naNotAllowed.length).toBeGreaterThan(0);
        continue;
      }
      expect(res.status).toBe(status);
      expect((await res.json()).error.code).toBe(code);
    }
    expect(await stateOf(target)).toBe(before);
  });

  it("a 20 MB body announced by Content-Length is refused before it is read", async () => {
    actAs(w.home.RESPONDENT);
    const res = await post(target, "{}", "?dryRun=0", { "content-length": String(20 * 1024 * 1024) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/5 MB/);
  });

  it("imports with a mapping from another framework version's codes", async () => {
    actAs(w.home.RESPONDENT);
    const other = { ...structuredClone(exported), framework: { ...exported.framework, version: "0.9" } };
    const mapping = Object.fromEntries(other.answers.map((a) => [a.question, a.question]));
    const res = await post(target, JSON.stringify({ document: other, mapping }));
    expect(res.status).toBe(200);
    expect((await res.json()).data.unknown).toEqual([]);
  });

  it("an APPROVED assessment cannot be imported into", async () => {
    actAs(w.home.DEPT_ADMIN);
    const before = await stateOf(w.assessmentId);
    const res = await post(w.assessmentId, JSON.stringify(exported), "?dryRun=0");
    expect(res.status).toBe(409);
    expect(await stateOf(w.assessmentId)).toBe(before);
  });
});
