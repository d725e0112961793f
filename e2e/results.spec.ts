import { expect as baseExpect, test, type Page } from "@playwright/test";
import type { ScoreResult } from "../lib/scoring";
import { createSubmittedAssessment, deleteAssessment, sql } from "./db";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

/**
 * Results issue, acceptance 1: after approval the department admin opens the
 * results page, sees the stored snapshot's numbers, edits two plan items
 * (owner, due date, status) and finds them after a reload; axe finds nothing
 * serious; the page reads at 375 px and at 200 % zoom; an auditor gets a 404.
 */

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "serial", timeout: 300_000 });

const UNIT = "DH-SJ";


async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
}

let id: string;

test.afterAll(async () => {
  await deleteAssessment(UNIT);
});

test("the reviewer approves; the department admin reads the results and tracks two plan items", async ({ page }) => {
  ({ assessmentId: id } = await createSubmittedAssessment(UNIT));

  await signInAs(page, "reviewer@example.gov.cn");
  await page.goto(`/assessments/${id}/review`);
  await page.getByRole("button", { name: "审核通过" }).click();
  await page.getByRole("dialog", { name: "确认审核通过" }).getByRole("button", { name: "确认通过" }).click();
  await expect(page.getByText("审核通过时保存的得分")).toBeVisible();

  const [snap] = await sql<{ result: { self: ScoreResult; verified: ScoreResult } }>(
    "SELECT result FROM score_snapshot WHERE assessment_id = $1 ORDER BY computed_at DESC LIMIT 1",
    [id],
  );
  const { self, verified } = snap!.result;
  const planCount = (await sql<{ n: string }>("SELECT count(*) AS n FROM plan_item WHERE assessment_id = $1", [id]))[0]!.n;
  expect(Number(planCount)).toBe(verified.actions.length);

  await signInAs(page, "deptadmin@example.gov.cn");
  // From the home page's row of the approved assessment.
  await page.getByRole("link", { name: "结果与改进报告" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/results$`));
  await expect(page.getByRole("heading", { level: 1, name: "评估结果与改进报告" })).toBeVisible();

  // The same numbers as the stored snapshot, to one decimal.
  await expect(page.getByTestId("overall-index")).toHaveText(verified.overall.index!.toFixed(1));
  await expect(page.getByTestId("overall-level")).toContainText(`L${verified.overall.level}`);
  const radarRows = page.getByTestId("radar-table").locator("tbody tr");
  for (const [i, d] of verified.dimensions.entries()) {
    await expect(radarRows.nth(i).locator("td").nth(0)).toHaveText(self.dimensions[i]!.index!.toFixed(1));
    await expect(radarRows.nth(i).locator("td").nth(1)).toHaveText(d.index!.toFixed(1));
  }
  await expect(page.locator("figure[role=img] svg").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Two plan items: a named owner, a due date, in progress; a department user, done.
  const items = page.getByTestId("plan-item");
  const first = items.nth(0);
  await first.getByRole("button", { name: /^编辑改进事项/ }).click();
  await first.getByLabel("负责人姓名或处室").fill("综合处 李四");
  await first.getByLabel("完成期限").fill("2026-06-30");
  await first.getByLabel("状态").selectOption({ label: "进行中" });
  await first.getByRole("button", { name: "保存" }).click();
  await expect(first.getByText("已保存")).toBeVisible();

  const second = items.nth(1);
  await second.getByRole("button", { name: /^编辑改进事项/ }).click();
  await second.getByLabel("从本部门人员中选择").selectOption({ index: 1 });
  await second.getByLabel("完成期限").fill("2026-09-30");
  await second.getByLabel("状态").selectOption({ label: "已完成" });
  await second.getByRole("button", { name: "保存" }).click();
  await expect(second.getByText("已保存")).toBeVisible();

  await page.reload();
  await expect(items.nth(0).getByTestId("plan-owner")).toHaveText("综合处 李四");
  await expect(items.nth(0).getByTestId("plan-due")).toContainText("2026-06-30");
  await expect(items.nth(0).getByTestId("plan-status")).toHaveText("进行中");
  await expect(items.nth(1).getByTestId("plan-owner")).not.toHaveText("未指定");
  await expect(items.nth(1).getByTestId("plan-due")).toContainText("2026-09-30");
  await expect(items.nth(1).getByTestId("plan-status")).toHaveText("已完成");
  const audited = await sql<{ n: string }>(
    "SELECT count(*) AS n FROM audit_event WHERE action = 'plan_item.updated' AND entity_id IN (SELECT id::text FROM plan_item WHERE assessment_id = $1)",
    [id],
  );
  expect(Number(audited[0]!.n)).toBe(2);

  // 375 px and 200 % zoom (1366 × 768 at 200 % lays out like 683 × 384): no sideways scrolling.
  for (const size of [{ width: 375, height: 800 }, { width: 683, height: 384 }]) {
    await page.setViewportSize(size);
    await page.reload();
    await expect(page.getByTestId("overall-index")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `results page at ${size.width}×${size.height}`).toBeLessThanOrEqual(0);
  }
  await expectNoSeriousA11yViolations(page);

  // "Print" from the browser (print stylesheet): the report's own header — title, department, cycle — stays;
  // the site's navigation and the page's controls go.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1, name: "评估结果与改进报告" })).toBeVisible();
  await expect(page.locator("[data-results-page] > header").getByText("评估周期")).toBeVisible();
  await expect(page.getByTestId("overall-index")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeHidden();
  await expect(page.getByRole("button", { name: "打印本页" })).toBeHidden();
  await expect(items.nth(0).getByRole("button", { name: /^编辑改进事项/ })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

test("the documents download from the results page, and an auditor finds nothing", async ({ page }) => {
  await signInAs(page, "deptadmin@example.gov.cn");
  await page.goto(`/assessments/${id}/results`);
  const pdf = await page.request.get(`/api/v1/assessments/${id}/report.pdf?lang=zh-CN`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const xlsx = await page.request.get(`/api/v1/assessments/${id}/results.xlsx`);
  expect(xlsx.status()).toBe(200);

  await signInAs(page, "auditor@example.gov.cn");
  const res = await page.goto(`/assessments/${id}/results`);
  expect(res?.status()).toBe(404);
  expect((await page.request.get(`/api/v1/assessments/${id}/report.pdf`)).status()).toBe(403);
});
