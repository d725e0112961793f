import "server-only";
import { db, Prisma } from "@/lib/db";
import { ConflictError, ValidationError, type FieldIssue } from "@/lib/errors";
import type { AnswersDocument, ExportedAnswer } from "@/lib/validation/answers-export";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { lockAssessmentFor } from "../assessments/access";
import { auditShape } from "../assessments/response-shape";
import { loadFramework, type LoadedFramework } from "../framework-load";

type Tx = Prisma.TransactionClient;

export interface ImportChange {
  question: string;
  before: { level: number | null; na: boolean } | null;
  after: { level: number | null; na: boolean };
  /** Link and text evidence the import adds (files cannot travel in answers.json). */
  evidenceAdded: number;
}

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  /** Questions whose answer would change (or did). */
  changes: ImportChange[];
  /** Questions already identical. */
  unchanged: string[];
  /** Codes in the file that this assessment's framework version does not have. */
  unknown: string[];
  /** Questions saved here after the file was exported and different from it: kept unless overwriteConflicts. */
  conflicts: string[];
  /** File evidence listed in the file: it has to be uploaded again. */
  filesNotImported: { question: string; fileName: string }[];
  /** N/A answers for questions that do not allow N/A. */
  naNotAllowed: string[];
}

export interface ImportOptions {
  dryRun: boolean;
  overwriteConflicts: boolean;
  /** Old code → code in this framework version, for a file of another framework version. */
  mapping?: Record<string, string>;
}

const EDITABLE = new Set(["DRAFT", "RETURNED"]);

/**
 * Loads an answers.json into a DRAFT or RETURNED assessment of the caller's
 * department. A dry run reports what would change and writes nothing. Applying
 * refuses the whole file (nothing written) when it has unknown codes, N/A
 * where not allowed, or another framework without a mapping; otherwise it is
 * one transaction: each changed answer is saved with its audit event (as an
 * autosave would be), link and text evidence is added, and the assessment's
 * version moves on so open questionnaires reload.
 */
export async function importAnswers(actor: Actor, assessmentId: string, doc: AnswersDocument, opts: ImportOptions, meta: RequestMeta): Promise<ImportReport> {
  return db().$transaction(async (tx) => {
    const a = await lockAssessmentFor(actor, assessmentId, "answer", tx);
    if (!EDITABLE.has(a.status)) throw new ConflictError("assessmentLocked");
    const fv = await tx.frameworkVersion.findUniqueOrThrow({ where: { id: a.frameworkVersionId }, select: { code: true, version: true } });
    const sameFramework = doc.framework.code === fv.code && doc.framework.version === fv.version;
    if (!sameFramework && !opts.mapping) {
      throw new ValidationError([{ path: "framework", message: "frameworkMismatch" }], "frameworkMismatch");
    }
    const fw = await loadFramework(a.frameworkVersionId, tx);
    const report = await plan(tx, a.id, fw, doc, opts);
    const issues: FieldIssue[] = [
      ...report.unknown.map((c) => ({ path: c, message: "unknownQuestion" })),
      ...report.naNotAllowed.map((c) => ({ path: c, message: "naNotAllowed" })),
    ];
    if (opts.dryRun) return report;
    if (issues.length) throw new ValidationError(issues, "importRefused");

    const applyTo = report.changes.filter((c) => opts.overwriteConflicts || !report.conflicts.includes(c.question));
    const answers = new Map(mapped(doc, opts.mapping).map((x) => [x.code, x.answer]));
    for (const change of applyTo) {
      await applyOne(tx, actor, a.id, a.orgUnitId, fw, change.question, answers.get(change.question)!, meta);
    }
    await tx.assessment.update({ where: { id: a.id }, data: { version: { increment: 1 } } });
    await appendAudit(tx, {
      actor,
      action: "assessment.answers_imported",
      entityType: "Assessment",
      entityId: a.id,
      orgUnitId: a.orgUnitId,
      after: {
        sourceAssessmentId: doc.source.assessmentId,
        framework: `${doc.framework.code} ${doc.framework.version}`,
        changed: applyTo.length,
        conflictsKept: opts.overwriteConflicts ? 0 : report.conflicts.length,
      },
      ...meta,
    });
    return { ...report, dryRun: false, applied: true, changes: applyTo };
  });
}

