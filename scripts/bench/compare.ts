/**
 * Benchmark of the comparison dashboard and the warning evaluation (issue 9 §4).
 *
 *   npm run demo:generate -- --units 3000 --cycles 3          # once, into DATABASE_URL
 *   DATABASE_URL=… node --conditions=react-server --import tsx scripts/bench/compare.ts
 *   # optional, the page's server render over HTTP against a running `npm start`:
 *   BENCH_URL=http://127.0.0.1:3000 DATABASE_URL=… node --conditions=react-server --import tsx scripts/bench/compare.ts
 *
 * Server time = the data-layer calls /compare makes for the province scope
 * (tiles, one league-table page, which is also the heat map's data, the
 * roll-up, the distributions), measured in-process against PostgreSQL; then
 * one evaluation of every warning rule over the whole province.
 */
import { performance } from "node:perf_hooks";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the database `npm run demo:generate` filled.");
  process.env.LOG_LEVEL = "silent";
  const { db, disconnectDb } = await import("../../lib/db");
  const { checkSession } = await import("../../lib/data/sessions");
  const { compareView } = await import("../../lib/data/compare/dashboard");
  const { leaguePage, statusTiles } = await import("../../lib/data/compare/league");
  const { distribution, rollup } = await import("../../lib/data/compare/aggregates");
  const { evaluateAndAudit } = await import("../../lib/data/warnings/evaluate");

  const province = await db().orgUnit.findUnique({ where: { code: "GEN" } });
  if (!province) throw new Error("No generated province: run `npm run demo:generate -- --units 3000 --cycles 3` first.");
  const user = await db().user.findUniqueOrThrow({ where: { email: "gen-oversight@example.gov.cn" } });
  const session = await db().userSession.create({ data: { userId: user.id, sessionVersion: user.sessionVersion } });
  const check = await checkSession(session.id, user.id);
  if (!check.ok) throw new Error("bench session invalid");
  const actor = check.actor;
  const units = await db().orgUnit.count({ where: { path: { startsWith: province.path } } });
  const scored = await db().scoreDimension.count({ where: { orgUnit: { path: { startsWith: province.path } } } });

  const sorts = ["overall", "dim:MON", "name", "change", "completion"];
  const parts: Record<string, number[]> = { view: [], tiles: [], league: [], rollup: [], distribution: [], total: [] };
  for (let i = 0; i < RUNS + 3; i++) {
    const sp = { scope: province.id, sort: sorts[i % sorts.length], dir: i % 2 ? "asc" : "desc", page: String(1 + (i % 5)) };
    const t0 = performance.now();
    const [tv, view] = await time(() => compareView(actor, sp));
    if (!view.ctx) throw new Error("no cycle");
    const ctx = view.ctx;
    // The page streams its widgets side by side; measured one after the other here (the sum is an upper bound).
    const [tt] = await time(() => statusTiles(ctx));
    const [tl] = await time(() => leaguePage(ctx, view.filters, view.table.sort, { limit: view.table.pageSize, offset: view.table.offset }));
    const [tr] = await time(() => rollup(ctx, view.scope.id));
    const [td] = await time(() => distribution(ctx, view.filters));
    const total = performance.now() - t0;
    if (i < 3) continue; // warm-up
    parts.view!.push(tv);
    parts.tiles!.push(tt);
    parts.league!.push(tl);
    parts.rollup!.push(tr);
    parts.distribution!.push(td);
    parts.total!.push(total);
  }
  console.log(`\n/compare data, province scope: ${units} units, ${scored} score rows, ${RUNS} runs (after 3 warm-up)`);
  console.log("part          p50 ms   p95 ms");
  for (const [k, xs] of Object.entries(parts)) console.log(`${k.padEnd(12)} ${pct(xs, 50).toFixed(1).padStart(7)} ${pct(xs, 95).toFixed(1).padStart(8)}`);

  if (process.env.BENCH_URL) {
    const base = process.env.BENCH_URL;
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const login = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
      body: new URLSearchParams({ csrfToken, email: user.email, password: process.env.GENERATE_PASSWORD ?? "Demo#2026-AiGov", json: "true" }),
    });
    const session = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const page: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 15) + 2; i++) {
      const [t, res] = await time(async () => {
        const r = await fetch(`${base}/compare?scope=${province.id}&sort=${sorts[i % sorts.length]}`, { headers: { cookie: `${cookies}; ${session}` } });
        await r.text();
        return r;
      });
      if (res.status !== 200) throw new Error(`/compare answered ${res.status}`);
      if (i >= 2) page.push(t);
    }
    console.log(`/compare page, full server render over HTTP (${page.length} runs): p50 ${pct(page, 50).toFixed(0)} ms, p95 ${pct(page, 95).toFixed(0)} ms`);
  }

  const [te, r] = await time(() => evaluateAndAudit({ scopePath: province.path }, { reason: "on_demand", orgUnitId: province.id }));
  console.log(`warning evaluation over the province: ${te.toFixed(0)} ms (${r.units} unit-cycles; raised ${r.raised}, updated ${r.updated}, resolved ${r.resolved})`);
  await db().userSession.delete({ where: { id: session.id } });
  await disconnectDb();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
