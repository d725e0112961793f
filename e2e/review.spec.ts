import { expect as baseExpect, test, type Page } from "@playwright/test";
import { defaultFramework } from "../lib/framework";
import { scoreAssessment, type AnswerInput, type ScoreLevel } from "../lib/scoring";
import { createSubmittedAssessment, deleteAssessment, findAssessmentId, resubmit, type SeededAnswer } from "./db";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

// Each step here is a server round-trip that re-renders a ~50-question page; a busy machine needs more than the default wait.
const expect = baseExpect.configure({ timeout: 30_000 });

// Every test here rewrites the DH-SJ assessment of the open cycle, so they run one after the other.
test.describe.configure({ mode: "serial" });

const UNIT = "DH-SJ";
const DEPARTMENT = "东湖市数据局";
// The demo data has two open cycles since framework 2.0 (issue 10): these tests use the 2026 cycle on 1.0.
const CYCLE_1_0 = "2026 年度 AI 治理成熟度自评估";
const COMMENT = "佐证材料不足以支撑所填等级，请补充制度文件。";

// Leave the demo department as the seed left it (no assessment), for whichever spec runs next.
test.afterAll(async () => {
  await deleteAssessment(UNIT);
});

/** Signs in and waits for the home page, so the next navigation does not race the sign-in. */
async function signInAs(page: Page, email: string) {
  await signIn(page, email);
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
}

/** The overall indices the server must store, computed with the same engine from the seeded answers. */
function expectedOverall(answers: SeededAnswer[], verified: Record<string, number>) {
  const questions = new Map(defaultFramework.dimensions.flatMap((d) => d.indicators.flatMap((x) => x.questions)).map((q) => [q.code, q]));
  const input: Record<string, AnswerInput> = {};
  for (const a of answers) {
    const q = questions.get(a.code)!;
    input[a.code] = {
      level: a.level as ScoreLevel | null,
      na: a.na,
      evidence: a.level !== null && a.level >= q.evidenceFromLevel ? 1 : 0,
      verifiedLevel: (verified[a.code] ?? a.level) as ScoreLevel | null,
    };
  }
  const self = scoreAssessment(defaultFramework, input, { basis: "self" }).overall.index!;
  const ver = scoreAssessment(defaultFramework, input, { basis: "verified" }).overall.index!;
  return { self: self.toFixed(1), verified: ver.toFixed(1), inflation: `+${(Math.round((self - ver) * 10) / 10).toFixed(1)}` };
}

