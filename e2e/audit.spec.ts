import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

test("the audit log reads as sentences, filters, pages and exports — at 390 px without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  // A failed sign-in first, so the log has an event in words to show.
  await signIn(page, "respondent@example.gov.cn", "wrong-password-2026");
  await expect(page.getByText(/邮箱或密码不正确|不正确/).first()).toBeVisible();
  await signIn(page, "auditor@example.gov.cn");
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto("/audit");
  await expect(page.getByRole("heading", { name: "审计日志" })).toBeVisible();
  await expect(page.getByText(/日志链校验通过/)).toBeVisible();
  // Events in words, on cards (phone layout), never raw action codes.
  const cards = page.getByRole("list", { name: "审计记录" });
  await expect(cards.getByText(/登录失败/).first()).toBeVisible();
  await expect(page.getByText("auth.sign_in_failed")).toHaveCount(0);

  // Filter by kind of action: only sign-in events remain.
  await page.getByLabel("操作类别").selectOption("auth");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/what=auth/);
  await expect(cards.getByText(/登录/).first()).toBeVisible();
  await expect(cards.getByText(/演示数据/)).toHaveCount(0);

  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);

  // The CSV carries the current filter and the same words.
  const csvHref = await page.getByRole("link", { name: "导出当前筛选结果（CSV）" }).getAttribute("href");
  expect(csvHref).toContain("what=auth");
  const csv = await page.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("登录");

  // Full verification on request.
  await page.getByRole("link", { name: "完整校验" }).click();
  await expect(page.getByText(/日志链校验通过：已校验/)).toBeVisible();
});
