import "server-only";
import { db, Prisma } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { CycleStatus, OrgUnitKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { adminRootPaths, adminScopeWhere, inAdminScope, unitInAdminScope } from "./scope";

type Tx = Prisma.TransactionClient;

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const ASSESSED: OrgUnitKind[] = ["DEPARTMENT", "OFFICE"];

export interface AdminCycleRow {
  id: string;
  nameZh: string;
  nameEn: string;
  year: number;
  opensOn: string;
  closesOn: string;
  status: CycleStatus;
  participants: number;
  assessments: number;
  ownerNameZh: string | null;
  ownerNameEn: string | null;
}

/**
 * A cycle belongs to the unit that owns it; an admin manages it when that unit
 * is in their scope. Cycles from before ownership existed belong to whoever
 * administers a whole province (a root unit).
 */
async function cycleInScope(tx: Tx, actor: Actor, id: string) {
  const cycle = await tx.assessmentCycle.findUnique({ where: { id }, include: { ownerUnit: true } });
  if (!cycle) throw new NotFoundError(`cycle ${id}`);
  const ok = cycle.ownerUnit ? inAdminScope(actor, cycle.ownerUnit.path) : adminRootPaths(actor).some((p) => p.split("/").filter(Boolean).length === 1);
  if (!ok) throw new NotFoundError(`cycle ${id}`);
  return cycle;
}

export async function listAdminCycles(actor: Actor): Promise<AdminCycleRow[]> {
  const rootAdmin = adminRootPaths(actor).some((p) => p.split("/").filter(Boolean).length === 1);
  const cycles = await db().assessmentCycle.findMany({
    where: { OR: [{ ownerUnit: adminScopeWhere(actor) }, ...(rootAdmin ? [{ ownerUnitId: null }] : [])] },
    include: { ownerUnit: true, _count: { select: { participants: true, assessments: true } } },
    orderBy: [{ year: "desc" }, { opensOn: "desc" }],
  });
  return cycles.map((c) => ({
    id: c.id,
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    year: c.year,
    opensOn: iso(c.opensOn),
    closesOn: iso(c.closesOn),
    status: c.status,
    participants: c._count.participants,
    assessments: c._count.assessments,
    ownerNameZh: c.ownerUnit?.nameZh ?? null,
    ownerNameEn: c.ownerUnit?.nameEn ?? null,
  }));
}

export async function getAdminCycle(actor: Actor, id: string) {
  const cycle = await cycleInScope(db() as unknown as Tx, actor, id);
  const participants = await db().cycleParticipant.findMany({
    where: { cycleId: cycle.id },
    include: { orgUnit: true },
    orderBy: { orgUnit: { code: "asc" } },
  });
  return {
    id: cycle.id,
    nameZh: cycle.nameZh,
    nameEn: cycle.nameEn,
    year: cycle.year,
    opensOn: iso(cycle.opensOn),
    closesOn: iso(cycle.closesOn),
    status: cycle.status,
    participants: participants.map((p) => ({ id: p.orgUnitId, code: p.orgUnit.code, nameZh: p.orgUnit.nameZh, nameEn: p.orgUnit.nameEn, kind: p.orgUnit.kind })),
  };
}

export async function listFrameworkVersions() {
  return db().frameworkVersion.findMany({
    where: { status: "PUBLISHED" },
    select: { id: true, code: true, version: true, nameZh: true, nameEn: true },
    orderBy: { createdAt: "desc" },
  });
}

const cycleSnapshot = (c: { nameZh: string; nameEn: string; year: number; opensOn: Date; closesOn: Date; status: string; frameworkVersionId: string; ownerUnitId: string | null }) => ({
  nameZh: c.nameZh,
  nameEn: c.nameEn,
  year: c.year,
  opensOn: iso(c.opensOn),
  closesOn: iso(c.closesOn),
  status: c.status,
  frameworkVersionId: c.frameworkVersionId,
  ownerUnitId: c.ownerUnitId,
});

export async function createCycle(
  actor: Actor,
  input: { nameZh: string; nameEn: string; year: number; opensOn: string; closesOn: string; frameworkVersionId: string; ownerUnitId: string },
  meta: RequestMeta,
): Promise<{ id: string }> {
  try {
    return await db().$transaction(async (tx) => {
      const owner = await unitInAdminScope(tx, actor, input.ownerUnitId);
      const fw = await tx.frameworkVersion.findUnique({ where: { id: input.frameworkVersionId } });
      if (!fw || fw.status !== "PUBLISHED") throw new ValidationError([{ path: "frameworkVersionId", message: "invalid" }]);
      const c = await tx.assessmentCycle.create({
        data: { nameZh: input.nameZh, nameEn: input.nameEn, year: input.year, opensOn: day(input.opensOn), closesOn: day(input.closesOn), frameworkVersionId: fw.id, ownerUnitId: owner.id },
      });
      await appendAudit(tx, { actor, action: "cycle.created", entityType: "AssessmentCycle", entityId: c.id, orgUnitId: owner.id, after: cycleSnapshot(c), ...meta });
      return { id: c.id };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new ValidationError([{ path: "nameZh", message: "admin.cycleNameTaken" }], "admin.cycleNameTaken");
    }
    throw err;
  }
}

/** Departments (and offices) in the admin's scope matching one way of choosing; only active ones take part. */
async function matchUnits(tx: Tx, actor: Actor, input: { mode: string; unitId?: string; kind?: OrgUnitKind; sector?: string; codes?: string }) {
  const base: Prisma.OrgUnitWhereInput = { AND: [adminScopeWhere(actor), { active: true }] };
  if (input.mode === "subtree") {
    const root = await unitInAdminScope(tx, actor, input.unitId!);
    return tx.orgUnit.findMany({ where: { AND: [base, { path: { startsWith: root.path } }, { kind: { in: ASSESSED } }] } });
  }
  if (input.mode === "kind") {
    if (!ASSESSED.includes(input.kind!)) throw new ValidationError([{ path: "kind", message: "admin.kindNotAssessed" }]);
    return tx.orgUnit.findMany({ where: { AND: [base, { kind: input.kind! }] } });
  }
  if (input.mode === "sector") {
    return tx.orgUnit.findMany({ where: { AND: [base, { sectorTag: input.sector! }, { kind: { in: ASSESSED } }] } });
  }
  const codes = [...new Set(input.codes!.split(/[\s,;，；]+/).map((c) => c.trim()).filter(Boolean))];
  if (codes.length > 50_000) throw new ValidationError([{ path: "codes", message: "admin.import.tooManyRows" }]);
  const units = await tx.orgUnit.findMany({ where: { AND: [base, { code: { in: codes } }] } });
  const found = new Set(units.map((u) => u.code));
  const unknown = codes.filter((c) => !found.has(c));
  const notAssessed = units.filter((u) => !ASSESSED.includes(u.kind)).map((u) => u.code);
  if (unknown.length || notAssessed.length) {
    throw new ValidationError(
      [
        ...unknown.slice(0, 20).map((c) => ({ path: "codes", message: `admin.unknownCode:${c}` })),
        ...notAssessed.slice(0, 20).map((c) => ({ path: "codes", message: `admin.kindNotAssessed:${c}` })),
      ],
      "admin.codesRejected",
    );
  }
  return units;
}

export async function addParticipants(
  actor: Actor,
  input: { cycleId: string; mode: string; unitId?: string; kind?: OrgUnitKind; sector?: string; codes?: string },
  meta: RequestMeta,
): Promise<{ added: number }> {
  return db().$transaction(async (tx) => {
    const cycle = await cycleInScope(tx, actor, input.cycleId);
    if (cycle.status === "CLOSED") throw new ConflictError("cycleAlreadyClosed");
    const units = await matchUnits(tx, actor, input);
    const owner = cycle.ownerUnit;
    const eligible = units.filter((u) => !owner || u.path.startsWith(owner.path));
    if (eligible.length === 0) throw new ValidationError([{ path: "mode", message: "admin.noUnitsMatched" }], "admin.noUnitsMatched");
    const { count } = await tx.cycleParticipant.createMany({
      data: eligible.map((u) => ({ cycleId: cycle.id, orgUnitId: u.id })),
      skipDuplicates: true,
    });
    if (count > 0) {
      await appendAudit(tx, {
        actor,
        action: "cycle.participants_added",
        entityType: "AssessmentCycle",
        entityId: cycle.id,
        orgUnitId: cycle.ownerUnitId,
        before: null,
        after: { mode: input.mode, added: count, orgUnitIds: eligible.slice(0, 500).map((u) => u.id) },
        ...meta,
      });
    }
    return { added: count };
  });
}

export async function removeParticipant(actor: Actor, input: { cycleId: string; orgUnitId: string }, meta: RequestMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const cycle = await cycleInScope(tx, actor, input.cycleId);
    const started = await tx.assessment.findUnique({ where: { cycleId_orgUnitId: { cycleId: cycle.id, orgUnitId: input.orgUnitId } } });
    if (started) throw new ConflictError("admin.participantStarted");
    if (cycle.status === "OPEN" && (await tx.cycleParticipant.count({ where: { cycleId: cycle.id } })) <= 1) {
      // An open cycle with no participants would be open to everyone (see CycleParticipant).
      throw new ConflictError("admin.lastParticipant");
    }
    const { count } = await tx.cycleParticipant.deleteMany({ where: { cycleId: cycle.id, orgUnitId: input.orgUnitId } });
    if (count === 0) throw new NotFoundError("participant");
    await appendAudit(tx, { actor, action: "cycle.participant_removed", entityType: "AssessmentCycle", entityId: cycle.id, orgUnitId: input.orgUnitId, before: { orgUnitId: input.orgUnitId }, after: null, ...meta });
  });
}

