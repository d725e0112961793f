import { afterAll, describe, expect, it } from "vitest";
import { generateProvince, verifyGenerated } from "@/lib/data/compare/demo-generator";
import { db, disconnectDb } from "@/lib/db";

afterAll(() => disconnectDb());

/**
 * `npm run demo:generate` on a freshly migrated database (issue 9 §4): a small province whose
 * departments cover every sector the generator uses — each must be in the managed sector list —,
 * and stored scores that equal scoreAssessment on the stored answers.
 */
describe("province generator", () => {
  it("fills a fresh database and its scores re-check against the engine", async () => {
    const r = await generateProvince({ units: 120, cycles: 2, seed: 7 });
    expect(r.units).toBeGreaterThanOrEqual(100);
    const tags = await db().orgUnit.findMany({ where: { code: { startsWith: "GEN-" }, sectorTag: { not: null } }, distinct: ["sectorTag"], select: { sectorTag: true } });
    expect(tags.length).toBe(20);
    expect(await db().sector.count({ where: { code: "statistics" } })).toBe(1);
    expect(await db().scoreDimension.count({ where: { cycleId: { in: r.cycles } } })).toBeGreaterThan(0);
    const check = await verifyGenerated(20);
    expect(check.checked).toBeGreaterThan(0);
    expect(check.mismatches).toBe(0);
    // It refuses to run twice on the same database.
    await expect(generateProvince({ units: 120, cycles: 1, seed: 7 })).rejects.toThrow(/already exists/);
  }, 300_000);
});
