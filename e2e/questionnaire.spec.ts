import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { demoAssessmentId, expectNoSeriousA11yViolations, signIn } from "./helpers";

// Several page loads, sign-ins and axe runs per test: more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

// One department's assessment, reset to an empty draft before the run so each test starts from known answers.
let assessmentId = "";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function stored(questionCode: string) {
  const rows = await query<{ version: number; level: number | null }>(
    `SELECT r.version, r.level FROM response r JOIN question q ON q.id = r.question_id
      WHERE r.assessment_id = $1 AND q.code = $2`,
    [assessmentId, questionCode],
  );
  return rows[0] ?? null;
}

/** Pending answers are kept per user (issue 15 §2): the key names the user. */
async function pendingKeyOf(email: string, questionCode: string) {
  const [user] = await query<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]);
  return `aigov.questionnaire.pending:${user!.id}:${assessmentId}:${questionCode}`;
}

async function resetAssessment() {
  await query(`DELETE FROM score_snapshot WHERE assessment_id = $1`, [assessmentId]);
  await query(`DELETE FROM response WHERE assessment_id = $1`, [assessmentId]);
  await query(
    `UPDATE assessment SET status = 'DRAFT', version = 1, targets = '{}', submitted_at = NULL, approved_at = NULL, updated_at = now()
      WHERE id = $1`,
    [assessmentId],
  );
}

test.beforeAll(async () => {
  assessmentId = await demoAssessmentId();
  await resetAssessment();
});

// Leave the demo assessment as an empty draft for whatever runs next.
test.afterAll(resetAssessment);

async function open(page: Page, email: string, indicator: string) {
  await signIn(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
  await page.goto(`/assessments/${assessmentId}?i=${indicator}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${indicator.replace(".", "\\.")} `) })).toBeVisible();
}

const question = (page: Page, code: string) => page.locator(`#q-${code.replaceAll(".", "-")}`);
const level = (page: Page, code: string, n: number) =>
  question(page, code).getByRole("radio", { name: new RegExp(`^L${n} `) });

