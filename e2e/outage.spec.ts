import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { signIn } from "./helpers";

/**
 * Issue 15 §2 end to end: a second production server on a PostgreSQL 15
 * cluster of the test's own; the cluster is crashed (`pg_ctl -m immediate`)
 * while a respondent answers, and started again. Pages answer 503 with
 * Retry-After and say the service is briefly away, /api/health is 503 until
 * the database is back, the questionnaire keeps the answer and says so, and
 * the retried save lands without restarting anything.
 */

const BIN = "/usr/lib/postgresql/15/bin";
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const APP_PORT = E2E_PORT + 1;
const PG_PORT = E2E_PORT + 9;
const base = `http://localhost:${APP_PORT}`;
const dbUrl = `postgresql://postgres@127.0.0.1:${PG_PORT}/postgres`;
const asRoot = process.getuid?.() === 0;

test.describe.configure({ timeout: 240_000 });
test.skip(!existsSync(`${BIN}/initdb`), "needs Debian's postgresql-15 binaries");

let dir = "";
let server: ChildProcess | null = null;

function pgTool(tool: string, args: string[]) {
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", `${BIN}/${tool}`, ...args]] : [`${BIN}/${tool}`, args];
  execFileSync(cmd as string, argv as string[], { stdio: "pipe" });
}
const pgctl = (...args: string[]) => pgTool("pg_ctl", ["-D", path.join(dir, "data"), "-w", "-t", "30", ...args]);
const startDb = () => pgctl("-o", `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1`, "-l", path.join(dir, "log"), "start");
const crashDb = () => pgctl("-m", "immediate", "stop");

async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

async function waitFor(url: string, ok: (status: number) => boolean, ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (ok(res.status)) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`${url} not ready`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "agm-e2e-outage-"));
  if (asRoot) {
    chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), Number(execFileSync("id", ["-g", "postgres"]).toString()));
    chmodSync(dir, 0o700);
  }
  pgTool("initdb", ["-D", path.join(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  startDb();
  const env = { ...process.env, DATABASE_URL: dbUrl };
  execFileSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], { env, stdio: "pipe" });
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], { env, stdio: "pipe" });
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(APP_PORT), "-H", "localhost"], {
    env: { ...env, NEXTAUTH_URL: base, NODE_ENV: "production" },
    stdio: "ignore",
    detached: true,
  });
  await waitFor(`${base}/api/health`, (s) => s === 200);
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  try {
    crashDb();
  } catch {
    // Already stopped.
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const question = (page: Page, code: string) => page.locator(`#q-${code.replaceAll(".", "-")}`);
const level = (page: Page, code: string, n: number) => question(page, code).getByRole("radio", { name: new RegExp(`^L${n} `) });

test("database crash: 503 pages with Retry-After, health 503, the answer kept and saved once the database is back", async ({ browser }) => {
  const [a] = await sql<{ id: string }>(
    `INSERT INTO assessment (id, cycle_id, org_unit_id, updated_at)
     SELECT gen_random_uuid(), c.id, u.id, now() FROM assessment_cycle c, org_unit u
      WHERE c.status = 'OPEN' AND u.code = 'DH-SJ' ORDER BY c.opens_on DESC LIMIT 1
     ON CONFLICT (cycle_id, org_unit_id) DO UPDATE SET cycle_id = EXCLUDED.cycle_id RETURNING id`,
  );
  const context = await browser.newContext({ baseURL: base, locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, "respondent@example.gov.cn");
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
  await page.goto(`/assessments/${a!.id}?i=GOV.1`);
  await level(page, "GOV.1.1", 2).click();
  await expect(question(page, "GOV.1.1").getByRole("status").first()).toContainText("已保存");

  crashDb();

  await level(page, "GOV.1.2", 3).click();
  await expect(question(page, "GOV.1.2").getByRole("status").first()).toContainText("网络或服务暂时不可用，答案已保留，将自动重试", { timeout: 20_000 });

  // Pages: a fast 503 a load balancer understands, and a page that says what is going on.
  await expect.poll(async () => (await page.request.get(`/assessments/${a!.id}`, { maxRedirects: 0 })).status(), { timeout: 10_000 }).toBe(503);
  const res = await page.request.get("/", { maxRedirects: 0 });
  expect(res.headers()["retry-after"]).toMatch(/^\d+$/);
  expect(await res.text()).toContain("服务暂时不可用");
  const health = await page.request.get("/api/health");
  expect(health.status()).toBe(503);

  startDb();

  await waitFor(`${base}/api/health`, (s) => s === 200, 30_000);
  await expect(question(page, "GOV.1.2").getByRole("status").first()).toContainText("已保存", { timeout: 40_000 });
  const rows = await sql<{ code: string; level: number }>(
    `SELECT q.code, r.level FROM response r JOIN question q ON q.id = r.question_id WHERE r.assessment_id = $1 ORDER BY q.code`,
    [a!.id],
  );
  expect(rows).toEqual([
    { code: "GOV.1.1", level: 2 },
    { code: "GOV.1.2", level: 3 },
  ]);
  await expect.poll(async () => (await page.request.get(`/assessments/${a!.id}`, { maxRedirects: 0 })).status(), { timeout: 10_000 }).toBe(200);
  await context.close();
});
