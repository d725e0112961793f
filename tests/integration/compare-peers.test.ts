import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_MIN, peerBenchmark, peerMedians } from "@/lib/data/compare/peers";
import { OVERALL } from "@/lib/data/compare/score-rows";
import { db, disconnectDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { actorOf, fillCompletely, startAssessment } from "./assessment-fixtures";
import { createUnit, createUser } from "./fixtures";
import { approveAt, createCycle, createTree, dept } from "./compare-fixtures";

/**
 * City C: department X (the one looking) and peers p1..p5 of the same kind,
 * approved at levels 1..5 (indices 0, 25, 50, 75, 100). Sector "health" holds
 * X and p1..p3 plus one in another city, so that group has only 4 peers.
 */
let t: Awaited<ReturnType<typeof createTree>>;
let cycle: Awaited<ReturnType<typeof createCycle>>;
let xAssessment: string;
let peers: { id: string }[];
let own: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  t = await createTree();
  cycle = await createCycle();
  const C = await createUnit(`PC-${t.tag}`, "CITY", t.P);
  const C2 = await createUnit(`PC2-${t.tag}`, "CITY", t.P);
  const X = await dept(`X-${t.tag}`, C, "health");
  peers = [];
  for (let i = 1; i <= 5; i++) peers.push(await dept(`p${i}-${t.tag}`, C, i <= 3 ? "health" : "transport"));
  const far = await dept(`far-${t.tag}`, C2, "health");
  // An office under the same parent is another kind: never a peer.
  const office = await dept(`o-${t.tag}`, C, "health", "OFFICE");
  for (const [i, p] of peers.entries()) await approveAt(t, cycle.id, p.id, i + 1);
  await approveAt(t, cycle.id, far.id, 5);
  await approveAt(t, cycle.id, office.id, 5);
  xAssessment = await startAssessment(t.admin, cycle.id, X.id);
  await fillCompletely(xAssessment, 3);
  own = await createUser("peer-own", "RESPONDENT", X.id);
}, 240_000);
afterAll(() => disconnectDb());

describe("anonymised peer figures (k ≥ 5)", () => {
  it("shows P25 / median / P75 of the 5 same-kind peers under the same parent, and nothing of a 4-peer group", async () => {
    const groups = await peerBenchmark(await actorOf(own), xAssessment);
    const parent = groups.find((g) => g.group === "parent")!;
    expect(parent.suppressed).toBe(false);
    if (parent.suppressed) return;
    const overall = parent.figures.find((f) => f.code === OVERALL)!;
    // percentile_cont over 0, 25, 50, 75, 100 (the office at 100 is not a peer; X is not approved).
    expect(overall).toMatchObject({ p25: 25, median: 50, p75: 75, own: null });
    // The sector group (p1..p3 and the unit in the other city) has 4 peers: no numbers at all.
    expect(groups.find((g) => g.group === "sector")).toEqual({ group: "sector", suppressed: true });
    expect(JSON.stringify(groups)).not.toMatch(/p[1-5]-|单位/);
    expect(await peerMedians(await actorOf(own), xAssessment)).toMatchObject({ [OVERALL]: 50 });
  });

  it("removing one of 5 peers suppresses the figures, so the removed score cannot be derived", async () => {
    const before = await peerBenchmark(await actorOf(own), xAssessment);
    expect(before.find((g) => g.group === "parent")!.suppressed).toBe(false);
    const removed = await db().scoreDimension.findMany({ where: { orgUnitId: peers[4]!.id } });
    await db().scoreDimension.deleteMany({ where: { orgUnitId: peers[4]!.id } });
    try {
      const after = await peerBenchmark(await actorOf(own), xAssessment);
      expect(after.find((g) => g.group === "parent")).toEqual({ group: "parent", suppressed: true });
      expect(after.every((g) => g.suppressed)).toBe(true);
      expect(await peerMedians(await actorOf(own), xAssessment)).toBeNull();
      expect(PEER_MIN).toBe(5);
    } finally {
      await db().scoreDimension.createMany({ data: removed });
    }
  });

  it("a dimension scored for fewer than 5 of the peers (not applicable to the others) shows no figures", async () => {
    const dim = (await db().dimension.findFirstOrThrow({ where: { frameworkVersionId: cycle.frameworkVersionId }, orderBy: { position: "asc" } })).code;
    const where = { orgUnitId: { in: peers.slice(1).map((p) => p.id) }, cycleId: cycle.id, dimensionCode: dim };
    const saved = await db().scoreDimension.findMany({ where });
    await db().scoreDimension.updateMany({ where, data: { index: null, level: null } });
    try {
      const parent = (await peerBenchmark(await actorOf(own), xAssessment)).find((g) => g.group === "parent")!;
      expect(parent.suppressed).toBe(false);
      if (parent.suppressed) return;
      expect(parent.figures.find((f) => f.code === dim)).toMatchObject({ p25: null, median: null, p75: null });
      expect(parent.figures.find((f) => f.code === OVERALL)).toMatchObject({ p25: 25, median: 50, p75: 75 });
    } finally {
      for (const r of saved) await db().scoreDimension.update({ where: { assessmentId_basis_dimensionCode: { assessmentId: r.assessmentId, basis: r.basis, dimensionCode: r.dimensionCode } }, data: { index: r.index, level: r.level } });
    }
  });

  it("another tenant's department cannot read them (not found)", async () => {
    const Q = await createUnit(`PQ-${t.tag}`, "PROVINCE");
    const E = await createUnit(`PE-${t.tag}`, "DEPARTMENT", Q);
    const stranger = await createUser("peer-stranger", "DEPT_ADMIN", E.id);
    await expect(peerBenchmark(await actorOf(stranger), xAssessment)).rejects.toBeInstanceOf(NotFoundError);
    for (const role of ["AUDITOR", "SYS_ADMIN"] as const) {
      const u = await createUser(`peer-${role}`, role, t.P.id);
      await expect(peerBenchmark(await actorOf(u), xAssessment)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
