import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

test("sign in, see the home page in Chinese, switch to English, sign out", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await signIn(page, "oversight@example.gov.cn");
  await expect(page.getByRole("heading", { name: "赵监督，您好" })).toBeVisible();
  await expect(page.getByRole("link", { name: "查看辖区单位情况" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, 赵监督" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoSeriousA11yViolations(page);

  // The choice is remembered on the next visit.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Welcome, 赵监督" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  // Back to Chinese for the other tests.
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
});

test("a wrong password shows a clear message and does not sign in", async ({ page }) => {
  await signIn(page, "respondent@example.gov.cn", "wrong-password-123");
  await expect(page.getByText(/邮箱或密码不正确/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the sign-in form validates in the user's language before sending", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("此项为必填项。").first()).toBeVisible();
});

test("each role sees its own navigation", async ({ page }) => {
  await signIn(page, "auditor@example.gov.cn");
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: "审计日志" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "用户管理" })).toHaveCount(0);
  await nav.getByRole("link", { name: "审计日志" }).click();
  await expect(page.getByText(/日志链校验通过/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // Pages of other roles answer 404 even when typed in directly.
  const res = await page.goto("/admin/users");
  expect(res?.status()).toBe(404);
});
