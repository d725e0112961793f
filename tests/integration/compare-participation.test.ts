import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rollup } from "@/lib/data/compare/aggregates";
import { leaguePage, statusTiles, type CompareContext } from "@/lib/data/compare/league";
import { evaluateScopeNow } from "@/lib/data/warnings/warnings";
import { db, disconnectDb } from "@/lib/db";
import { actorOf, startAssessment } from "./assessment-fixtures";
import { createUnit } from "./fixtures";
import { approveAt, createCycle, createTree, dept } from "./compare-fixtures";

/**
 * A cycle with participants counts only them (lib/data/admin/participation.ts):
 *   P ─ C ─ in1 (participant, approved), in2 (participant, not started), out (not a participant)
 * `out` is neither "not started" nor overdue in the cycle, and gets no warning for it.
 */
const meta = { ip: null, userAgent: null };
const day = (offset: number) => new Date(`${new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`);
let t: Awaited<ReturnType<typeof createTree>>;
let cycle: Awaited<ReturnType<typeof createCycle>>;
let C: { id: string; path: string };
let in1: { id: string };
let in2: { id: string };
let out: { id: string };
let ctx: CompareContext;

beforeAll(async () => {
  t = await createTree();
  cycle = await createCycle();
  C = await createUnit(`PTC-${t.tag}`, "CITY", t.P);
  in1 = await dept(`in1-${t.tag}`, C, "health");
  in2 = await dept(`in2-${t.tag}`, C, "health");
  out = await dept(`out-${t.tag}`, C, "health");
  await approveAt(t, cycle.id, in1.id, 3);
  const codes = (await db().dimension.findMany({ where: { frameworkVersionId: cycle.frameworkVersionId }, orderBy: { position: "asc" } })).map((d) => d.code);
  ctx = { scopePath: t.P.path, cycleId: cycle.id, previousCycleId: null, basis: "verified", dimensionCodes: codes };
}, 120_000);
afterAll(() => disconnectDb());

const dueSoon = (orgUnitId: string) => db().warning.findMany({ where: { orgUnitId, cycleId: cycle.id, rule: "DUE_SOON" } });

describe("a cycle's participants", () => {
  it("without participant rows the cycle is open to every department, and every one counts", async () => {
    expect(await statusTiles(ctx)).toMatchObject({ total: 3, approved: 1, notStarted: 2 });
    await db().assessmentCycle.update({ where: { id: cycle.id }, data: { closesOn: day(3) } });
    await evaluateScopeNow(await actorOf(t.oversight), t.P.id, meta);
    expect(await dueSoon(in2.id)).toHaveLength(1);
    expect((await dueSoon(out.id))[0]).toMatchObject({ resolvedAt: null });
  });

  it("with participants, the tiles, league, roll-up and warnings count them only; a non-participant's warning ends", async () => {
    await db().cycleParticipant.createMany({ data: [in1, in2].map((u) => ({ cycleId: cycle.id, orgUnitId: u.id })) });
    expect(await statusTiles(ctx)).toMatchObject({ total: 2, approved: 1, notStarted: 1 });
    const page = await leaguePage(ctx, {}, { key: "name", dir: "asc" }, { limit: 100, offset: 0 });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.id).sort()).toEqual([in1.id, in2.id].sort());
    const r = await rollup(ctx, t.P.id);
    expect(r.total).toMatchObject({ units: 2, approved: 1 });
    expect(r.children.find((c) => c.id === C.id)).toMatchObject({ units: 2, approved: 1 });

    await evaluateScopeNow(await actorOf(t.oversight), t.P.id, meta);
    expect(await dueSoon(in2.id)).toMatchObject([{ resolvedAt: null }]);
    const gone = await dueSoon(out.id);
    expect(gone).toHaveLength(1);
    expect(gone[0]!.resolvedAt).not.toBeNull();
    // Overdue after the close date: the participant that has not started is, the other unit is not.
    await db().assessmentCycle.update({ where: { id: cycle.id }, data: { closesOn: day(-2) } });
    await evaluateScopeNow(await actorOf(t.oversight), t.P.id, meta);
    expect(await db().warning.count({ where: { orgUnitId: in2.id, cycleId: cycle.id, rule: "OVERDUE", resolvedAt: null } })).toBe(1);
    expect(await db().warning.count({ where: { orgUnitId: out.id, cycleId: cycle.id, rule: "OVERDUE" } })).toBe(0);
    expect(await statusTiles(ctx)).toMatchObject({ total: 2, overdue: 1 });
  });

  it("a unit that started before the list was narrowed still counts", async () => {
    await db().assessmentCycle.update({ where: { id: cycle.id }, data: { closesOn: day(30) } });
    await db().cycleParticipant.deleteMany({ where: { cycleId: cycle.id } });
    await startAssessment(t.admin, cycle.id, out.id);
    await db().cycleParticipant.createMany({ data: [in1, in2].map((u) => ({ cycleId: cycle.id, orgUnitId: u.id })) });
    expect(await statusTiles(ctx)).toMatchObject({ total: 3, inProgress: 1 });
  });
});
