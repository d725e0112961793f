import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rollup, distribution, sectors, trend } from "@/lib/data/compare/aggregates";
import { leaguePage, statusTiles, type CompareContext } from "@/lib/data/compare/league";
import { OVERALL } from "@/lib/data/compare/score-rows";
import { loadFramework } from "@/lib/data/framework-load";
import { readAnswers } from "@/lib/data/assessments/answers";
import { db, disconnectDb } from "@/lib/db";
import { scoreAssessment } from "@/lib/scoring";
import { createUnit } from "./fixtures";
import { approveAt, createCycle, createTree, dept } from "./compare-fixtures";

/**
 * Hand-computed tree (every question answered at one level, so every index is (L − 1) × 25):
 *   P ─ C1 ─ K1 ─ d1 (L3 → 50), d2 (L4 → 75)
 *     │    └ d3 (L2 → 25)
 *     ├ C2 ─ d4 (L5 → 100), d5 (not started)
 *     └ d6 (L3 → 50)  directly under the province
 */
let t: Awaited<ReturnType<typeof createTree>>;
let cycle: Awaited<ReturnType<typeof createCycle>>;
let ids: Record<string, { id: string; path: string }>;
let ctx: CompareContext;
let codes: string[];

beforeAll(async () => {
  t = await createTree();
  cycle = await createCycle();
  const C1 = await createUnit(`C1-${t.tag}`, "CITY", t.P);
  const C2 = await createUnit(`C2-${t.tag}`, "CITY", t.P);
  const K1 = await createUnit(`K1-${t.tag}`, "COUNTY", C1);
  const d1 = await dept(`d1-${t.tag}`, K1, "health");
  const d2 = await dept(`d2-${t.tag}`, K1, "health");
  const d3 = await dept(`d3-${t.tag}`, C1, "transport");
  const d4 = await dept(`d4-${t.tag}`, C2, "health");
  const d5 = await dept(`d5-${t.tag}`, C2);
  const d6 = await dept(`d6-${t.tag}`, t.P, "transport");
  ids = { C1, C2, K1, d1, d2, d3, d4, d5, d6 };
  for (const [u, level] of [[d1, 3], [d2, 4], [d3, 2], [d4, 5], [d6, 3]] as const) await approveAt(t, cycle.id, u.id, level);
  codes = (await db().dimension.findMany({ where: { frameworkVersionId: cycle.frameworkVersionId }, orderBy: { position: "asc" } })).map((d) => d.code);
  ctx = { scopePath: t.P.path, cycleId: cycle.id, previousCycleId: null, basis: "verified", dimensionCodes: codes };
}, 240_000);
afterAll(() => disconnectDb());

describe("stored score rows", () => {
  it("equal scoreAssessment on the stored answers, for both bases", async () => {
    const a = await db().assessment.findFirstOrThrow({ where: { orgUnitId: ids.d2!.id, cycleId: cycle.id } });
    const fw = await loadFramework(cycle.frameworkVersionId);
    const { scoring } = await readAnswers(db(), a.id, fw);
    for (const basis of ["self", "verified"] as const) {
      const expected = scoreAssessment(fw.framework, scoring, { basis });
      const rows = await db().scoreDimension.findMany({ where: { assessmentId: a.id, basis } });
      expect(rows.find((r) => r.dimensionCode === OVERALL)?.index).toBeCloseTo(expected.overall.index!, 9);
      for (const d of expected.dimensions) expect(rows.find((r) => r.dimensionCode === d.code)?.index).toBeCloseTo(d.index!, 9);
    }
  });
});

describe("roll-up along the tree", () => {
  it("matches the hand-computed counts, means and medians", async () => {
    const r = await rollup(ctx, t.P.id);
    // Province: 50, 75, 25, 100, 50 → mean 60, median 50; 6 units, 5 approved.
    expect(r.total).toMatchObject({ units: 6, approved: 5 });
    expect(r.total!.stats[OVERALL]!.mean).toBeCloseTo(60);
    expect(r.total!.stats[OVERALL]!.median).toBeCloseTo(50);
    const byId = new Map(r.children.map((c) => [c.id, c]));
    // C1: 50, 75, 25 → mean 50, median 50.
    expect(byId.get(ids.C1!.id)).toMatchObject({ units: 3, approved: 3, hasChildren: true });
    expect(byId.get(ids.C1!.id)!.stats[codes[0]!]!.mean).toBeCloseTo(50);
    expect(byId.get(ids.C1!.id)!.stats[codes[0]!]!.median).toBeCloseTo(50);
    // C2: 100 and one not started → mean = median = 100, 1 of 2 approved.
    expect(byId.get(ids.C2!.id)).toMatchObject({ units: 2, approved: 1 });
    expect(byId.get(ids.C2!.id)!.stats[OVERALL]!.median).toBeCloseTo(100);
    // d6 is a leaf node of its own.
    expect(byId.get(ids.d6!.id)).toMatchObject({ units: 1, approved: 1, hasChildren: false });
    // Drill down into C1: K1 (50, 75 → 62.5) and d3 (25).
    const c1 = await rollup({ ...ctx, scopePath: ids.C1!.path }, ids.C1!.id);
    const k1 = c1.children.find((c) => c.id === ids.K1!.id)!;
    expect(k1.stats[OVERALL]!.mean).toBeCloseTo(62.5);
    expect(k1.stats[OVERALL]!.median).toBeCloseTo(62.5);
  });

  it("tiles, league, distribution and sectors agree with the same tree", async () => {
    expect(await statusTiles(ctx)).toMatchObject({ total: 6, approved: 5, notStarted: 1, overdue: 0 });
    const page = await leaguePage(ctx, {}, { key: "overall", dir: "desc" }, { limit: 3, offset: 0 });
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => r.overall)).toEqual([100, 75, 50]);
    const city = await leaguePage(ctx, { regionPath: ids.C1!.path }, { key: `dim:${codes[3]}`, dir: "asc" }, { limit: 10, offset: 0 });
    expect(city.rows.map((r) => r.dims[3])).toEqual([25, 50, 75]);
    const dist = await distribution(ctx, {});
    expect(dist.find((d) => d.code === OVERALL)).toMatchObject({ n: 5, min: 0 + 25, median: 50, max: 100 });
    const sec = await sectors(ctx, {});
    const health = sec.find((s) => s.sectorTag === "health")!;
    expect(health).toMatchObject({ units: 3, approved: 3 });
    expect(health.means[OVERALL]).toBeCloseTo(75);
    const tr = await trend(ctx);
    expect(tr.find((p) => p.cycleId === cycle.id)?.values[OVERALL]).toBeCloseTo(60);
  });
});
