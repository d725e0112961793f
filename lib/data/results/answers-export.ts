import "server-only";
import { db } from "@/lib/db";
import { ANSWERS_FORMAT, ANSWERS_FORMAT_VERSION, type AnswersDocument, type ExportedEvidence } from "@/lib/validation/answers-export";
import type { Actor } from "../actor";
import { loadAssessmentFor } from "../assessments/access";
import { loadFramework } from "../framework-load";

/** answers.json (format 1) of one assessment, for anyone who may read it; in framework order. */
export async function exportAnswers(actor: Actor, assessmentId: string, now = new Date()): Promise<AnswersDocument> {
  const a = await loadAssessmentFor(actor, assessmentId, "read");
  const [fw, fv, rows] = await Promise.all([
    loadFramework(a.cycle.frameworkVersionId),
    db().frameworkVersion.findUniqueOrThrow({ where: { id: a.cycle.frameworkVersionId }, select: { code: true, version: true } }),
    db().response.findMany({ where: { assessmentId: a.id }, include: { evidence: { orderBy: { createdAt: "asc" } } } }),
  ]);
  const byQuestionId = new Map(rows.map((r) => [r.questionId, r]));
  const answers: AnswersDocument["answers"] = [];
  for (const q of fw.questionByCode.values()) {
    const r = byQuestionId.get(q.id);
    if (!r) continue;
    answers.push({
      question: q.code,
      level: r.na ? null : r.level,
      na: r.na,
      naReason: r.na ? r.naReason : null,
      note: r.note,
      updatedAt: r.updatedAt.toISOString(),
      evidence: r.evidence.map((e): ExportedEvidence => {
        if (e.kind === "LINK") return { kind: "LINK", url: e.url ?? "" };
        if (e.kind === "TEXT") return { kind: "TEXT", text: e.text ?? "" };
        return { kind: "FILE", fileName: e.fileName ?? "", sha256: e.sha256 ?? "", sizeBytes: e.sizeBytes, mimeType: e.mimeType };
      }),
    });
  }
  return {
    format: ANSWERS_FORMAT,
    formatVersion: ANSWERS_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    framework: { code: fv.code, version: fv.version },
    source: {
      assessmentId: a.id,
      department: a.orgUnit.nameZh,
      cycle: a.cycle.nameZh,
      status: a.status,
    },
    answers,
  };
}
