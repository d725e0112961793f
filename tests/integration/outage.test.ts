import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveResponseAction } from "@/app/(app)/assessments/[id]/actions";
import { GET as health } from "@/app/api/health/route";
import { GET as orgUnits } from "@/app/api/v1/org-units/route";
import { db, disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { migrate } from "@/lib/migrate/runner";
import { actAs } from "./fixtures";
import { createAssessmentWorld, startAssessment } from "./assessment-fixtures";

/**
 * Issue 15 §2: the database goes away (a PostgreSQL 15 cluster of this test's
 * own, stopped hard with `pg_ctl -m immediate`, i.e. a crash): actions answer
 * UNAVAILABLE, route handlers and /api/health 503 with Retry-After; once it is
 * back the same client recovers without a restart, retried saves land, and
 * every acknowledged save is there.
 */

const BIN = "/usr/lib/postgresql/15/bin";
const PORT = 3189;
const dir = mkdtempSync(path.join(tmpdir(), "agm-outage-"));
const data = path.join(dir, "data");
const url = `postgresql://postgres@127.0.0.1:${PORT}/postgres`;
const savedUrl = process.env.DATABASE_URL;

// PostgreSQL refuses to run as root: as root (CI containers), run its tools as the `postgres` system user.
const asRoot = process.getuid?.() === 0;
function pgTool(tool: string, args: string[]) {
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", `${BIN}/${tool}`, ...args]] : [`${BIN}/${tool}`, args];
  execFileSync(cmd as string, argv as string[], { stdio: "pipe" });
}
const pgctl = (...args: string[]) => pgTool("pg_ctl", ["-D", data, "-w", "-t", "30", ...args]);
const startCluster = () => pgctl("-o", `-p ${PORT} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`, "-l", path.join(dir, "log"), "start");
const crashCluster = () => pgctl("-m", "immediate", "stop");

let assessmentId: string;
let w: Awaited<ReturnType<typeof createAssessmentWorld>>;

beforeAll(async () => {
  if (!existsSync(`${BIN}/initdb`)) return;
  if (asRoot) {
    const { execFileSync: run } = await import("node:child_process");
    const uid = Number(run("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(run("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  pgTool("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  startCluster();
  await migrate({ connectionString: url, log: () => {} });
  await disconnectDb();
  process.env.DATABASE_URL = url;
  resetEnvCache();
  w = await createAssessmentWorld();
  assessmentId = await startAssessment(w.home.RESPONDENT, w.cycle.id, w.units.D.id);
}, 120_000);

afterAll(async () => {
  await disconnectDb();
  try {
    crashCluster();
  } catch {
    // Already stopped.
  }
  rmSync(dir, { recursive: true, force: true });
  process.env.DATABASE_URL = savedUrl;
  resetEnvCache();
});

const CODES = ["GOV.1.1", "GOV.1.2", "GOV.1.3", "GOV.2.1", "GOV.2.2", "GOV.2.3"];
const save = (code: string, level: number, expectedVersion: number) =>
  saveResponseAction({ assessmentId, questionCode: code, expectedVersion, answer: { level, na: false, naReason: "", note: `${code}@${level}` } });

describe.skipIf(!existsSync(`${BIN}/initdb`))("database outage (needs Debian's postgresql-15 binaries)", () => {
  it("UNAVAILABLE while it is away, 503 with Retry-After from routes and health; afterwards retried saves land and no acknowledged save is lost", async () => {
    actAs(w.home.RESPONDENT);
    const acked = new Map<string, { level: number; version: number }>();
    for (const [i, code] of CODES.entries()) {
      const res = await save(code, (i % 5) + 1, 0);
      expect(res.ok).toBe(true);
      if (res.ok) acked.set(code, { level: (i % 5) + 1, version: res.data.version });
    }
    expect((await health()).status).toBe(200);

    crashCluster();

    const during = await save("GOV.3.1", 4, 0);
    expect(during).toMatchObject({ ok: false, code: "UNAVAILABLE", messageKey: "unavailable" });
    const route = await orgUnits(new Request("http://localhost/api/v1/org-units"));
    expect(route.status).toBe(503);
    expect(route.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await route.json()).error).toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/暂时不可用/) });
    const started = Date.now();
    const h = await health();
    expect(h.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(JSON.stringify(await h.json())).not.toMatch(/ECONN|postgres|stack/i);

    startCluster();

    // The client retries with back-off, as the questionnaire does; the pool reconnects without a restart.
    let retried: Awaited<ReturnType<typeof save>> | undefined;
    for (let attempt = 0; attempt < 20; attempt++) {
      retried = await save("GOV.3.1", 4, 0);
      if (retried.ok || retried.code !== "UNAVAILABLE") break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(retried).toMatchObject({ ok: true });
    expect((await health()).status).toBe(200);

    const rows = await db().response.findMany({ where: { assessmentId }, include: { question: { select: { code: true } } } });
    for (const [code, a] of acked) {
      const row = rows.find((r) => r.question.code === code);
      expect(row, code).toMatchObject({ level: a.level, version: a.version, note: `${code}@${a.level}` });
    }
    expect(rows.find((r) => r.question.code === "GOV.3.1")?.level).toBe(4);
  }, 120_000);
});