async function moveCycle(actor: Actor, cycleId: string, from: CycleStatus, to: CycleStatus, meta: RequestMeta, check?: (tx: Tx) => Promise<void>) {
  await db().$transaction(async (tx) => {
    const cycle = await cycleInScope(tx, actor, cycleId);
    if (check) await check(tx);
    const { count } = await tx.assessmentCycle.updateMany({ where: { id: cycle.id, status: from }, data: { status: to } });
    if (count === 0) throw new ConflictError("invalidTransition");
    await appendAudit(tx, { actor, action: `cycle.${to === "OPEN" ? "opened" : "closed"}`, entityType: "AssessmentCycle", entityId: cycle.id, orgUnitId: cycle.ownerUnitId, before: { status: cycle.status }, after: { status: to }, ...meta });
  });
}

/** Opens a planned cycle; it must name its participants first. */
export async function openCycle(actor: Actor, input: { cycleId: string }, meta: RequestMeta): Promise<void> {
  await moveCycle(actor, input.cycleId, "PLANNED", "OPEN", meta, async (tx) => {
    if ((await tx.cycleParticipant.count({ where: { cycleId: input.cycleId } })) === 0) throw new ConflictError("admin.noParticipants");
  });
}

/** Closes an open cycle: no more submissions; reviewers may still approve what was submitted. */
export async function closeCycle(actor: Actor, input: { cycleId: string }, meta: RequestMeta): Promise<void> {
  await moveCycle(actor, input.cycleId, "OPEN", "CLOSED", meta);
}

export async function extendCycle(actor: Actor, input: { cycleId: string; closesOn: string }, meta: RequestMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const cycle = await cycleInScope(tx, actor, input.cycleId);
    if (cycle.status === "CLOSED") throw new ConflictError("cycleAlreadyClosed");
    if (day(input.closesOn) <= cycle.closesOn) throw new ValidationError([{ path: "closesOn", message: "admin.extendLater" }], "admin.extendLater");
    await tx.assessmentCycle.update({ where: { id: cycle.id }, data: { closesOn: day(input.closesOn) } });
    await appendAudit(tx, { actor, action: "cycle.extended", entityType: "AssessmentCycle", entityId: cycle.id, orgUnitId: cycle.ownerUnitId, before: { closesOn: iso(cycle.closesOn) }, after: { closesOn: input.closesOn }, ...meta });
  });
}
