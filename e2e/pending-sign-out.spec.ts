import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { demoAssessmentId, signIn } from "./helpers";

/**
 * Issue 15 §2: answers kept in the browser belong to the signed-in user —
 * keyed by user, sent once more at sign-out (with a warning when that fails),
 * then cleared, and never sent under another user's session.
 */

test.describe.configure({ timeout: 120_000 });

let assessmentId = "";
const CODES = ["GOV.4.2", "GOV.4.3"];

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const storedLevel = async (code: string) =>
  (
    await query<{ level: number | null }>(
      `SELECT r.level FROM response r JOIN question q ON q.id = r.question_id WHERE r.assessment_id = $1 AND q.code = $2`,
      [assessmentId, code],
    )
  )[0]?.level ?? null;

async function clearAnswers() {
  await query(
    `DELETE FROM response r USING question q WHERE q.id = r.question_id AND r.assessment_id = $1 AND q.code = ANY($2)`,
    [assessmentId, CODES],
  );
}

test.beforeAll(async () => {
  assessmentId = await demoAssessmentId();
  await clearAnswers();
});
test.afterAll(clearAnswers);

const question = (page: Page, code: string) => page.locator(`#q-${code.replaceAll(".", "-")}`);
const level = (page: Page, code: string, n: number) => question(page, code).getByRole("radio", { name: new RegExp(`^L${n} `) });
const pendingKeys = (page: Page) =>
  page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith("aigov.questionnaire.pending:")));

async function open(page: Page, email: string) {
  await signIn(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
  await page.goto(`/assessments/${assessmentId}?i=GOV.4`);
  await expect(question(page, "GOV.4.2")).toBeVisible();
}

const blockSaves = (page: Page) =>
  page.route("**/assessments/**", (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue()));

test("sign-out sends a pending answer once more; what cannot be sent is warned about, then nothing is left", async ({ page }) => {
  await open(page, "respondent@example.gov.cn");
  await blockSaves(page);
  await level(page, "GOV.4.2", 3).click();
  await expect(question(page, "GOV.4.2").getByRole("status").first()).toContainText("网络或服务暂时不可用，答案已保留，将自动重试");
  const [user] = await query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'respondent@example.gov.cn'`);
  expect(await pendingKeys(page)).toEqual([`aigov.questionnaire.pending:${user!.id}:${assessmentId}:GOV.4.2`]);

  // The connection is back just as the user signs out: the answer goes with the sign-out.
  await page.unroute("**/assessments/**");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await storedLevel("GOV.4.2")).toBe(3);
  expect(await pendingKeys(page)).toEqual([]);

  // Still offline at sign-out: a warning, then the answer is gone from this browser, not sent.
  await open(page, "respondent@example.gov.cn");
  await blockSaves(page);
  await level(page, "GOV.4.3", 2).click();
  await expect(question(page, "GOV.4.3").getByRole("status").first()).toContainText("答案已保留");
  await page.getByRole("button", { name: "退出登录" }).click();
  const dialog = page.getByRole("dialog", { name: "仍有答案未保存" });
  await expect(dialog).toContainText("有 1 条答案尚未保存到服务器");
  await dialog.getByRole("button", { name: "仍然退出" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await pendingKeys(page)).toEqual([]);
  expect(await storedLevel("GOV.4.3")).toBeNull();
});

test("another user's kept answer is never restored or sent under the next user's session", async ({ page }) => {
  const [respondent] = await query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'respondent@example.gov.cn'`);
  await open(page, "deptadmin@example.gov.cn");
  // As if left behind on a shared PC by the respondent (e.g. the browser crashed before sign-out).
  await page.evaluate(
    (key) => window.localStorage.setItem(key, JSON.stringify({ answer: { level: 5, na: false, naReason: "", note: "别人的答案" }, baseVersion: 0, at: new Date().toISOString() })),
    `aigov.questionnaire.pending:${respondent!.id}:${assessmentId}:GOV.4.3`,
  );
  await page.reload();
  await expect(question(page, "GOV.4.3")).toBeVisible();
  await expect(level(page, "GOV.4.3", 5)).toHaveAttribute("aria-checked", "false");
  await page.waitForTimeout(1500);
  expect(await storedLevel("GOV.4.3")).toBeNull();
});
