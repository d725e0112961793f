import { expect as baseExpect, test } from "@playwright/test";
import { removeAssessments, seedApproved } from "./compare-db";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "serial" });
// Every step re-renders a dashboard of several server-drawn charts; a busy machine needs more than the default minute.
test.setTimeout(240_000);

// Approved results for departments of both cities and the province (not DH-SJ, which other specs use).
const PLAN = {
  "DH-RS": { GOV: 3, SVC: 3, SUP: 2, MON: 4 },
  "DH-SJJ": { GOV: 2, SVC: 4, SUP: 3, MON: 1 },
  "QH-ZW": { GOV: 4, SVC: 3, SUP: 4, MON: 2 },
  "QH-MZ": { GOV: 5, SVC: 4, SUP: 4, MON: 3 },
  "XL-JT": { GOV: 2, SVC: 2, SUP: 2, MON: 2 },
  "SF-GA": { GOV: 3, SVC: 5, SUP: 3, MON: 3 },
} as const;
const DONGHU = ["东湖市人力资源和社会保障局", "东湖市市场监督管理局", "清河县政务服务中心", "清河县民政局"];
const MON = "常态化监测预警机制";

test.beforeAll(async () => {
  await removeAssessments(Object.keys(PLAN));
  await seedApproved(PLAN);
});
test.afterAll(async () => {
  await removeAssessments(Object.keys(PLAN));
});

/** Unit names and their row texts, from the desktop table of the league. */
async function leagueRows(page: import("@playwright/test").Page) {
  const table = page.locator("#league table").first();
  // Each widget streams in its own Suspense boundary: wait for the table, not just the URL.
  await expect(table.locator("tbody tr").first()).toBeVisible();
  return table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "")));
}

test("oversight compares the province: filter a city, sort by MON, radar of three, export equals the table", async ({ page }) => {
  await signIn(page, "oversight@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "单位比较" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "单位比较" })).toBeVisible();
  await expect(page.locator('[data-tile="approved"]')).toHaveText("6");
  await expectNoSeriousA11yViolations(page);

  // One city.
  await page.getByLabel("地区").selectOption({ label: "东湖市" });
  await page.getByRole("button", { name: "应用" }).click();
  await expect(page).toHaveURL(/region=/);
  let rows = await leagueRows(page);
  const names = rows.map((r) => r[0]!);
  expect(names.filter((n) => DONGHU.includes(n)).sort()).toEqual([...DONGHU].sort());
  expect(names.some((n) => n.startsWith("西岭") || n.startsWith("示范省"))).toBe(false);

  // Sort by the monitoring dimension, ascending: approved units come in MON order, unscored ones last.
  await page.locator("#league table").first().getByRole("link", { name: new RegExp(MON) }).click();
  await expect(page).toHaveURL(/sort=dim%3AMON|sort=dim:MON/);
  await expect(page.locator('#league th[aria-sort="ascending"]')).toContainText(MON);
  rows = await leagueRows(page);
  const header = await page.locator("#league table").first().locator("thead th").allTextContents();
  const monCol = header.findIndex((h) => h.includes(MON));
  const mon = rows.map((r) => r[monCol]!).filter((v) => v !== "—").map(Number);
  expect(mon).toEqual([0, 25, 50, 75]);
  expect(rows[0]![0]).toBe("东湖市市场监督管理局");

  // Radar of three units, each added from its row; the radar's table carries the same numbers as the league.
  for (const name of ["东湖市市场监督管理局", "清河县政务服务中心", "清河县民政局"]) {
    await page.getByRole("link", { name: `加入雷达图：${name}` }).first().click();
    await expect(page.getByTestId("radar-table").getByRole("rowheader", { name })).toBeVisible();
  }
  const radar = await page.getByTestId("radar-table").locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector("th")?.textContent?.trim(), ...[...tr.querySelectorAll("td")].map((td) => td.textContent?.trim())]),
  );
  expect(radar).toHaveLength(3);
  rows = await leagueRows(page);
  const dimCols = ["人工智能总体治理框架", "智能化政务服务效能", "公开透明的监管规则", MON].map((d) => header.findIndex((h) => h.includes(d)));
  for (const r of radar) {
    const row = rows.find((x) => x[0] === r[0])!;
    expect(r.slice(1)).toEqual(dimCols.map((c) => row[c]));
  }
  await expectNoSeriousA11yViolations(page);

  // A unit's trend (opened from its row) shows the same overall index as the league.
  const overallCol = header.findIndex((h) => h.includes("总体指数"));
  const qhmz = rows.find((r) => r[0] === "清河县民政局")!;
  await page.getByRole("link", { name: "查看趋势：清河县民政局" }).first().click();
  await expect(page.getByRole("heading", { name: "清河县民政局：各周期指数" })).toBeVisible();
  await expect(page.locator("#trend table tbody tr").first()).toContainText(qhmz[overallCol]!);

  // Each compared unit's own results page (opened from its name in the league) shows the same numbers as its row.
  await page.goBack();
  for (const r of radar) {
    const row = rows.find((x) => x[0] === r[0])!;
    await page.locator("#league table").first().getByRole("link", { name: r[0]!, exact: true }).click();
    await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}\/results$/);
    await expect(page.getByTestId("overall-index")).toHaveText(row[overallCol]!);
    for (const [i, d] of ["人工智能总体治理框架", "智能化政务服务效能", "公开透明的监管规则", MON].entries()) {
      await expect(page.getByRole("row", { name: new RegExp(d) }).first()).toContainText(row[dimCols[i]!]!);
    }
    await page.goBack();
    await expect(page.locator("#league table").first()).toBeVisible();
  }

  // Export: the CSV's rows equal the table's rows.
  const href = await page.getByTestId("export-csv").getAttribute("href");
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  const csv = (await res.text()).replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(","));
  rows = await leagueRows(page);
  expect(csv.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r[0]));
  expect(csv.slice(1).map((r) => r[5])).toEqual(rows.map((r) => r[overallCol]));
  // Every cell: the file's rows are the table's rows without the actions column.
  expect(csv.slice(1)).toEqual(rows.map((r) => r.slice(0, -1)));
});

