import "server-only";
import { db, Prisma } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { checkEvidenceFile, cleanFileName } from "@/lib/storage/evidence-types";
import { readEvidenceFile, removeEvidenceFile, storeEvidenceFile } from "@/lib/storage/evidence-store";
import type { Actor } from "../actor";
import { appendAudit, recordAudit, type RequestMeta } from "../audit";
import { loadAssessmentFor, lockAssessmentFor, type LockedAssessment } from "./access";
import { assertAnswerWindow } from "./cycle-window";
import { toEvidenceView } from "./response-shape";
import { questionOf } from "./responses";
import type { EvidenceView } from "./types";

type Tx = Prisma.TransactionClient;

interface Target {
  assessmentId: string;
  questionCode: string;
}

type NewEvidence = Omit<Prisma.EvidenceUncheckedCreateInput, "responseId" | "createdById">;

/** Adds one evidence item to a question, creating an empty response to hold it when the question has none yet. */
async function addEvidence(actor: Actor, target: Target, data: NewEvidence, meta: RequestMeta): Promise<EvidenceView> {
  return db().$transaction(async (tx) => {
    const a = await editableAssessment(tx, actor, target.assessmentId);
    const q = await questionOf(a.frameworkVersionId, target.questionCode, tx);
    const response = await tx.response.upsert({
      where: { assessmentId_questionId: { assessmentId: a.id, questionId: q.id } },
      // Flagged, so the first real save over it is no conflict while a cleared answer still is one.
      create: { assessmentId: a.id, questionId: q.id, updatedById: actor.userId, evidenceOnly: true },
      update: {},
    });
    const e = await tx.evidence.create({ data: { ...data, responseId: response.id, createdById: actor.userId } });
    await appendAudit(tx, {
      actor,
      action: "evidence.added",
      entityType: "Evidence",
      entityId: e.id,
      orgUnitId: a.orgUnitId,
      after: { questionCode: q.code, kind: e.kind, fileName: e.fileName, sha256: e.sha256, url: e.url, text: e.text },
      ...meta,
    });
    return toEvidenceView(e);
  });
}

async function editableAssessment(tx: Tx, actor: Actor, assessmentId: string): Promise<LockedAssessment> {
  const a = await lockAssessmentFor(actor, assessmentId, "answer", tx);
  if (a.status !== "DRAFT" && a.status !== "RETURNED") throw new ConflictError("assessmentLocked");
  assertAnswerWindow(a.cycle);
  return a;
}

export function addLinkEvidence(actor: Actor, input: Target & { url: string }, meta: RequestMeta) {
  return addEvidence(actor, input, { kind: "LINK", url: input.url }, meta);
}

export function addTextEvidence(actor: Actor, input: Target & { text: string }, meta: RequestMeta) {
  return addEvidence(actor, input, { kind: "TEXT", text: input.text }, meta);
}

/**
 * A file is checked (size, type by content) before anything is stored; the
 * access and status checks run before the bytes are written; a failed
 * transaction removes the stored file again.
 */
export async function addFileEvidence(
  actor: Actor,
  input: Target & { fileName: string; bytes: Uint8Array },
  meta: RequestMeta,
): Promise<EvidenceView> {
  const check = await checkEvidenceFile(input.fileName, input.bytes);
  if (!check.ok) throw new ValidationError([{ path: "file", message: check.reason }], check.reason);
  // Refuse early (tenant, role, status, question) so no file is written for a request that cannot succeed.
  await db().$transaction(async (tx) => {
    const a = await editableAssessment(tx, actor, input.assessmentId);
    await questionOf(a.frameworkVersionId, input.questionCode, tx);
  });
  const stored = await storeEvidenceFile(input.bytes);
  try {
    return await addEvidence(
      actor,
      input,
      {
        kind: "FILE",
        fileName: cleanFileName(input.fileName),
        mimeType: check.mime,
        sizeBytes: input.bytes.byteLength,
        sha256: stored.sha256,
        storageKey: stored.storageKey,
      },
      meta,
    );
  } catch (err) {
    await removeEvidenceFile(stored.storageKey);
    throw err;
  }
}

async function loadEvidence(evidenceId: string) {
  const e = await db().evidence.findUnique({
    where: { id: evidenceId },
    include: { response: { select: { assessmentId: true, question: { select: { code: true } } } } },
  });
  if (!e) throw new NotFoundError(`evidence ${evidenceId}`);
  return e;
}

export async function deleteEvidence(actor: Actor, input: { evidenceId: string }, meta: RequestMeta): Promise<void> {
  const e = await loadEvidence(input.evidenceId);
  await db().$transaction(async (tx) => {
    const a = await editableAssessment(tx, actor, e.response.assessmentId);
    const { count } = await tx.evidence.deleteMany({ where: { id: e.id } });
    if (count === 0) throw new NotFoundError(`evidence ${e.id}`);
    await appendAudit(tx, {
      actor,
      action: "evidence.deleted",
      entityType: "Evidence",
      entityId: e.id,
      orgUnitId: a.orgUnitId,
      before: { questionCode: e.response.question.code, kind: e.kind, fileName: e.fileName, sha256: e.sha256, url: e.url, text: e.text },
      ...meta,
    });
  });
  if (e.storageKey) await removeEvidenceFile(e.storageKey);
}

/** For download: only users whose grants let them read the assessment. */
export async function openEvidenceFile(actor: Actor, evidenceId: string, meta?: RequestMeta) {
  const e = await loadEvidence(evidenceId);
  const a = await loadAssessmentFor(actor, e.response.assessmentId, "read");
  if (e.kind !== "FILE" || !e.storageKey) throw new NotFoundError(`evidence file ${evidenceId}`);
  // Who read which file is itself audited (the file's name and hash, never its content).
  await recordAudit({
    actor,
    action: "evidence.downloaded",
    entityType: "Evidence",
    entityId: e.id,
    orgUnitId: a.orgUnitId,
    after: { questionCode: e.response.question.code, kind: e.kind, fileName: e.fileName, sha256: e.sha256 },
    ...meta,
  });
  return { fileName: e.fileName ?? "evidence", mimeType: e.mimeType ?? "application/octet-stream", bytes: await readEvidenceFile(e.storageKey) };
}
