import { expect, test } from "@playwright/test";
import { allQuestions, defaultFramework } from "../lib/framework";
import { demoAssessmentId, signIn } from "./helpers";

// The questionnaire hands the browser the reader's language only; switching language brings the other.
const first = allQuestions(defaultFramework)[0]!;

test("the questionnaire sends one language and switches to the other on request", async ({ page }) => {
  const id = await demoAssessmentId();
  await signIn(page, "respondent@example.gov.cn");
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  const response = await page.goto(`/assessments/${id}`);
  const html = (await response?.text()) ?? "";
  expect(html).toContain(first.text["zh-CN"].slice(0, 12));
  expect(html).not.toContain(first.text.en.slice(0, 40));
  // No improvement-action text travels with the questionnaire either.
  expect(html).not.toContain(first.actions[0]!["zh-CN"].slice(0, 20));

  await page.getByRole("group", { name: "切换语言" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByText(first.text.en.slice(0, 40)).first()).toBeVisible();
  await page.getByRole("group", { name: "Change language" }).getByRole("button", { name: "中文" }).click();
  await expect(page.getByText(first.text["zh-CN"].slice(0, 12)).first()).toBeVisible();
});
