import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportGet } from "@/app/api/v1/compare/export/route";
import { radarUnits, trend } from "@/lib/data/compare/aggregates";
import { compareView } from "@/lib/data/compare/dashboard";
import { leagueExport } from "@/lib/data/compare/export";
import { leaguePage } from "@/lib/data/compare/league";
import { db, disconnectDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { actorOf } from "./assessment-fixtures";
import { actAs, createUnit, createUser, type FixtureUser } from "./fixtures";
import { approveAt, createCycle, createTree, dept } from "./compare-fixtures";

/** Province P with cities A and B; an oversight office on city A must see nothing of city B. */
let t: Awaited<ReturnType<typeof createTree>>;
let A: { id: string; path: string };
let B: { id: string; path: string };
let a1: { id: string };
let b1: { id: string };
let cityA: FixtureUser;
let cycleId: string;
let others: Record<string, FixtureUser>;

beforeAll(async () => {
  t = await createTree();
  const cycle = await createCycle();
  cycleId = cycle.id;
  A = await createUnit(`TA-${t.tag}`, "CITY", t.P);
  B = await createUnit(`TB-${t.tag}`, "CITY", t.P);
  a1 = await dept(`a1-${t.tag}`, A, "health");
  b1 = await dept(`b1-${t.tag}`, B, "health");
  await approveAt(t, cycle.id, a1.id, 3);
  await approveAt(t, cycle.id, b1.id, 4);
  cityA = await createUser("city-a-oversight", "OVERSIGHT", A.id);
  others = {
    AUDITOR: await createUser("t-auditor", "AUDITOR", t.P.id),
    SYS_ADMIN: await createUser("t-sysadmin", "SYS_ADMIN", t.P.id),
    RESPONDENT: await createUser("t-respondent", "RESPONDENT", a1.id),
    DEPT_ADMIN: await createUser("t-deptadmin", "DEPT_ADMIN", a1.id),
  };
}, 120_000);
afterAll(() => disconnectDb());

const req = (params: Record<string, string>) => new Request(`http://localhost/api/v1/compare/export?${new URLSearchParams(params)}`);

describe("comparison tenancy", () => {
  it("a city's oversight sees its own city only: league, radar, trend", async () => {
    const actor = await actorOf(cityA);
    const view = await compareView(actor, {});
    expect(view.scope.id).toBe(A.id);
    const page = await leaguePage(view.ctx!, view.filters, view.table!.sort, { limit: 100, offset: 0 });
    expect(page.rows.map((r) => r.id)).toEqual([a1.id]);
    await expect(compareView(actor, { scope: B.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(compareView(actor, { scope: t.P.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(compareView(actor, { region: B.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await radarUnits(view.ctx!, [a1.id, b1.id])).map((u) => u.id)).toEqual([a1.id]);
    const own = await trend(view.ctx!, b1.id);
    expect(own.every((p) => p.n <= 1)).toBe(true);
    expect(JSON.stringify(own)).not.toContain("75");
  });

  it("exports only what the scope allows; another city's scope is refused", async () => {
    actAs(cityA);
    const ok = await exportGet(req({ format: "csv" }));
    expect(ok.status).toBe(200);
    const csv = await ok.text();
    expect(csv).toContain(`单位a1-${t.tag}`);
    expect(csv).not.toContain(`单位b1-${t.tag}`);
    const refused = await exportGet(req({ format: "csv", scope: B.id }));
    expect(refused.status).toBe(404);
    const xlsx = await exportGet(req({ format: "xlsx" }));
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
  });

  it("auditors, system administrators and departments see no comparison; no session is refused", async () => {
    for (const [role, user] of Object.entries(others)) {
      actAs(user);
      const r = await exportGet(req({ format: "csv", scope: t.P.id }));
      expect(r.status, role).toBe(403);
      await expect(compareView(await actorOf(user), {})).rejects.toBeInstanceOf(NotFoundError);
      await expect(leagueExport(await actorOf(user), { scope: t.P.id }, "zh-CN")).rejects.toBeInstanceOf(NotFoundError);
    }
    actAs(null);
    expect((await exportGet(req({ format: "csv" }))).status).toBe(401);
  });

  it("the export's rows equal the league page's rows, in order", async () => {
    const actor = await actorOf(t.oversight);
    // The cycle is named: the suite's shared database holds other tests' cycles, and the default is the latest.
    const params = { scope: t.P.id, cycle: cycleId, sort: "overall", dir: "desc" };
    const view = await compareView(actor, params);
    const page = await leaguePage(view.ctx!, view.filters, view.table!.sort, { limit: view.table!.pageSize, offset: 0 });
    const file = await leagueExport(actor, params, "zh-CN");
    expect(file.rows.map((r) => r[0])).toEqual(page.rows.map((r) => r.nameZh));
    expect(file.rows[0]![5]).toBe("75.0");
    expect(file.rows[0]![3]).toBe("卫生健康");
    expect(await db().scoreDimension.count({ where: { orgUnitId: { in: [a1.id, b1.id] } } })).toBe(20);
  });
});