test("the department admin starts, then continues, the self-assessment from the home page", async ({ page }) => {
  await deleteAssessment(UNIT);
  await signInAs(page, "deptadmin@example.gov.cn");
  const row = page.getByRole("row", { name: new RegExp(DEPARTMENT) }).filter({ hasText: CYCLE_1_0 });
  await expect(row.getByRole("cell", { name: "未开始" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await row.getByRole("button", { name: `开始填报：${DEPARTMENT}` }).click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/);
  const id = await findAssessmentId(UNIT);
  expect(page.url()).toMatch(new RegExp(`/assessments/${id}$`));

  await page.goto("/");
  await expect(row.getByText("填报中")).toBeVisible();
  await row.getByRole("link", { name: `继续填报：${DEPARTMENT}` }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}$`));
});

test("a reviewer adjusts a level, returns the self-assessment, then approves it and sees the stored scores", async ({ page }) => {
  // A long journey: three sign-ins, four renders of a ~50-question page, three axe scans.
  test.setTimeout(300_000);
  const { assessmentId, answers } = await createSubmittedAssessment(UNIT);
  const target = answers.find((a) => !a.na && a.level !== null && a.level >= 2)!;
  const lowered = target.level! - 1;

  await signInAs(page, "reviewer@example.gov.cn");
  await expect(page.getByText(/待审核的自评估：[1-9]\d* 份/)).toBeVisible();
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "审核任务" }).click();
  await expect(page.getByRole("heading", { name: "审核任务", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: `审核：${DEPARTMENT}` }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}/review$`));
  await expect(page.getByRole("heading", { name: "自评估审核" })).toBeVisible();
  const inflation = page.getByTestId("inflation");
  await expect(inflation).toHaveText("0.0");
  await expectNoSeriousA11yViolations(page);

  // The server refuses a return without a single comment, and the dialog says why.
  await page.getByRole("button", { name: "退回修改" }).click();
  const returnDialog = page.getByRole("dialog", { name: "确认退回修改" });
  await returnDialog.getByRole("button", { name: "确认退回" }).click();
  await expect(returnDialog.getByRole("alert")).toHaveText("退回前请至少在一道题上填写审核意见。");
  await returnDialog.getByRole("button", { name: "取消" }).click();
  await expect(returnDialog).toBeHidden();

  // N/A answers show the reason and need no verification.
  const na = answers.find((a) => a.na)!;
  const naQuestion = page.getByRole("article", { name: new RegExp(na.code.replaceAll(".", "\\.")) });
  await expect(naQuestion.getByText("本单位不涉及该事项。")).toBeVisible();
  await expect(naQuestion.getByText("不适用的题目无需核定。")).toBeVisible();

  const question = page.getByRole("article", { name: new RegExp(target.code.replaceAll(".", "\\.")) });
  await expect(question.getByLabel("核定等级")).toHaveValue(String(target.level));
  await question.getByLabel("核定等级").selectOption(String(lowered));
  await question.getByLabel("审核意见").fill(COMMENT);
  await expect(question.getByText("修改尚未保存")).toBeVisible();
  await question.getByRole("button", { name: "保存核定" }).click();
  await expect(question.getByText("已保存")).toBeVisible();
  const expected = expectedOverall(answers, { [target.code]: lowered });
  // The live summary follows the saved level at once.
  await expect(inflation).toHaveText(expected.inflation);

  await page.getByRole("button", { name: "退回修改" }).click();
  await returnDialog.getByRole("button", { name: "确认退回" }).click();
  await expect(page.getByText(/该自评估已退回填报单位修改/)).toBeVisible();
  await expect(question.getByLabel("核定等级")).toHaveCount(0);

  // The department sees the outcome on its home page, and the comment.
  await page.context().clearCookies();
  await signInAs(page, "respondent@example.gov.cn");
  const row = page.getByRole("row", { name: new RegExp(DEPARTMENT) }).filter({ hasText: CYCLE_1_0 });
  await expect(row.getByText("已退回修改")).toBeVisible();
  await row.getByRole("link", { name: "查看审核意见" }).click();
  await expect(page.getByText(COMMENT)).toBeVisible();
  // The queue is the reviewers' alone: anyone else gets a plain 404.
  expect((await page.goto("/reviews"))?.status()).toBe(404);

  // The department submits again (the questionnaire's own tests cover doing that in the UI).
  await resubmit(assessmentId);

  await page.context().clearCookies();
  await signInAs(page, "reviewer@example.gov.cn");
  await page.goto(`/assessments/${assessmentId}/review`);
  await expect(question.getByLabel("核定等级")).toHaveValue(String(lowered));
  await page.getByRole("button", { name: "审核通过" }).click();
  const approveDialog = page.getByRole("dialog", { name: "确认审核通过" });
  await expect(approveDialog).toContainText("锁定");
  await approveDialog.getByRole("button", { name: "确认通过" }).click();
  await expect(page.getByText("审核通过时保存的得分")).toBeVisible();
  await expect(approveDialog).toBeHidden();
  await expect(page.getByText("计分公式版本：1.0")).toBeVisible();
  const overall = page.getByRole("row", { name: /^总体/ });
  await expect(overall.getByRole("cell").nth(0)).toHaveText(new RegExp(`^${expected.self}`));
  await expect(overall.getByRole("cell").nth(1)).toHaveText(new RegExp(`^${expected.verified}`));
  await expect(inflation).toHaveText(expected.inflation);
  await expect(page.getByRole("button", { name: "审核通过" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("a reviewer verifies a whole indicator in one go, reading each level's descriptor beside the choice", async ({ page }) => {
  test.setTimeout(180_000);
  const { assessmentId, answers } = await createSubmittedAssessment(UNIT);
  const indicator = defaultFramework.dimensions[0]!.indicators[0]!;
  const codes = indicator.questions.map((q) => q.code);
  const answered = answers.filter((a) => codes.includes(a.code) && !a.na && a.level !== null);
  expect(answered.length).toBeGreaterThan(1);

  await signInAs(page, "reviewer@example.gov.cn");
  await page.goto(`/assessments/${assessmentId}/review`);
  await expect(page.getByRole("heading", { name: "自评估审核" })).toBeVisible();
  const title = `批量核定：${indicator.code} ${indicator.name["zh-CN"]}`;
  await page.getByRole("button", { name: `批量核定本指标：${indicator.code} ${indicator.name["zh-CN"]}` }).click();
  const form = page.getByRole("form", { name: title });
  await expect(form).toBeVisible();
  // The descriptors are on screen next to each option, not behind another click.
  const first = indicator.questions[0]!;
  await expect(form.getByText(first.levels[0]!["zh-CN"])).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  for (const a of answered) {
    const group = form.getByRole("group", { name: new RegExp(`^${a.code.replaceAll(".", "\\.")} `) });
    await expect(group.getByRole("radio", { name: new RegExp(`^L${a.level} `) })).toBeChecked();
    await group.getByRole("radio", { name: /^L1 初始级/ }).check();
  }
  await expect(form.getByText("批量核定尚未保存")).toBeVisible();
  await form.getByRole("button", { name: `保存本指标核定（${answered.length} 题）` }).click();
  await expect(form.getByRole("status")).toHaveText(`✓ 已保存，更新 ${answered.length} 题。`);
  const verified = Object.fromEntries(answered.map((a) => [a.code, 1]));
  await expect(page.getByTestId("inflation")).toHaveText(expectedOverall(answers, verified).inflation);

  // One save, every level stored: the single-question forms show it, and so does a fresh load.
  for (const a of answered) {
    const article = page.getByRole("article", { name: new RegExp(a.code.replaceAll(".", "\\.")) });
    await expect(article.getByLabel("核定等级")).toHaveValue("1");
  }
  await page.reload();
  for (const a of answered) {
    const article = page.getByRole("article", { name: new RegExp(a.code.replaceAll(".", "\\.")) });
    await expect(article.getByLabel("核定等级")).toHaveValue("1");
    // Each question's descriptors are at hand while reviewing it.
    await article.getByText("各等级描述").click();
    await expect(article.locator("details[open] dt")).toHaveCount(5);
    const question = indicator.questions.find((q) => q.code === a.code)!;
    await expect(article.getByText(question.levels[4]!["zh-CN"])).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
});
