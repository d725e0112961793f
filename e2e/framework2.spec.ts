import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { allQuestions, defaultFramework, framework2 } from "../lib/framework";
import { mapping1to2 } from "../lib/framework/versions/mapping-1.0-2.0";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

// Framework 2.0 (issue 10): the applicability profile, profile-N/A questions, criteria on the level cards,
// the version diff and 1.0 kept readable.
test.describe.configure({ timeout: 180_000 });

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The demo department's assessment in the open 2.0 cycle, created fresh (the seed adds that cycle). */
async function fresh2Assessment(): Promise<string> {
  await removeAssessment();
  const rows = await query<{ id: string }>(
    `INSERT INTO assessment (id, cycle_id, org_unit_id, updated_at)
     SELECT gen_random_uuid(), c.id, u.id, now()
       FROM assessment_cycle c JOIN framework_version f ON f.id = c.framework_version_id, org_unit u
      WHERE c.status = 'OPEN' AND f.version = '2.0' AND u.code = 'DH-SJ'
      LIMIT 1
     RETURNING id`,
  );
  if (!rows[0]) throw new Error("no open 2.0 cycle or no DH-SJ unit: is the database seeded?");
  return rows[0].id;
}

/** Leaves the demo department without a 2.0 assessment, as the seed left it. */
async function removeAssessment() {
  await query(
    `DELETE FROM assessment a USING assessment_cycle c, framework_version f, org_unit u
      WHERE c.id = a.cycle_id AND f.id = c.framework_version_id AND u.id = a.org_unit_id AND f.version = '2.0' AND u.code = 'DH-SJ'`,
  );
}

test.afterAll(removeAssessment);

const question = (page: Page, code: string) => page.locator(`#q-${code.replaceAll(".", "-")}`);

async function answerProfile(page: Page, n: number, option: string) {
  const fieldset = page.getByRole("group", { name: new RegExp(`^${n}\\. `) });
  await fieldset.getByLabel(option, { exact: true }).check();
}

test("a respondent fills the profile, sees the N/A questions marked, answers, and the level cards show criteria", async ({ page }) => {
  const id = await fresh2Assessment();
  await signIn(page, "respondent@example.gov.cn");
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
  await page.goto(`/assessments/${id}?i=GOV.2`);
  await expect(page.getByRole("heading", { level: 2, name: "第一步：适用情况" })).toBeVisible();

  // "No AI in production, staff use external tools only".
  await answerProfile(page, 1, "否");
  await answerProfile(page, 2, "是");
  await answerProfile(page, 3, "没有在用应用");
  await answerProfile(page, 4, "否");
  await answerProfile(page, 5, "否");
  await answerProfile(page, 6, "否");
  await answerProfile(page, 7, "否");
  await answerProfile(page, 8, "否");
  await page.getByRole("button", { name: "保存适用情况" }).click();
  await expect(page.getByText("适用情况已保存。")).toBeVisible();
  await expect(page.getByText("依据当前适用情况，17 道题不适用。")).toBeVisible();
  const saved = await query<{ answers: Record<string, string> }>(`SELECT answers FROM assessment_profile WHERE assessment_id = $1`, [id]);
  expect(saved[0]?.answers.production).toBe("no");

  // GOV.2.2 (application owners) is N/A by profile: marked with the reason, its levels cannot be chosen.
  const owners = question(page, "GOV.2.2");
  await expect(owners.getByTestId("profile-na")).toContainText("本题不适用（依据适用情况自动判定）");
  await expect(owners.getByTestId("profile-na")).toContainText("没有在生产环境运行的人工智能应用");
  await expect(owners.getByRole("radio").first()).toBeDisabled();
  // GOV.2.1 stays applicable: no mark, and it shows the scope note and the answering rule.
  const lead = question(page, "GOV.2.1");
  await expect(lead.getByTestId("profile-na")).toHaveCount(0);
  await expect(lead).toContainText("全部条件均满足的最高一级");
  await expect(lead).toContainText("本题所称人工智能应用");

  // The level cards list the criteria, numbered, L3 and above on top of the level below.
  const l3 = lead.getByRole("radio", { name: /^L3 / });
  const gov21 = framework2.dimensions[0]!.indicators[1]!.questions[0]!;
  for (const c of gov21.criteria!["3"]) await expect(l3).toContainText(c["zh-CN"]);
  await expect(l3).toContainText("在上一级（第 2 级）条件全部满足的基础上");

  await l3.click();
  await expect
    .poll(async () => (await query<{ level: number | null }>(
      `SELECT r.level FROM response r JOIN question q ON q.id = r.question_id WHERE r.assessment_id = $1 AND q.code = 'GOV.2.1'`,
      [id],
    ))[0]?.level ?? null, { timeout: 15_000 })
    .toBe(3);
  await expectNoSeriousA11yViolations(page);

  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
});

test("the version diff page lists the 1.0 → 2.0 mapping, and reads at 375 px", async ({ page }) => {
  await page.goto("/methodology/versions?from=1.0&to=2.0");
  await expect(page.getByRole("heading", { level: 1, name: "框架版本差异" })).toBeVisible();
  await expect(page.getByTestId("mapping-entry")).toHaveCount(mapping1to2.entries.length);
  for (const kind of ["改写", "合并", "拆分", "删除", "新增"]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${kind} `) })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the methodology shows 2.0 with its glossary and crosswalk filter, and keeps 1.0 readable", async ({ page }) => {
  await page.goto("/methodology?nist=MANAGE#crosswalk");
  await expect(page.locator("article")).toHaveCount(allQuestions(framework2).length);
  await expect(page.getByRole("heading", { level: 2, name: "术语" })).toBeVisible();
  await expect(page.getByTestId("crosswalk-count")).toContainText(/共 \d+ 道题/);
  await expectNoSeriousA11yViolations(page);
  await page.goto("/methodology?version=1.0");
  await expect(page.locator("article")).toHaveCount(allQuestions(defaultFramework).length);
  await expect(page.getByText("正在查看版本 1.0。")).toBeVisible();
});
