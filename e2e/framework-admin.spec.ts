import { expect, test } from "@playwright/test";
import pg from "pg";
import { framework2 } from "../lib/framework";
import { exportFrameworkJson } from "../lib/framework/json";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

// Issue 10 §3: a province's system administrator exports a framework version and imports a variant as JSON.
test.describe.configure({ timeout: 120_000 });

const CODE = "SF-E2E";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

test("the admin page lists the versions, refuses a broken file in words, and publishes a checked variant", async ({ page }) => {
  // A published version never changes, not even for a test: the variant's code is used once per database.
  test.skip((await query(`SELECT 1 FROM framework_version WHERE code = $1`, [CODE])).length > 0, "variant already published in this database");
  await signIn(page, "sysadmin@example.gov.cn");
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "评估框架" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "评估框架" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^导出 .* 2\.0 的 JSON 文件$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const doc = JSON.parse(exportFrameworkJson(framework2));
  doc.code = CODE;
  doc.version = "1.0";
  const broken = structuredClone(doc);
  broken.dimensions[0].indicators[0].questions[1].code = "ZZZ.1.2";
  await page.getByLabel("框架 JSON 文件").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole("button", { name: "检查" }).click();
  await expect(page.getByTestId("framework-problems")).toContainText("题目 ZZZ.1.2 指向不存在的维度 ZZZ");
  await expect(page.getByRole("button", { name: "发布" })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("框架 JSON 文件").setInputFiles({ name: "variant.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
  await page.getByRole("button", { name: "检查" }).click();
  await expect(page.getByText(`检查通过：${CODE} 1.0`)).toBeVisible();
  await page.getByRole("button", { name: "发布" }).click();
  await expect(page.getByText(`已发布：${CODE} 1.0`)).toBeVisible();
  expect(await query(`SELECT status FROM framework_version WHERE code = $1 AND version = '1.0'`, [CODE])).toEqual([{ status: "PUBLISHED" }]);

  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
