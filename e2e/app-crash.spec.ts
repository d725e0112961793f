import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { demoAssessmentId, signIn } from "./helpers";
import { sql } from "./db";

/**
 * Issue 15 §2: the app process is killed with SIGKILL while a respondent
 * answers, then started again. What the screen showed as saved is in the
 * database; what was typed while it was down is kept in the browser, re-sent
 * after the restart and lands; a reload shows all three answers.
 */

const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const base = `http://localhost:${APP_PORT}`;
const CODES = ["GOV.3.1", "GOV.3.2", "GOV.3.3"];
let server: ChildProcess | null = null;
let assessmentId = "";

test.describe.configure({ timeout: 180_000 });

const clear = () =>
  sql(`DELETE FROM response r USING question q WHERE q.id = r.question_id AND r.assessment_id = $1 AND q.code = ANY($2)`, [assessmentId, CODES]);

async function startServer() {
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(APP_PORT), "-H", "localhost"], {
    env: { ...process.env, NEXTAUTH_URL: base, NODE_ENV: "production" },
    stdio: "ignore",
    detached: true,
  });
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error("the app did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
}

function killServer(signal: NodeJS.Signals) {
  if (server?.pid) {
    try {
      process.kill(-server.pid, signal);
    } catch {
      // Already gone.
    }
  }
  server = null;
}

test.beforeAll(async () => {
  assessmentId = await demoAssessmentId();
  await clear();
  await startServer();
});
test.afterAll(async () => {
  killServer("SIGTERM");
  await clear();
});

const question = (page: Page, code: string) => page.locator(`#q-${code.replaceAll(".", "-")}`);
const level = (page: Page, code: string, n: number) => question(page, code).getByRole("radio", { name: new RegExp(`^L${n} `) });
const stored = async () =>
  sql<{ code: string; level: number }>(
    `SELECT q.code, r.level FROM response r JOIN question q ON q.id = r.question_id WHERE r.assessment_id = $1 AND q.code = ANY($2) ORDER BY q.code`,
    [assessmentId, CODES],
  );

test("app killed with SIGKILL mid-session: acknowledged answers stay, answers typed while it was down are re-sent and land", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: base, locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, "respondent@example.gov.cn");
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
  await page.goto(`/assessments/${assessmentId}?i=GOV.3`);
  await level(page, "GOV.3.1", 2).click();
  await expect(question(page, "GOV.3.1").getByRole("status").first()).toContainText("已保存");

  killServer("SIGKILL");
  expect(await stored()).toEqual([{ code: "GOV.3.1", level: 2 }]);

  await level(page, "GOV.3.2", 3).click();
  await level(page, "GOV.3.3", 4).click();
  for (const code of ["GOV.3.2", "GOV.3.3"]) {
    await expect(question(page, code).getByRole("status").first()).toContainText("答案已保留", { timeout: 20_000 });
  }

  await startServer();
  // The browser retries on its own back-off; "online" makes it try now rather than in up to 30 s.
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  for (const code of ["GOV.3.2", "GOV.3.3"]) {
    await expect(question(page, code).getByRole("status").first()).toContainText("已保存", { timeout: 40_000 });
  }
  expect(await stored()).toEqual([
    { code: "GOV.3.1", level: 2 },
    { code: "GOV.3.2", level: 3 },
    { code: "GOV.3.3", level: 4 },
  ]);
  await page.reload();
  await expect(level(page, "GOV.3.1", 2)).toHaveAttribute("aria-checked", "true");
  await expect(level(page, "GOV.3.2", 3)).toHaveAttribute("aria-checked", "true");
  await expect(level(page, "GOV.3.3", 4)).toHaveAttribute("aria-checked", "true");
  await context.close();
});
