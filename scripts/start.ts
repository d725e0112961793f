/**
 * `npm start`: everything a newcomer needs in one command.
 *  1. Without DATABASE_URL, starts an embedded PostgreSQL (PGlite) with its data in DATA_DIR/pg.
 *  2. Applies migrations, loads the framework, and seeds demo data into an empty
 *     database only where it is plainly a demo: on a loopback address, or with
 *     SEED_DEMO=true (scripts/lib/demo-policy.ts). On any other address it
 *     seeds nothing, says how to create the first administrator, and refuses to
 *     start while demo accounts with the published password exist.
 *  3. Builds the app when there is no build or the sources are newer than it.
 *  4. Serves it on HOST:PORT through scripts/server.ts (which hands the app the
 *     socket's address) and prints the demo accounts. Ctrl-C stops everything cleanly.
 * `npm run dev` does the same with the Next dev server instead of a build;
 * `npm start -- --prepare-only` stops after step 2.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { demoPolicy } from "./lib/demo-policy";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { removeEmbeddedAddress, writeEmbeddedAddress } from "./lib/embedded-address";

const root = path.resolve(__dirname, "..");
const dev = process.argv.includes("--dev");
// Migrate, seed and check as a start would, then exit without building or serving (deploy pipelines, tests).
const prepareOnly = process.argv.includes("--prepare-only");
const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "localhost";
const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function log(line: string) {
  console.log(`[start] ${line}`);
}

function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "messages", "public"].map((d) => path.join(root, d)).filter(existsSync);
  const files = ["next.config.js", "proxy.ts", "package-lock.json"].map((f) => path.join(root, f)).filter(existsSync);
  return Math.max(...sources.map(newestMtime), ...files.map((f) => statSync(f).mtimeMs)) > built;
}

function runForCode(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const code = await runForCode(args, env);
  if (code !== 0) throw new Error(`${args.join(" ")} exited with ${code}`);
}

async function main() {
  const policy = demoPolicy(host, process.env.SEED_DEMO);
  mkdirSync(dataDir, { recursive: true });
  let embedded: EmbeddedPostgres | undefined;
  let server: ChildProcess | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server!.once("exit", r));
    }
    await embedded?.stop();
    if (embedded) removeEmbeddedAddress(dataDir);
    log("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg") });
    databaseUrl = embedded.url;
    // `npm run backup` connects here while the app runs (opening pg/ twice would corrupt it).
    writeEmbeddedAddress(dataDir, embedded.url);
    log(`embedded PostgreSQL (PGlite) running, data in ${path.relative(root, path.join(dataDir, "pg"))}/`);
  } else {
    log("using the PostgreSQL server in DATABASE_URL");
    if (!process.env.DATABASE_OWNER_URL) {
      // Allowed (development, a trial), but a real deployment should not run this way: say so at every start.
      log(
        "warning: DATABASE_OWNER_URL is not set, so the role in DATABASE_URL runs the migrations and owns every table — " +
          "it could switch off the audit log's triggers. For a real deployment set DATABASE_OWNER_URL to the owner and " +
          "DATABASE_URL to a runtime role of its own (README, Deployment).",
      );
    }
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    DATA_DIR: dataDir,
    HOST: host,
    PORT: port,
    // The seed step follows the policy, not a default of its own.
    SEED_DEMO: String(policy.seed),
    // PGlite is one PostgreSQL session shared by every connection: one pooled connection keeps queries from interleaving.
    ...(embedded ? { DATABASE_POOL_MAX: "1" } : {}),
  };

  const tsx = ["--conditions=react-server", "--import", "tsx"];
  await run([...tsx, "scripts/migrate.ts"], env);
  if (policy.seed) {
    log(process.env.SEED_DEMO === "true" ? "SEED_DEMO=true: demo data allowed" : `listening on loopback (${host}): demo data allowed`);
  } else {
    log(
      policy.loopback
        ? "SEED_DEMO=false: no demo data"
        : `listening on ${host}, which other machines can reach: no demo data (set SEED_DEMO=true for a demonstration)`,
    );
  }
  await run([...tsx, "prisma/seed.ts"], env);
  if (!policy.seed) {
    const code = await runForCode(
      [...tsx, "scripts/check-deployment.ts", ...(policy.allowPublishedPassword ? [] : ["--refuse-demo"])],
      env,
    );
    if (code !== 0) return stop(code);
  }
  if (prepareOnly) {
    log("prepared (--prepare-only): not serving");
    return stop(0);
  }

  // scripts/server.ts, not `next start`: it hands the app the socket's address (lib/auth/request-meta.ts).
  if (!dev && buildIsStale()) {
    log("building the app (first start or sources changed)…");
    await run([nextBin, "build"], { ...env, NODE_ENV: "production" });
  }
  server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", ...(dev ? ["--dev"] : [])], {
    cwd: root,
    env: { ...env, NODE_ENV: dev ? "development" : "production" },
    stdio: "inherit",
  });
  server.on("exit", (code) => {
    if (!stopping) void stop(code ?? 1);
  });
  printAccounts(`http://${host === "0.0.0.0" ? "localhost" : host}:${port}`, policy.seed);
}

function printAccounts(url: string, demo: boolean) {
  if (!demo) {
    console.log(`\n  AI governance maturity self-assessment — ${url}\n`);
    return;
  }
  // Read lazily: the list lives with the seed so README, seed and this banner never disagree.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DEMO_USERS, DEMO_PASSWORD } = require("../lib/data/demo-data") as typeof import("../lib/data/demo-data");
  const lines = [
    "",
    `  AI governance maturity self-assessment — ${url}`,
    "",
    "  Demo accounts (password for all: " + DEMO_PASSWORD + "):",
    ...DEMO_USERS.map((u) => `    ${u.role.padEnd(11)} ${u.email}`),
    "",
    "  Ctrl-C stops the app and the embedded database; data is kept in .data/.",
    "",
  ];
  console.log(lines.join("\n"));
}

main().catch((err) => {
  console.error(`[start] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
