import "server-only";
import { db, Prisma } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { completenessUnderProfile, evaluateProfile, type Framework, type ProfileOutcome } from "@/lib/framework";
import type { SaveProfileInput } from "@/lib/validation/profile";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { loadFramework } from "../framework-load";
import { lockAssessmentFor } from "./access";

type Tx = Prisma.TransactionClient;
const EDITABLE = new Set(["DRAFT", "RETURNED"]);

export interface StoredProfile {
  answers: Record<string, string>;
  /** 0 when no profile was saved yet. */
  version: number;
}

export async function readProfile(tx: Tx, assessmentId: string): Promise<StoredProfile> {
  const row = await tx.assessmentProfile.findUnique({ where: { assessmentId } });
  return row ? { answers: row.answers as Record<string, string>, version: row.version } : { answers: {}, version: 0 };
}

/** The question codes the profile makes N/A: passed to the engine as `notApplicable`. */
export { completenessUnderProfile };

export function profileNotApplicable(outcome: ProfileOutcome): string[] {
  return Object.keys(outcome.notApplicable);
}

/** A framework with a profile needs every profile question answered before submit. */
export function profileMissing(framework: Framework, outcome: ProfileOutcome): { path: string; message: string }[] {
  if (!framework.profile) return [];
  return outcome.unanswered.map((q) => ({ path: `profile.${q}`, message: "missing.profile" }));
}

/** Reads and evaluates the profile of one assessment in one step. */
export async function profileOf(tx: Tx, assessmentId: string, framework: Framework) {
  const stored = await readProfile(tx, assessmentId);
  return { stored, outcome: evaluateProfile(framework.profile, stored.answers) };
}

/**
 * Saves the applicability profile. Only answers naming an existing profile
 * question and option are accepted (anything else is refused, nothing
 * changes). Question answers are never touched: a change of profile only
 * changes which questions count as N/A, and changing it back restores them.
 */
export async function saveProfile(actor: Actor, input: SaveProfileInput, meta: RequestMeta): Promise<StoredProfile> {
  return db().$transaction(async (tx) => {
    const a = await lockAssessmentFor(actor, input.assessmentId, "answer", tx);
    if (!EDITABLE.has(a.status)) throw new ConflictError("assessmentLocked");
    const { framework } = await loadFramework(a.frameworkVersionId, tx);
    const profile = framework.profile;
    if (!profile) throw new ValidationError([{ path: "answers", message: "noProfile" }]);
    const bad = Object.entries(input.answers)
      .filter(([q, o]) => !profile.questions.some((pq) => pq.id === q && pq.options.some((opt) => opt.id === o)))
      .map(([q]) => ({ path: `answers.${q}`, message: "invalid" }));
    if (bad.length) throw new ValidationError(bad);

    const before = await readProfile(tx, a.id);
    if (before.version !== input.expectedVersion) throw new ConflictError("profileChanged");
    const version = before.version + 1;
    if (before.version === 0) {
      try {
        await tx.assessmentProfile.create({ data: { assessmentId: a.id, answers: input.answers, version, updatedById: actor.userId } });
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new ConflictError("profileChanged");
        throw err;
      }
    } else {
      const { count } = await tx.assessmentProfile.updateMany({
        where: { assessmentId: a.id, version: before.version },
        data: { answers: input.answers, version, updatedById: actor.userId },
      });
      if (count === 0) throw new ConflictError("profileChanged");
    }
    await appendAudit(tx, {
      actor,
      action: "assessment.profile_saved",
      entityType: "Assessment",
      entityId: a.id,
      orgUnitId: a.orgUnitId,
      before: { profile: before.answers },
      after: { profile: input.answers },
      ...meta,
    });
    return { answers: { ...input.answers }, version };
  });
}
