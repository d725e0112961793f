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

test("pages refuse roles they are not for, even when typed in directly", async ({ page }) => {
  const matrix: [string, Record<string, number>][] = [
    ["respondent@example.gov.cn", { "/admin/users": 404, "/audit": 404, "/org-units": 404, "/account": 200 }],
    ["sysadmin@example.gov.cn", { "/admin/users": 200, "/audit": 404, "/org-units": 200 }],
    ["auditor@example.gov.cn", { "/admin/users": 404, "/audit": 200, "/org-units": 404 }],
    ["oversight@example.gov.cn", { "/admin/users": 404, "/audit": 404, "/org-units": 200 }],
  ];
  for (const [email, pages] of matrix) {
    await page.context().clearCookies();
    await signIn(page, email);
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
    for (const [path, status] of Object.entries(pages)) {
      const res = await page.goto(path);
      expect(`${email} ${path} ${res?.status()}`).toBe(`${email} ${path} ${status}`);
    }
  }
});

test("the oversight office sees every organisation of the province", async ({ page }) => {
  await signIn(page, "oversight@example.gov.cn");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "单位名录" }).click();
  await expect(page.getByRole("cell", { name: "示范省", exact: true })).toBeVisible();
  // The 20 demo units, and any an administrator imported into the province meanwhile (the admin spec adds a city
  // of 200): the list is paged (50 a page), so a county department is found by the list's own search.
  expect(await page.locator("tbody tr").count()).toBeGreaterThanOrEqual(20);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("搜索单位名称或代码").fill("云溪县卫生健康局");
  await page.getByLabel("搜索单位名称或代码").press("Enter");
  await expect(page.getByRole("cell", { name: "云溪县卫生健康局" })).toBeVisible();
});

test("the system administrator deactivates and reactivates an account", async ({ page }) => {
  await signIn(page, "sysadmin@example.gov.cn");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "用户管理" }).click();
  const row = page.getByRole("row", { name: /deptadmin@example.gov.cn/ });
  await row.getByRole("button", { name: "管理 王管理" }).click();
  await row.getByRole("button", { name: "停用账号" }).click();
  await expect(row.getByText("账号已停用。")).toBeVisible();
  await row.getByRole("button", { name: "启用账号" }).click();
  await expect(row.getByText("账号已启用。")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
