import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { createSubmittedAssessment, deleteAssessment } from "./db";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

// Issue 10 §3: a department with an approved 1.0 assessment starts the 2.0 cycle, starts from last cycle's
// answers, sees "来自上期，请确认" on the carried ones, and confirms one.
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

/** Removes the demo department's assessments in both open cycles (2.0 first: nothing refers to it). */
async function cleanUp() {
  await query(
    `DELETE FROM assessment a USING assessment_cycle c, framework_version f, org_unit u
      WHERE c.id = a.cycle_id AND f.id = c.framework_version_id AND u.id = a.org_unit_id AND f.version = '2.0' AND u.code = 'DH-SJ'`,
  );
  await deleteAssessment("DH-SJ");
}

test.afterAll(cleanUp);

const question = (page: Page, code: string) => page.locator(`#q-${code.replaceAll(".", "-")}`);

test("a department with an approved 1.0 assessment starts the 2.0 cycle from last cycle's answers and confirms one", async ({ page }) => {
  await cleanUp();
  // The approved 1.0 assessment (the open 1.0 cycle stands in for last cycle): answered, then approved.
  const { assessmentId: source } = await createSubmittedAssessment("DH-SJ");
  await query(`UPDATE assessment SET status = 'APPROVED', approved_at = now(), version = version + 1 WHERE id = $1`, [source]);

  await signIn(page, "respondent@example.gov.cn");
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
  await page.goto("/assessments");
  await page.getByRole("button", { name: /框架 2\.0/ }).click();
  await page.waitForURL(/\/assessments\/[0-9a-f-]{36}/, { timeout: 30_000 });
  const id = new URL(page.url()).pathname.split("/")[2]!;

  const banner = page.getByTestId("carry-over");
  await expect(banner).toContainText("已审核通过");
  await expect(banner).toContainText("上期使用框架 1.0 版，本期使用 2.0 版");
  await expectNoSeriousA11yViolations(page);
  await banner.getByRole("button", { name: "以上期答案为起点" }).click();
  await expect(banner).toContainText(/有 \d+ 道题的答案来自上期/, { timeout: 15_000 });
  const carried = await query<{ n: string }>(`SELECT count(*) AS n FROM response WHERE assessment_id = $1 AND carry_pending`, [id]);
  expect(Number(carried[0]!.n)).toBeGreaterThan(20);
  expect((await query(`SELECT e.id FROM evidence e JOIN response r ON r.id = e.response_id WHERE r.assessment_id = $1`, [id])).length).toBe(0);

  await page.goto(`/assessments/${id}?i=GOV.1`);
  const first = question(page, "GOV.1.1");
  const second = question(page, "GOV.1.2");
  await expect(first.getByTestId("carried-note")).toContainText("来自上期，请确认");
  await expect(second.getByTestId("carried-note")).toContainText("来自上期，请确认");
  // GOV.1.3 is new in 2.0: nothing to carry, no mark.
  await expect(question(page, "GOV.1.3").getByTestId("carried-note")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await first.getByRole("button", { name: "确认此答案" }).click();
  await expect(first.getByTestId("carried-note")).toHaveCount(0);
  await expect(second.getByTestId("carried-note")).toBeVisible();
  const rows = await query<{ code: string; carry_pending: boolean }>(
    `SELECT q.code, r.carry_pending FROM response r JOIN question q ON q.id = r.question_id WHERE r.assessment_id = $1 AND q.code IN ('GOV.1.1', 'GOV.1.2') ORDER BY q.code`,
    [id],
  );
  expect(rows).toEqual([
    { code: "GOV.1.1", carry_pending: false },
    { code: "GOV.1.2", carry_pending: true },
  ]);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