test("the comparison reads at 375 px: cards, no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, "oversight@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.goto("/compare");
  await expect(page.getByRole("list", { name: /单位排名/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
});

test("every table of the comparison reads at 390 px: cards, no cell squeezed to a character per line, nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "oversight@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.goto("/compare");
  // One unit on the radar, so its table is on the page too.
  await page.getByRole("link", { name: /^加入雷达图：/ }).first().click();
  await expect(page).toHaveURL(/units=/);
  // League, roll-up, sectors, heat map, trend, distribution and radar: each one card per row (the desktop table hidden).
  for (const name of [/^单位排名/, /下级单位汇总$/, "按行业汇总", "热力图：本页单位 × 维度", "趋势", "各维度分布", "雷达图对比"]) {
    const list = page.getByRole("list", { name, exact: true });
    await expect(list).toBeVisible();
    expect(await list.getByRole("listitem").count()).toBeGreaterThan(0);
    await expect(page.getByRole("table", { name, exact: true })).toBeHidden();
  }
  await expect(page.getByTestId("heatmap-legend")).toContainText("初始级");
  await expect(page.getByTestId("heatmap-legend")).toContainText("优化级");
  // No visible cell, card label or card value is narrower than three characters of 14 px text.
  const squeezed = await page.evaluate(() =>
    [...document.querySelectorAll("main th, main td, main dt, main dd")]
      .filter((el) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().width < 40)
      .map((el) => el.textContent?.trim()),
  );
  expect(squeezed).toEqual([]);
  // Neither the page nor any box inside it scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const scrollers = await page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(scrollers).toEqual([]);
  await expectNoSeriousA11yViolations(page);
});

test("auditor and department users get no comparison page", async ({ page }) => {
  for (const email of ["auditor@example.gov.cn", "respondent@example.gov.cn"]) {
    await signIn(page, email);
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "单位比较" })).toHaveCount(0);
    const res = await page.goto("/compare");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("单位比较");
    await page.context().clearCookies();
  }
});

test("oversight checks the rules now, sees the warning with its numbers and acknowledges it with a note", async ({ page }) => {
  await signIn(page, "oversight@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.goto("/warnings");
  await expect(page.getByRole("heading", { level: 1, name: "预警" })).toBeVisible();
  await page.getByRole("button", { name: "立即按规则检查" }).click();
  await expect(page.getByRole("status")).toContainText("检查完成");
  await page.goto("/warnings?rule=MON_LOW");
  // 东湖市市场监督管理局 was approved with the monitoring dimension at level 1.
  const card = page.locator("table tbody tr", { hasText: "东湖市市场监督管理局" }).first();
  await expect(card).toContainText("监测预警维度为第 1 级，低于第 2 级");
  await expect(card).toContainText("严重");
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: /预警/ })).toContainText(/\d/);
  await expectNoSeriousA11yViolations(page);
  await card.getByRole("textbox").fill("已约谈该单位，要求一个月内建立监测机制。");
  await card.getByRole("button", { name: "确认" }).click();
  await expect(page.locator("table tbody tr", { hasText: "东湖市市场监督管理局" }).first()).toContainText("已确认");

  // Thresholds per scope: the province office picks one of its cities and sets that city's own.
  const scope = page.getByLabel("设置范围");
  await scope.selectOption((await scope.locator("option", { hasText: "东湖市" }).first().getAttribute("value"))!);
  await page.getByRole("button", { name: "切换范围" }).click();
  await expect(page.getByText("适用于东湖市及其下级单位")).toBeVisible();
  await expect(page.getByText("当前沿用上级或默认阈值。")).toBeVisible();
  // Filled until it holds: on a busy machine a fill that lands while the form hydrates can keep the old value in
  // front of the new one ("1020"), which is the test's timing, not what a person typing sees.
  const drop = page.getByLabel("总体指数下降（分）");
  await expect(async () => {
    await drop.fill("20");
    await expect(drop).toHaveValue("20", { timeout: 1000 });
  }).toPass();
  await page.getByRole("button", { name: "保存阈值" }).click();
  await expect(page.getByRole("status").filter({ hasText: "阈值已保存" })).toBeVisible();
  await expect(page.getByText("当前沿用上级或默认阈值。")).toHaveCount(0);
  await expect(page.getByLabel("总体指数下降（分）")).toHaveValue("20");
});
