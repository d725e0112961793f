import { afterAll, describe, expect, it } from "vitest";
import { runDailyEvaluation } from "@/lib/data/warnings/daily";
import { db, disconnectDb } from "@/lib/db";
import { createCycle, createTree, dept } from "./compare-fixtures";

afterAll(() => disconnectDb());

const day = (offset: number) => new Date(`${new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`);

/** The daily check the server starts itself (instrumentation.ts → startDailyWarnings): cycle dates passing, once a day. */
describe("daily warning check", () => {
  it("raises what the dates cause, audits the run, and runs once per day however often it is called", async () => {
    const t = await createTree();
    const cycle = await createCycle({ closesOn: day(2).toISOString().slice(0, 10) });
    const u = await dept(`daily-${t.tag}`, t.P);
    const [first, second] = await Promise.all([runDailyEvaluation(), runDailyEvaluation()]);
    // Two instances at once: one evaluates, the other skips (advisory lock).
    expect([first, second].filter((r) => r !== null)).toHaveLength(1);
    const r = (first ?? second)!;
    expect(r.raised).toBeGreaterThanOrEqual(1);
    expect(await db().warning.findMany({ where: { orgUnitId: u.id, cycleId: cycle.id } })).toMatchObject([{ rule: "DUE_SOON", state: "NEW" }]);
    expect(await db().auditEvent.count({ where: { action: "warnings.daily" } })).toBe(1);
    // Later the same day: already done.
    expect(await runDailyEvaluation()).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "warnings.daily" } })).toBe(1);
  }, 60_000);
});
