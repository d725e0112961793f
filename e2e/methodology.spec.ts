import { expect, test } from "@playwright/test";
import { allQuestions, latestFramework } from "../lib/framework";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

// A long public page and three axe runs: more than the default minute on a busy machine (as in questionnaire.spec).
test.describe.configure({ timeout: 120_000 });

// The page shows the newest framework version by default (2.0 since issue 10); older ones via ?version=.
const QUESTIONS = allQuestions(latestFramework).length;

test("the methodology is public, complete and accessible in Chinese and English", async ({ page }) => {
  await page.goto("/methodology");
  await expect(page).toHaveURL(/\/methodology$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Four dimensions, all questions, each with its source quote.
  await expect(page.locator("article")).toHaveCount(QUESTIONS);
  await expect(page.locator("blockquote[lang='zh-CN']")).toHaveCount(QUESTIONS);
  await expect(page.getByRole("heading", { level: 2, name: /人工智能总体治理框架/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Open one question's levels with the keyboard.
  const summary = page.locator("summary").first();
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("details").first()).toHaveAttribute("open", "");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: /Overall AI governance framework/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("the methodology is reachable from the home page", async ({ page }) => {
  await signIn(page, "respondent@example.gov.cn");
  await expect(page.getByRole("heading", { name: "李填报，您好" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "评估方法", exact: true }).click();
  await expect(page).toHaveURL(/\/methodology$/);
  await expect(page.locator("article")).toHaveCount(QUESTIONS);
});

test("the methodology reads at 375 px without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/methodology");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
