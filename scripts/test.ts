/**
 * `npm test`: the whole suite — unit, integration (real PostgreSQL) and
 * end-to-end (Playwright in Debian Chromium against a production build).
 *
 * Each run gets a fresh database that it removes afterwards: with
 * DATABASE_URL set, a new database on that server; without it, an in-memory
 * embedded PostgreSQL (PGlite).
 *   --no-e2e     unit + integration only
 *   --e2e-only   end-to-end only
 * Extra arguments after `--` go to vitest (e.g. a file filter).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const e2eOnly = args.includes("--e2e-only");
const noE2e = args.includes("--no-e2e") || process.env.SKIP_E2E === "1";
const passThrough = args.includes("--") ? args.slice(args.indexOf("--") + 1) : [];

function run(cmd: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cmd, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

interface TestDatabase {
  url: string;
  embedded?: boolean;
  drop(): Promise<void>;
}

async function freshServerDatabase(baseUrl: string): Promise<TestDatabase> {
  const name = `agm_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: baseUrl });
      await c.connect();
      // Ends leftover connections (the app server's pool) first; WITH (FORCE) needs PostgreSQL 13+.
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

async function freshEmbeddedDatabase(): Promise<TestDatabase> {
  const pg: EmbeddedPostgres = await startEmbeddedPostgres({});
  return { url: pg.url, embedded: true, drop: () => pg.stop() };
}

async function freshDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  return base ? freshServerDatabase(base) : freshEmbeddedDatabase();
}

const tsx = ["--conditions=react-server", "--import", "tsx"];

function envFor(database: TestDatabase): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: database.url,
    NODE_ENV: "test",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"),
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    // As in `npm start`: PGlite serves one session, so the app uses one pooled connection.
    ...(database.embedded ? { DATABASE_POOL_MAX: "1" } : {}),
  };
}

/** Unit + integration tests on one fresh, migrated database. */
async function vitestPhase(): Promise<number> {
  const database = await freshDatabase();
  try {
    const env = envFor(database);
    if ((await run([...tsx, "scripts/migrate.ts"], env)) !== 0) return 1;
    return await run(["node_modules/vitest/vitest.mjs", "run", ...passThrough], env);
  } finally {
    await database.drop().catch((err) => console.error(`[test] could not drop the test database: ${err}`));
  }
}

/** End-to-end tests on another fresh database holding exactly the demo data a newcomer gets. */
async function e2ePhase(): Promise<number> {
  const database = await freshDatabase();
  // Uploaded evidence goes to a throwaway folder, not the developer's .data/.
  const evidenceDir = mkdtempSync(path.join(tmpdir(), "agm-e2e-evidence-"));
  try {
    const env = { ...envFor(database), EVIDENCE_DIR: evidenceDir };
    if ((await run([...tsx, "scripts/migrate.ts"], env)) !== 0) return 1;
    if ((await run([...tsx, "prisma/seed.ts"], env)) !== 0) return 1;
    if (process.env.E2E_REBUILD !== "0" || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
      console.log("[test] building the app for end-to-end tests…");
      if ((await run(["node_modules/next/dist/bin/next", "build"], { ...env, NODE_ENV: "production" })) !== 0) return 1;
    }
    return await run(["node_modules/@playwright/test/cli.js", "test"], { ...env, NODE_ENV: "production" });
  } finally {
    rmSync(evidenceDir, { recursive: true, force: true });
    await database.drop().catch((err) => console.error(`[test] could not drop the test database: ${err}`));
  }
}

/**
 * Two instances behind nginx (tests/multi-instance): needs a PostgreSQL server, the production build the
 * end-to-end phase made, and Debian's nginx. Skipped, saying why, when any of them is missing.
 */
async function multiInstancePhase(): Promise<number> {
  if (!process.env.DATABASE_URL) {
    console.log("[test] two instances behind nginx: skipped (needs DATABASE_URL, a PostgreSQL server)");
    return 0;
  }
  if (!["/usr/sbin/nginx", "/usr/bin/nginx"].some((p) => existsSync(p))) {
    console.log("[test] two instances behind nginx: skipped (nginx is not installed: apt-get install -y nginx)");
    return 0;
  }
  return run(["--import", "tsx", "--test", "tests/multi-instance/two-instances.test.ts"], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
  });
}

/**
 * PostgreSQL failover under the app (tests/ha): Patroni, etcd and HAProxy from Debian (scripts/postgres-ha.sh
 * starts its own two-node cluster in a temporary folder, so no DATABASE_URL is needed) and the production
 * build the end-to-end phase made. Skipped, saying why, when a package is missing; CI installs them.
 */
async function haFailoverPhase(): Promise<number> {
  const missing = [
    ["patroni", ["/usr/bin/patroni"]],
    ["etcd-server", ["/usr/bin/etcd"]],
    ["haproxy", ["/usr/sbin/haproxy", "/usr/bin/haproxy"]],
    ["postgresql-15", ["/usr/lib/postgresql/15/bin/postgres"]],
  ].filter(([, paths]) => !(paths as string[]).some((p) => existsSync(p)));
  if (missing.length) {
    const names = missing.map(([name]) => name).join(" ");
    console.log(`[test] PostgreSQL failover (Patroni + HAProxy): skipped (not installed: apt-get install -y ${names})`);
    return 0;
  }
  return run(["--import", "tsx", "--test", "tests/ha/failover.test.ts"], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
  });
}

async function main(): Promise<number> {
  console.log(`[test] fresh databases: ${process.env.DATABASE_URL ? "on the DATABASE_URL server" : "embedded PGlite (in memory)"}`);
  let failed = 0;
  if (!e2eOnly) failed += await vitestPhase();
  if (!noE2e) failed += await e2ePhase();
  if (!noE2e) failed += await multiInstancePhase();
  if (!noE2e) failed += await haFailoverPhase();
  console.log(failed ? "[test] FAILED" : "[test] all passed");
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