test("answers by keyboard alone are saved and come back after a reload", async ({ page }) => {
  await open(page, "respondent@example.gov.cn", "GOV.1");
  const jump = page.getByRole("button", { name: "跳到第一道未作答的题目" });

  // GOV.1.1: jump to it, Tab into the levels, Space selects L1, arrows move the selection to L3.
  await jump.focus();
  await page.keyboard.press("Enter");
  await expect(question(page, "GOV.1.1")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(level(page, "GOV.1.1", 1)).toBeFocused();
  await page.keyboard.press("Space");
  await expect(level(page, "GOV.1.1", 1)).toHaveAttribute("aria-checked", "true");
  // One key at a time: each arrow moves focus and selection, and the next key must reach the newly focused card.
  await page.keyboard.press("ArrowDown");
  await expect(level(page, "GOV.1.1", 2)).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("ArrowDown");
  await expect(level(page, "GOV.1.1", 3)).toHaveAttribute("aria-checked", "true");
  await expect(question(page, "GOV.1.1").getByRole("status").first()).toContainText("已保存");
  // L3 needs evidence: the hint says so.
  await expect(question(page, "GOV.1.1")).toContainText("该等级需提供佐证材料");

  // GOV.1.2 and GOV.1.3 the same way; the jump now lands on the next unanswered question.
  await jump.focus();
  await page.keyboard.press("Enter");
  await expect(question(page, "GOV.1.2")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(level(page, "GOV.1.2", 1)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(level(page, "GOV.1.2", 2)).toHaveAttribute("aria-checked", "true");
  await expect(question(page, "GOV.1.2").getByRole("status").first()).toContainText("已保存");

  await jump.focus();
  await page.keyboard.press("Enter");
  await expect(question(page, "GOV.1.3")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(level(page, "GOV.1.3", 1)).toBeFocused();
  await page.keyboard.press("Space");
  await expect(level(page, "GOV.1.3", 1)).toHaveAttribute("aria-checked", "true");
  await expect(question(page, "GOV.1.3").getByRole("status").first()).toContainText("已保存");
  await expect(page.getByText("全部答案已保存")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "评估指标导航" })).toContainText("已作答 3 / 12");

  await page.reload();
  await expect(level(page, "GOV.1.1", 3)).toHaveAttribute("aria-checked", "true");
  await expect(level(page, "GOV.1.2", 2)).toHaveAttribute("aria-checked", "true");
  await expect(level(page, "GOV.1.3", 1)).toHaveAttribute("aria-checked", "true");
  await expect(question(page, "GOV.1.1").getByRole("status").first()).toContainText("李填报");
});

test("an answer changed while offline is kept, retried and saved exactly once", async ({ page }) => {
  await open(page, "respondent@example.gov.cn", "GOV.2");
  await level(page, "GOV.2.1", 2).click();
  await expect(question(page, "GOV.2.1").getByRole("status").first()).toContainText("已保存");
  const before = await stored("GOV.2.1");
  expect(before?.level).toBe(2);

  // Server actions post to the page's own URL: abort them all.
  await page.route("**/assessments/**", (route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
  );
  await level(page, "GOV.2.1", 4).click();
  await expect(question(page, "GOV.2.1").getByRole("status").first()).toContainText("网络或服务暂时不可用，答案已保留，将自动重试");
  await expect(page.getByText("1 题尚未保存", { exact: true })).toBeVisible();
  const pending = await page.evaluate(
    (key) => window.localStorage.getItem(key),
    await pendingKeyOf("respondent@example.gov.cn", "GOV.2.1"),
  );
  expect(JSON.parse(pending ?? "null")).toMatchObject({ answer: { level: 4 }, baseVersion: before?.version });
  expect((await stored("GOV.2.1"))?.level).toBe(2);

  await page.unroute("**/assessments/**");
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(question(page, "GOV.2.1").getByRole("status").first()).toContainText("已保存");
  await expect(page.getByText("全部答案已保存")).toBeVisible();
  expect(
    await page.evaluate((key) => window.localStorage.getItem(key), await pendingKeyOf("respondent@example.gov.cn", "GOV.2.1")),
  ).toBeNull();

  const after = await stored("GOV.2.1");
  expect(after).toEqual({ level: 4, version: (before?.version ?? 0) + 1 });
  await page.reload();
  await expect(level(page, "GOV.2.1", 4)).toHaveAttribute("aria-checked", "true");
});

test("an answer left unsaved in localStorage is restored and saved on the next visit", async ({ page }) => {
  await open(page, "respondent@example.gov.cn", "GOV.4");
  const key = await pendingKeyOf("respondent@example.gov.cn", "GOV.4.1");
  await page.evaluate(
    (k) => window.localStorage.setItem(k, JSON.stringify({ answer: { level: 3, na: false, naReason: "", note: "离线时填写" }, baseVersion: 0, at: new Date().toISOString() })),
    key,
  );
  await page.reload();
  await expect(level(page, "GOV.4.1", 3)).toHaveAttribute("aria-checked", "true");
  // "已保存 HH:MM" once acknowledged ("最近保存" if the page happened to load again after that).
  await expect(question(page, "GOV.4.1").getByRole("status").first()).toContainText(/已保存|最近保存/);
  await expect.poll(() => page.evaluate((k) => window.localStorage.getItem(k), key)).toBeNull();
  expect((await stored("GOV.4.1"))?.level).toBe(3);
});

test("two people changing the same question: the second sees both answers and keeps theirs", async ({ browser }) => {
  const a = await browser.newContext({ locale: "zh-CN" });
  const b = await browser.newContext({ locale: "zh-CN" });
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await open(pageA, "respondent@example.gov.cn", "GOV.3");
  await open(pageB, "deptadmin@example.gov.cn", "GOV.3");

  await level(pageA, "GOV.3.1", 2).click();
  await expect(question(pageA, "GOV.3.1").getByRole("status").first()).toContainText("已保存");

  // B loaded before A saved.
  await level(pageB, "GOV.3.1", 4).click();
  const dialog = pageB.getByRole("dialog", { name: "GOV.3.1 已被他人修改" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("李填报的答案");
  await expect(dialog).toContainText("L2 受管理级");
  await expect(dialog).toContainText("L4 量化管理级");
  await expectNoSeriousA11yViolations(pageB);
  await dialog.getByRole("button", { name: "保留我的答案" }).click();
  await expect(dialog).toBeHidden();
  await expect(question(pageB, "GOV.3.1").getByRole("status").first()).toContainText("已保存");
  expect((await stored("GOV.3.1"))?.level).toBe(4);

  await pageA.reload();
  await expect(level(pageA, "GOV.3.1", 4)).toHaveAttribute("aria-checked", "true");
  await a.close();
  await b.close();
});

test("the questionnaire is accessible and reads without sideways scrolling at 375 px and 200% zoom", async ({ page }) => {
  await open(page, "deptadmin@example.gov.cn", "GOV.1");
  await expectNoSeriousA11yViolations(page);
  await page.getByText("为什么问这个问题").first().click();
  await expect(page.locator("blockquote[lang='zh-CN']").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  // The navigation stacks above the questions.
  const navBox = await page.getByRole("navigation", { name: "评估指标导航" }).boundingBox();
  const headingBox = await page.getByRole("heading", { level: 2, name: /^GOV\.1 / }).boundingBox();
  expect(navBox && headingBox && navBox.y < headingBox.y).toBe(true);
  await expectNoSeriousA11yViolations(page);

  // A 1366 × 768 screen at 200% zoom lays out like a 683 × 384 viewport.
  await page.setViewportSize({ width: 683, height: 384 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test("the department admin submits a complete assessment, which then reads as locked", async ({ page }) => {
  // Every question answered at L1 (below every evidence threshold), straight in the database.
  await query(
    `INSERT INTO response (id, assessment_id, question_id, level, updated_at)
     SELECT gen_random_uuid(), a.id, q.id, 1, now()
       FROM assessment a
       JOIN assessment_cycle c ON c.id = a.cycle_id
       JOIN dimension d ON d.framework_version_id = c.framework_version_id
       JOIN indicator i ON i.dimension_id = d.id
       JOIN question q ON q.indicator_id = i.id
      WHERE a.id = $1
     ON CONFLICT (assessment_id, question_id) DO UPDATE SET level = 1, na = false, na_reason = NULL, version = response.version + 1`,
    [assessmentId],
  );
  await open(page, "deptadmin@example.gov.cn", "MON.4");
  const submit = page.getByRole("region", { name: "提交审核" });
  await expect(submit).toContainText("全部题目均已填写完整");
  await submit.getByRole("button", { name: "提交审核" }).click();
  const dialog = page.getByRole("dialog", { name: "确认提交自评估" });
  await expect(dialog).toContainText("锁定");
  await dialog.getByRole("button", { name: "确认提交" }).click();

  await expect(page.getByText("已提交待审核")).toBeVisible();
  await expect(page.getByText("本自评估已提交，正在审核")).toBeVisible();
  await expect(level(page, "MON.4.1", 1)).toBeDisabled();
  await expect(page.getByRole("button", { name: "添加链接" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "提交审核" })).toHaveCount(0);
  expect((await query<{ status: string }>(`SELECT status FROM assessment WHERE id = $1`, [assessmentId]))[0]?.status).toBe("SUBMITTED");
  await expectNoSeriousA11yViolations(page);
});
