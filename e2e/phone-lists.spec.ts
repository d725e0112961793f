import { expect, test, type Page } from "@playwright/test";
import { createSubmittedAssessment, deleteAssessment } from "./db";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

// Lists read on a 390 px phone: every row is a card, every action is on screen, nothing scrolls sideways.
test.describe.configure({ mode: "serial" });

const UNIT = "DH-SJ";
const DEPARTMENT = "东湖市数据局";
const CYCLE = "2026 年度 AI 治理成熟度自评估";

test.afterAll(async () => {
  await deleteAssessment(UNIT);
});

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Every visible link and button lies within the viewport's width. */
async function expectActionsOnScreen(page: Page) {
  const offenders = await page.evaluate(() =>
    [...document.querySelectorAll("main a, main button")]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ text: (el.textContent ?? "").trim(), r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.left < 0 || r.right > window.innerWidth)
      .map(({ text }) => text),
  );
  expect(offenders).toEqual([]);
}

test("my assessments: in the navigation, the open cycle first, usable at 390 px", async ({ page }) => {
  await deleteAssessment(UNIT);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "respondent@example.gov.cn");
  const nav = page.getByRole("navigation", { name: "主导航" });
  await nav.getByRole("link", { name: "我的评估" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的评估" })).toBeVisible();
  const current = page.getByRole("list", { name: "当前评估周期" });
  // The demo has two open cycles (framework 1.0 and the 2.0 trial): one row each for the department.
  await expect(current.getByRole("listitem")).toHaveCount(2);
  const row = current.getByRole("listitem").filter({ hasText: CYCLE });
  await expect(row).toContainText(DEPARTMENT);
  await expect(row).toContainText("未开始");
  await expectNoSidewaysScroll(page);
  await expectActionsOnScreen(page);
  await expectNoSeriousA11yViolations(page);

  await row.getByRole("button", { name: `开始填报：${DEPARTMENT}` }).click();
  await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
  await page.goBack();
  await page.reload();
  await expect(page.getByRole("list", { name: "当前评估周期" }).getByRole("listitem").filter({ hasText: CYCLE })).toContainText("填报中");
});

test("my assessments is not for other roles", async ({ page }) => {
  await signIn(page, "reviewer@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "我的评估" })).toHaveCount(0);
  expect((await page.goto("/assessments"))?.status()).toBe(404);
});

test("review queue at 390 px: one card per submission, the review button on screen", async ({ page }) => {
  await createSubmittedAssessment(UNIT);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "reviewer@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.goto("/reviews");
  const pending = page.getByRole("list", { name: /待审核/ });
  await expect(pending.getByRole("link", { name: `审核：${DEPARTMENT}` })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectActionsOnScreen(page);
  await expectNoSeriousA11yViolations(page);
  // The desktop table is the same data, shown from 640 px up.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole("table", { name: /待审核/ }).getByRole("link", { name: `审核：${DEPARTMENT}` })).toBeVisible();
});


/** At 390 px: the list is cards (the desktop table hidden), nothing scrolls sideways, every action is on screen, axe clean. */
async function expectPhoneList(page: Page, listName: RegExp | string) {
  await expect(page.getByRole("list", { name: listName })).toBeVisible();
  await expect(page.getByRole("table", { name: listName })).toBeHidden();
  await expectNoSideways(page);
}
async function expectNoSideways(page: Page) {
  await expectNoSidewaysScroll(page);
  await expectActionsOnScreen(page);
  await expectNoSeriousA11yViolations(page);
}

test("users at 390 px: one card per account, the manage panel opens without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "sysadmin@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.goto("/admin/users");
  await expectPhoneList(page, "用户列表");
  const cards = page.getByRole("list", { name: "用户列表" }).getByRole("listitem");
  expect(await cards.count()).toBeGreaterThan(1);
  const manage = cards.first().getByRole("button", { name: /^管理 / });
  await manage.click();
  await expect(manage).toHaveAttribute("aria-expanded", "true");
  await expectNoSideways(page);
});

test("audit log at 390 px: one card per event, filters and paging on screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "auditor@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.goto("/audit");
  await expectPhoneList(page, "审计记录");
  expect(await page.getByRole("list", { name: "审计记录" }).getByRole("listitem").count()).toBeGreaterThan(0);
});

test("org units at 390 px: the admin list is cards with the edit action on screen; the read-only list too", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "sysadmin@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.goto("/admin/org-units");
  await expect(page.getByRole("heading", { level: 1, name: "组织机构管理" })).toBeVisible();
  await expectPhoneList(page, "机构列表");
  // The server filters: a search finds the demo department, and its editor opens inside the card.
  await page.getByLabel("搜索机构名称或编码").fill(DEPARTMENT);
  await page.getByLabel("搜索机构名称或编码").press("Enter");
  await page.waitForURL(/[?&]q=/);
  const card = page.getByRole("list", { name: "机构列表" }).getByRole("listitem").filter({ hasText: DEPARTMENT });
  await expect(card).toHaveCount(1);
  const edit = card.getByRole("button", { name: `修改 ${DEPARTMENT}` });
  await edit.click();
  await expect(card.getByLabel("中文名称")).toHaveValue(DEPARTMENT);
  await expectNoSideways(page);
  // Sorting is a link that the server follows (URL params), and the list stays cards.
  await page.goto("/admin/org-units?sort=code&dir=desc");
  await expectPhoneList(page, "机构列表");

  await page.context().clearCookies();
  await signIn(page, "oversight@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.goto("/org-units");
  await expectPhoneList(page, "单位列表");
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole("table", { name: "单位列表" })).toBeVisible();
});
