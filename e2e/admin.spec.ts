import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

/**
 * Issue 7, acceptance 3, at phone width (375 px): a province's system admin
 * imports a 200-unit city (the dry run shows two bad rows; fixed; applied),
 * imports users, grants a respondent a role, opens a cycle for that one city;
 * the respondent signs in through the one-time link, sets a password and
 * starts the assessment; a department outside the city does not see the cycle.
 */

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "serial", timeout: 300_000 });
test.use({ viewport: { width: 375, height: 812 } });

const tag = Date.now().toString(36).slice(-5).toUpperCase();
const CITY = `E2E${tag}`;
const CITY_NAME = `江畔市${tag}`;
const CYCLE = `江畔市试点评估 ${tag}`;
const INSIDE = `in-${tag.toLowerCase()}@e2e.gov.cn`;
const OUTSIDE = `out-${tag.toLowerCase()}@e2e.gov.cn`;
const PASSWORD = "Jiangpan#2026-Pilot";
const dir = mkdtempSync(path.join(tmpdir(), "e2e-admin-"));

function regionCsv(bad: boolean): string {
  const lines = ["编码,上级编码,中文名称,英文名称,类型,行政区划代码,行业领域"];
  lines.push(`${CITY},SF,${CITY_NAME},Jiangpan ${tag},市级,990300,`);
  for (let k = 1; k <= 9; k++) lines.push(`${CITY}-K${k},${CITY},江畔${k}县,County ${k},县（区）级,99030${k},`);
  for (let d = 1; d <= 190; d++) {
    const parent = bad && d === 3 ? `${CITY}-K99` : `${CITY}-K${(d % 9) + 1}`;
    const kind = bad && d === 8 ? "科室" : "部门";
    lines.push(`${CITY}-D${d},${parent},江畔部门${d},Department ${d},${kind},,${d % 2 ? "交通运输" : "卫生健康"}`);
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function upload(page: Page, label: RegExp, p: string) {
  await page.getByLabel(label).setInputFiles(p);
  await page.getByRole("button", { name: "检查（不写入）" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/sign-in/);
}

const links: Record<string, string> = {};

test("a sys admin imports a city, its people, grants a role and opens a cycle for that city", async ({ page }) => {
  await signIn(page, "sysadmin@example.gov.cn");
  await expect(page.getByRole("link", { name: "组织机构管理" })).toBeVisible();
  await page.goto("/admin/org-units");
  await expect(page.getByRole("heading", { level: 1, name: "组织机构管理" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Dry run of the file with two bad rows: both listed, nothing written, import stays disabled.
  await upload(page, /选择文件/, file("units-bad.csv", regionCsv(true)));
  const panel = page.locator("section", { has: page.getByRole("heading", { name: "从文件导入" }) });
  await expect(panel.getByText("2 行有问题")).toBeVisible();
  await expect(panel.getByText(`上级编码“${CITY}-K99”不存在。`)).toBeVisible();
  await expect(panel.getByText("类型“科室”无效", { exact: false })).toBeVisible();
  await expect(panel.getByRole("button", { name: "导入", exact: true })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);

  // The fixed file: clean dry run, then apply.
  await upload(page, /选择文件/, file("units.csv", regionCsv(false)));
  await expect(panel.getByText("检查通过，可以导入。")).toBeVisible();
  await panel.getByRole("button", { name: "导入", exact: true }).click();
  await expect(panel.getByText("导入完成。")).toBeVisible();
  await expect(panel.getByText("共 200 行：新建 200")).toBeVisible();
  // The list finds the new department by search (server-side; on this phone-sized viewport it is a card).
  await page.getByLabel("搜索机构名称或编码").fill(`江畔部门17`);
  await page.getByLabel("搜索机构名称或编码").press("Enter");
  await expect(page.getByRole("list", { name: "机构列表" }).getByText("江畔部门17", { exact: true })).toBeVisible();

  // People: one respondent inside the city, one in a department outside it.
  await page.goto("/admin/users");
  await expectNoSeriousA11yViolations(page);
  const users = `邮箱,姓名,电话,角色,单位编码\n${INSIDE},江填报,,填报人,${CITY}-D1\n${OUTSIDE},西填报,,填报人,XL-JT\n`;
  await upload(page, /选择文件/, file("users.csv", users));
  const userPanel = page.locator("section", { has: page.getByRole("heading", { name: "从文件导入" }) });
  await expect(userPanel.getByText("检查通过，可以导入。")).toBeVisible();
  await userPanel.getByRole("button", { name: "导入", exact: true }).click();
  await expect(userPanel.getByText("导入完成。")).toBeVisible();
  for (const email of [INSIDE, OUTSIDE]) {
    const item = userPanel.locator("li", { hasText: email });
    links[email] = await item.getByTestId("set-password-link").inputValue();
    expect(links[email]).toMatch(/\/set-password\/[A-Za-z0-9_-]{40,}$/);
  }

  // Grant the inside respondent a second department of the city, through the list.
  await page.goto(`/admin/users?q=${encodeURIComponent(INSIDE)}`);
  await page.getByRole("button", { name: "管理 江填报" }).click();
  await page.getByLabel("角色", { exact: true }).last().selectOption("RESPONDENT");
  await page.getByLabel("机构", { exact: true }).last().selectOption({ label: `　　　江畔部门2` });
  await page.getByRole("button", { name: "授予角色" }).click();
  await expect(page.getByText("已授予角色。")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A cycle for the one city.
  await page.goto("/admin/cycles");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("中文名称").fill(CYCLE);
  await page.getByLabel("英文名称").fill(`Jiangpan pilot ${tag}`);
  await page.getByRole("button", { name: "新建评估周期" }).click();
  await expect(page.getByText("评估周期已创建。")).toBeVisible();
  await page.getByLabel("选择方式").selectOption("subtree");
  await page.getByLabel("机构", { exact: true }).selectOption({ label: `　${CITY_NAME}` });
  await page.getByRole("button", { name: "加入参评单位" }).click();
  await expect(page.getByText("已加入 190 个参评单位。")).toBeVisible();
  await page.getByRole("button", { name: "开放周期" }).click();
  await expect(page.getByText("周期已开放。")).toBeVisible();
  await expect(page.getByText("进行中", { exact: false }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await signOut(page);
});

test("the respondent sets a password through the one-time link and starts the city's assessment", async ({ page }) => {
  await page.goto(links[INSIDE]!);
  await expect(page.getByRole("heading", { name: "设置新密码" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("新密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel("确认新密码").fill(PASSWORD);
  await page.getByRole("button", { name: "设置密码" }).click();
  await expect(page.getByText("密码已设置。请使用新密码登录。")).toBeVisible();
  // The link works once.
  await page.goto(links[INSIDE]!);
  await expect(page.getByText("该链接无效、已使用或已过期。", { exact: false })).toBeVisible();

  await signIn(page, INSIDE, PASSWORD);
  await expect(page.getByText(CYCLE).first()).toBeVisible();
  // The demo cycle (open to every department) is listed too; start the city's one.
  await page.getByRole("row", { name: new RegExp(CYCLE) }).filter({ hasText: "江畔部门1" }).getByRole("button", { name: "开始填报：江畔部门1" }).click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/);
  await signOut(page);
});

test("a department outside the city does not see the cycle", async ({ page }) => {
  await page.goto(links[OUTSIDE]!);
  await page.getByLabel("新密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel("确认新密码").fill(PASSWORD);
  await page.getByRole("button", { name: "设置密码" }).click();
  await expect(page.getByText("密码已设置。")).toBeVisible();
  await signIn(page, OUTSIDE, PASSWORD);
  await expect(page.getByRole("heading", { name: "本单位自评估", exact: true })).toBeVisible();
  // The department sees the cycle open to everyone, not the city's.
  await expect(page.getByRole("row").filter({ hasText: "西岭市交通运输局" }).first()).toBeVisible();
  await expect(page.getByText(CYCLE)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