function mapped(doc: AnswersDocument, mapping: Record<string, string> | undefined) {
  return doc.answers.map((answer) => ({ code: mapping ? (mapping[answer.question] ?? answer.question) : answer.question, answer }));
}

async function plan(tx: Tx, assessmentId: string, fw: LoadedFramework, doc: AnswersDocument, opts: ImportOptions): Promise<ImportReport> {
  const rows = await tx.response.findMany({ where: { assessmentId }, include: { evidence: true } });
  const byQuestionId = new Map(rows.map((r) => [r.questionId, r]));
  const exportedAt = new Date(doc.exportedAt);
  const report: ImportReport = { dryRun: opts.dryRun, applied: false, changes: [], unchanged: [], unknown: [], conflicts: [], filesNotImported: [], naNotAllowed: [] };
  const seen = new Set<string>();
  for (const { code, answer } of mapped(doc, opts.mapping)) {
    const q = fw.questionByCode.get(code);
    if (!q || seen.has(code)) {
      report.unknown.push(answer.question);
      continue;
    }
    seen.add(code);
    if (answer.na && !q.allowNA) report.naNotAllowed.push(code);
    for (const e of answer.evidence) if (e.kind === "FILE") report.filesNotImported.push({ question: code, fileName: e.fileName });
    const r = byQuestionId.get(q.id);
    const next = normalised(answer);
    const newEvidence = answer.evidence.filter(
      (e) => (e.kind === "LINK" && !r?.evidence.some((x) => x.kind === "LINK" && x.url === e.url)) || (e.kind === "TEXT" && !r?.evidence.some((x) => x.kind === "TEXT" && x.text === e.text.trim())),
    ).length;
    const same = r && r.level === next.level && r.na === next.na && (r.naReason ?? null) === next.naReason && (r.note ?? null) === next.note;
    if (same && newEvidence === 0) {
      report.unchanged.push(code);
      continue;
    }
    const hadAnswer = r && (r.level !== null || r.na || r.note !== null);
    if (r && hadAnswer && r.updatedAt > exportedAt && !same) report.conflicts.push(code);
    report.changes.push({ question: code, before: r ? { level: r.level, na: r.na } : null, after: { level: next.level, na: next.na }, evidenceAdded: newEvidence });
  }
  return report;
}

function normalised(answer: ExportedAnswer) {
  return {
    level: answer.na ? null : answer.level,
    na: answer.na,
    naReason: answer.na ? (answer.naReason ?? "").trim() : null,
    note: answer.note === "" ? null : answer.note,
  };
}

async function applyOne(tx: Tx, actor: Actor, assessmentId: string, orgUnitId: string, fw: LoadedFramework, code: string, answer: ExportedAnswer, meta: RequestMeta) {
  const q = fw.questionByCode.get(code)!;
  const data = { ...normalised(answer), updatedById: actor.userId };
  const existing = await tx.response.findUnique({
    where: { assessmentId_questionId: { assessmentId, questionId: q.id } },
    include: { evidence: true },
  });
  const answerChanged = !existing || existing.level !== data.level || existing.na !== data.na;
  const saved = existing
    ? await tx.response.update({
        where: { id: existing.id },
        data: { ...data, ...(answerChanged ? { verifiedLevel: null } : {}), version: { increment: 1 } },
      })
    : await tx.response.create({ data: { ...data, assessmentId, questionId: q.id } });
  for (const e of answer.evidence) {
    if (e.kind === "LINK" && !existing?.evidence.some((x) => x.kind === "LINK" && x.url === e.url)) {
      await tx.evidence.create({ data: { responseId: saved.id, kind: "LINK", url: e.url, createdById: actor.userId } });
    } else if (e.kind === "TEXT" && !existing?.evidence.some((x) => x.kind === "TEXT" && x.text === e.text.trim())) {
      await tx.evidence.create({ data: { responseId: saved.id, kind: "TEXT", text: e.text.trim(), createdById: actor.userId } });
    }
  }
  await appendAudit(tx, {
    actor,
    action: "response.imported",
    entityType: "Response",
    entityId: saved.id,
    orgUnitId,
    before: existing ? { questionCode: code, ...auditShape(existing) } : null,
    after: { questionCode: code, ...auditShape(saved) },
    ...meta,
  });
}
