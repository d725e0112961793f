import { expect, test } from "@playwright/test";
import { allQuestions, latestFramework } from "../lib/framework";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

// A long public page and three axe runs: more than the default minute on a busy machine (as in questionnaire.spec).
test.describe.configure({ timeout: 120_000 });

// The page shows the newest framework version by default (2.0 since issue 10); older ones via ?version=.
const QUESTIONS = allQuestions(latestFramework).length;

test("the methodology is public, complete and accessible in Chinese and English", async ({ page }) => {
  // Served to anonymous readers from the page cache with a hash-based policy (lib/http/page-cache.ts):
  // nothing may be refused by it, and the page must hydrate (the language switch below needs it).
  const refused: string[] = [];
  page.on("console", (m) => void (/Content Security Policy|Refused to (?:execute|load)/i.test(m.text()) && refused.push(m.text())));
  page.on("pageerror", (e) => void refused.push(e.message));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  const response = await page.goto("/methodology");
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
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
  await expect(page.getByRole("heading", { level: 2, name: /人工智能总体治理框架/ })).toBeVisible();

  // A reload after switching: the English copy (the locale cookie is part of the cache key), still hydrated.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: /Overall AI governance framework/ })).toBeVisible();
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  expect(refused).toEqual([]);
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
