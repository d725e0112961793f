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
import { existsSync } from "node:fs";
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
  return { url: pg.url, drop: () => pg.stop() };
}

async function main(): Promise<number> {
  const base = process.env.DATABASE_URL;
  const database = base ? await freshServerDatabase(base) : await freshEmbeddedDatabase();
  console.log(`[test] fresh database: ${base ? "on the DATABASE_URL server" : "embedded PGlite (in memory)"}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NODE_ENV: "test",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"),
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
  };
  const tsx = ["--conditions=react-server", "--import", "tsx"];
  let failed = 0;
  try {
    if ((await run([...tsx, "scripts/migrate.ts"], env)) !== 0) return 1;
    if (!e2eOnly) {
      failed += await run(["node_modules/vitest/vitest.mjs", "run", ...passThrough], env);
    }
    if (!noE2e) {
      if ((await run([...tsx, "prisma/seed.ts"], env)) !== 0) return 1;
      if (!existsSync(path.join(root, ".next", "BUILD_ID")) || process.env.E2E_REBUILD !== "0") {
        console.log("[test] building the app for end-to-end tests…");
        if ((await run(["node_modules/next/dist/bin/next", "build"], { ...env, NODE_ENV: "production" })) !== 0) return 1;
      }
      failed += await run(["node_modules/@playwright/test/cli.js", "test"], { ...env, NODE_ENV: "production" });
    }
  } finally {
    await database.drop().catch((err) => console.error(`[test] could not drop the test database: ${err}`));
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
