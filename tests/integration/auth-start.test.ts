import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

// `npm start` on an address other machines can reach (issue 7, §1). The real
// script runs with HOST=0.0.0.0 (every interface: not loopback) against its
// own empty database, with --prepare-only so it stops after migrating,
// seeding and checking instead of building and serving.

const root = path.resolve(__dirname, "../..");
const baseUrl = process.env.DATABASE_URL!;
const name = `agm_start_${Date.now()}_${randomBytes(3).toString("hex")}`;
// The suite's embedded PostgreSQL (PGlite, one pooled connection) serves one database only: there the test
// starts an empty embedded database of its own instead of creating one on the server.
const onEmbedded = process.env.DATABASE_POOL_MAX === "1";
let own: EmbeddedPostgres | undefined;
let url = (() => {
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
})();
const dataDir = mkdtempSync(path.join(tmpdir(), "agm-start-"));

async function sql<T>(query: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(query)).rows as T[];
  } finally {
    await c.end();
  }
}

function runStart(env: Record<string, string>, args: string[] = ["--prepare-only"]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", ...args], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "production",
        DATABASE_URL: url,
        DATA_DIR: dataDir,
        NEXTAUTH_SECRET: "x".repeat(40),
        PORT: "3113",
        LOG_LEVEL: "silent",
        ...env,
      } as NodeJS.ProcessEnv,
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}

function runSeed(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "silent" },
      stdio: "ignore",
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

beforeAll(async () => {
  if (onEmbedded) {
    own = await startEmbeddedPostgres({});
    url = own.url;
    return;
  }
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}, 60_000);

afterAll(async () => {
  if (own) {
    await own.stop();
    rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start on a non-loopback address", () => {
  it("seeds nothing into an empty database and says how to create the first administrator", async () => {
    const { code, out } = await runStart({ HOST: "0.0.0.0" });
    expect(out).toContain("demo data not added (demo data is off here)");
    expect(out).toContain("npm run admin:create -- --email");
    expect(out).not.toContain("Demo#2026-AiGov");
    expect(code).toBe(0);
    // Nobody can sign in as the demo system administrator: no account exists at all.
    expect(await sql("SELECT email FROM app_user")).toEqual([]);
    expect(await sql("SELECT code FROM org_unit")).toEqual([]);
    // The framework (reference data) is there.
    expect((await sql<{ n: string }>("SELECT count(*) AS n FROM framework_version"))[0]!.n).not.toBe("0");
  }, 180_000);

  it("refuses to start while demo accounts keep the published password, unless SEED_DEMO=true", async () => {
    expect(await runSeed()).toBe(0);
    expect((await sql("SELECT email FROM app_user WHERE email = 'sysadmin@example.gov.cn'")).length).toBe(1);

    const refused = await runStart({ HOST: "0.0.0.0" });
    expect(refused.code).toBe(2);
    expect(refused.out).toContain("refusing to start");
    expect(refused.out).toContain("sysadmin@example.gov.cn");
    expect(refused.out).toContain("SEED_DEMO=true");

    // Without --prepare-only too: it must not get as far as serving.
    const served = await runStart({ HOST: "0.0.0.0" }, []);
    expect(served.code).toBe(2);
    expect(served.out).not.toContain("building the app");
  }, 180_000);

  it("starts with those demo accounts when SEED_DEMO=true, or on loopback", async () => {
    expect((await sql("SELECT email FROM app_user WHERE email = 'sysadmin@example.gov.cn'")).length).toBe(1);
    expect((await runStart({ HOST: "0.0.0.0", SEED_DEMO: "true" })).code).toBe(0);
    // On loopback the demo is what a newcomer expects.
    const local = await runStart({ HOST: "127.0.0.1" });
    expect(local.code).toBe(0);
    expect(local.out).toContain("demo data not added (database already has organisations)");
  }, 180_000);
});
