/**
 * Benchmark: the improvement report (PDF), the results workbook (XLSX) and the
 * results page, for the default framework (48 questions).
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
 *     node --conditions=react-server --import tsx scripts/bench/report.ts
 *
 * It creates a fresh database on that server with the demo data, fills in the
 * demo department's assessment (every question, levels 1–4, N/A where allowed,
 * evidence where needed), approves it through the data layer (so the plan
 * exists), then times 10 runs each of:
 *  - PDF: what GET /api/v1/assessments/{id}/report.pdf does — the read check,
 *    the results view from the database, pdfkit with the embedded CJK font;
 *  - XLSX: the same for results.xlsx (exceljs);
 *  - the results page: with BENCH_PORT set (and a production build present),
 *    it starts `next start` on that port, signs in as the department admin and
 *    times GET /assessments/{id}/results (full server render, HTML received).
 * The database is dropped at the end unless BENCH_KEEP_DB=1.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { freshBenchDatabase } from "./fresh-database";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { median: median.toFixed(0), max: s.at(-1)!.toFixed(0), min: s[0]!.toFixed(0) };
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

async function main() {
  const database = await freshBenchDatabase("agm_bench_report");
  let server: ReturnType<typeof spawn> | undefined;

  try {
    const { migrate } = await import("../../lib/migrate/runner");
    const { db, disconnectDb } = await import("../../lib/db");
    const { seed } = await import("../../lib/data/seed");
    const { checkSession } = await import("../../lib/data/sessions");
    const { approveAssessment } = await import("../../lib/data/assessments/workflow");
    const { getResultsView } = await import("../../lib/data/results/view");
    const { renderReportPdf } = await import("../../lib/report/pdf");
    const { renderResultsXlsx } = await import("../../lib/report/xlsx");

    await migrate({ connectionString: database.url });
    await seed({ demo: true });
    const unit = await db().orgUnit.findUniqueOrThrow({ where: { code: "DH-SJ" } });
    const cycle = await db().assessmentCycle.findFirstOrThrow({ where: { status: "OPEN" } });
    const assessment = await db().assessment.create({ data: { cycleId: cycle.id, orgUnitId: unit.id, status: "SUBMITTED", submittedAt: new Date(), version: 2 } });
    const questions = await db().question.findMany({
      where: { indicator: { dimension: { frameworkVersionId: cycle.frameworkVersionId } } },
      orderBy: [{ indicator: { dimension: { position: "asc" } } }, { indicator: { position: "asc" } }, { position: "asc" }],
    });
    for (const [i, q] of questions.entries()) {
      const na = q.allowNa && i % 3 === 0;
      const level = na ? null : (i % 4) + 1;
      const r = await db().response.create({
        data: { assessmentId: assessment.id, questionId: q.id, level, na, naReason: na ? "本单位不涉及该事项。" : null, note: `第 ${i + 1} 题的填报说明，列明依据和材料。` },
      });
      if (level !== null && level >= q.evidenceFromLevel) {
        await db().evidence.create({ data: { responseId: r.id, kind: "LINK", url: `https://example.gov.cn/evidence/${q.code}` } });
      }
    }
    const actorOf = async (email: string) => {
      const user = await db().user.findUniqueOrThrow({ where: { email } });
      const session = await db().userSession.create({ data: { userId: user.id, sessionVersion: user.sessionVersion } });
      const check = await checkSession(session.id, user.id);
      if (!check.ok) throw new Error("session");
      return check.actor;
    };
    const meta = { ip: "127.0.0.1", userAgent: "bench" };
    await approveAssessment(await actorOf("reviewer@example.gov.cn"), { assessmentId: assessment.id, expectedVersion: 2 }, meta);
    const deptAdmin = await actorOf("deptadmin@example.gov.cn");

    // Warm-up: the framework cache, the font file, JIT.
    const warm = await getResultsView(deptAdmin, assessment.id);
    const sample = await renderReportPdf(warm, "zh-CN");
    await renderResultsXlsx(warm, "zh-CN");

    const rows: string[] = [];
    const row = (what: string, ms: number[], extra = "") => {
      const s = stats(ms);
      rows.push(`| ${what} | ${RUNS} | ${s.median} | ${s.max} | ${s.min} | ${extra} |`);
    };
    row("report.pdf (zh-CN): read check + view + PDF", await time(async () => renderReportPdf(await getResultsView(deptAdmin, assessment.id), "zh-CN")), `${(sample.byteLength / 1024).toFixed(0)} KB`);
    row("report.pdf (en): read check + view + PDF", await time(async () => renderReportPdf(await getResultsView(deptAdmin, assessment.id), "en")));
    row("results.xlsx (zh-CN): read check + view + workbook", await time(async () => renderResultsXlsx(await getResultsView(deptAdmin, assessment.id), "zh-CN")));
    row("results view alone (data layer)", await time(() => getResultsView(deptAdmin, assessment.id)));

    const port = process.env.BENCH_PORT;
    if (port) {
      const root = path.resolve(__dirname, "../..");
      server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: "production",
          NEXTAUTH_URL: `http://127.0.0.1:${port}`,
          NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"),
          NEXT_TELEMETRY_DISABLED: "1",
        },
        stdio: "ignore",
        detached: true,
      });
      const origin = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 120; i++) {
        try {
          if ((await fetch(`${origin}/api/health`)).ok) break;
        } catch {
          /* not up yet */
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      const cookie = await signIn(origin, "deptadmin@example.gov.cn", "Demo#2026-AiGov");
      const page = `${origin}/assessments/${assessment.id}/results`;
      const get = async () => {
        const res = await fetch(page, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`results page answered ${res.status}`);
        return res.text();
      };
      const html = await get();
      await get();
      row("GET /assessments/{id}/results (server render, HTTP)", await time(get), `${(html.length / 1024).toFixed(0)} KB HTML`);
    }

    console.log(`\nImprovement report benchmark — default framework (${questions.length} questions), ${RUNS} runs each, times in ms`);
    console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}\n`);
    console.log("| What | Runs | Median | Max | Min | Notes |\n|---|---|---|---|---|---|");
    for (const r of rows) console.log(r);
    if (process.env.BENCH_KEEP_DB === "1") console.log(`\nkept database ${database.name}; assessment ${assessment.id}`);
    await disconnectDb();
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await database.drop(process.env.BENCH_KEEP_DB === "1");
  }
}

/** next-auth's credentials sign-in, as the browser does it: CSRF token, then the callback; returns the cookies. */
async function signIn(origin: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, v] = pair!.split("=");
      jar.set(k!, v ?? "");
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${origin}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
    redirect: "manual",
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error("sign-in failed");
  return header();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
