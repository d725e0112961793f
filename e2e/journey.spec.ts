import { expect as baseExpect, test, type Page } from "@playwright/test";
import { allQuestions, defaultFramework } from "../lib/framework";
import { scoreAssessment, type AnswerInput, type ScoreLevel } from "../lib/scoring";
import { deleteAssessment, sql } from "./db";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

/**
 * Issue acceptance 1, as a new user would do it: a respondent fills in every
 * question with the keyboard alone, adds a file and a link, reloads half-way,
 * submits; a reviewer returns one question; the respondent fixes it and
 * resubmits; the reviewer changes one verified level and approves; the stored
 * self and verified scores equal scoreAssessment on the stored answers.
 */

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "serial", timeout: 900_000 });

const UNIT = "DH-SJ";
const DEPARTMENT = "东湖市数据局";
// The demo data has two open cycles since framework 2.0 (issue 10): these tests use the 2026 cycle on 1.0.
const CYCLE_1_0 = "2026 年度 AI 治理成熟度自评估";
const QUESTIONS = allQuestions(defaultFramework);
const WITH_EVIDENCE = "GOV.1.2";
const NA = QUESTIONS.find((q) => q.allowNA)!;
const RETURNED_COMMENT = "L3 需有正式印发的文件，请核实后调整。";


const question = (page: Page, code: string) => page.locator(`#q-${code.replaceAll(".", "-")}`);
const level = (page: Page, code: string, n: number) => question(page, code).getByRole("radio", { name: new RegExp(`^L${n} `) });
const saved = (page: Page, code: string) => expect(question(page, code).getByRole("status").first()).toContainText("已保存");

/** The level this journey gives a question: below its evidence threshold, except the one that gets evidence. */
function plannedLevel(code: string): number {
  if (code === WITH_EVIDENCE) return 3;
  const q = QUESTIONS.find((x) => x.code === code)!;
  return q.evidenceFromLevel > 2 ? 2 : 1;
}

async function answerByKeyboard(page: Page, code: string) {
  await page.getByRole("button", { name: "跳到第一道未作答的题目" }).focus();
  await page.keyboard.press("Enter");
  await expect(question(page, code)).toBeFocused();
  await page.keyboard.press("Tab");
  if (code === NA.code) {
    // Past the level group to "not applicable", then its reason.
    await page.keyboard.press("Tab");
    await expect(question(page, code).getByRole("checkbox", { name: /不适用/ })).toBeFocused();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.type("本部门不直接面向公众提供该项服务。");
  } else {
    await expect(level(page, code, 1)).toBeFocused();
    await page.keyboard.press("Space");
    await expect(level(page, code, 1)).toHaveAttribute("aria-checked", "true");
    for (let n = 2; n <= plannedLevel(code); n++) {
      await page.keyboard.press("ArrowDown");
      await expect(level(page, code, n)).toHaveAttribute("aria-checked", "true");
    }
  }
  await saved(page, code);
}

async function storedAnswers(assessmentId: string) {
  return sql<{ code: string; level: number | null; na: boolean; verified_level: number | null; evidence: number }>(
    `SELECT q.code, r.level, r.na, r.verified_level, (SELECT count(*)::int FROM evidence e WHERE e.response_id = r.id) AS evidence
       FROM response r JOIN question q ON q.id = r.question_id WHERE r.assessment_id = $1`,
    [assessmentId],
  );
}

let assessmentId = "";

test.beforeAll(async () => {
  await deleteAssessment(UNIT);
});
test.afterAll(async () => {
  await deleteAssessment(UNIT);
});

test("respondent: every question by keyboard, evidence, a reload half-way, submit", async ({ page }) => {
  await signIn(page, "respondent@example.gov.cn");
  await page.getByRole("row", { name: new RegExp(DEPARTMENT) }).filter({ hasText: CYCLE_1_0 }).getByRole("button", { name: `开始填报：${DEPARTMENT}` }).click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}/);
  assessmentId = new URL(page.url()).pathname.split("/")[2]!;

  for (const [i, q] of QUESTIONS.entries()) {
    await answerByKeyboard(page, q.code);
    if (i === Math.floor(QUESTIONS.length / 2)) {
      await page.reload();
      // Everything answered so far is stored, and the indicator on screen shows its answers again.
      expect((await storedAnswers(assessmentId)).length).toBe(i + 1);
      const indicator = q.code.split(".").slice(0, 2).join(".");
      for (const done of QUESTIONS.slice(0, i + 1).filter((d) => d.code.startsWith(`${indicator}.`) && d.code !== NA.code)) {
        await expect(level(page, done.code, plannedLevel(done.code))).toHaveAttribute("aria-checked", "true");
      }
    }
  }
  await expect(page.getByText("全部答案已保存")).toBeVisible();

  // Evidence for the L3 answer: a file and a link.
  await page.goto(`/assessments/${assessmentId}?i=GOV.1`);
  const card = question(page, WITH_EVIDENCE);
  await card.getByLabel("上传文件").setInputFiles({
    name: "人工智能应用管理办法.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  });
  await card.getByRole("button", { name: "上传", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(card.getByText(/已上传/)).toBeVisible();
  await card.getByLabel("链接地址").fill("https://www.example.gov.cn/ai/plan.html");
  await card.getByRole("button", { name: "添加链接" }).focus();
  await page.keyboard.press("Enter");
  await expect(card.getByRole("link", { name: /www\.example\.gov\.cn/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "提交审核", exact: true }).click();
  await page.getByRole("dialog", { name: "确认提交自评估" }).getByRole("button", { name: "确认提交" }).click();
  await expect(page.getByText(/本自评估已提交/)).toBeVisible();
  const [row] = await sql<{ status: string }>(`SELECT status::text FROM assessment WHERE id = $1`, [assessmentId]);
  expect(row!.status).toBe("SUBMITTED");
});

test("reviewer returns one question with a comment; respondent fixes it and resubmits", async ({ browser }) => {
  const reviewer = await browser.newPage();
  await signIn(reviewer, "reviewer@example.gov.cn");
  await reviewer.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "审核任务" }).click();
  await reviewer.getByRole("link", { name: `审核：${DEPARTMENT}` }).click();
  const reviewed = reviewer.getByRole("article", { name: new RegExp(WITH_EVIDENCE.replaceAll(".", "\\.")) });
  await expect(reviewed.getByText("人工智能应用管理办法.pdf")).toBeVisible();
  await reviewed.getByLabel("审核意见").fill(RETURNED_COMMENT);
  await expect(reviewed.getByText("修改尚未保存")).toBeVisible();
  await reviewed.getByRole("button", { name: "保存核定" }).click();
  await expect(reviewed.getByText("已保存")).toBeVisible();
  await reviewer.getByRole("button", { name: "退回修改" }).click();
  await reviewer.getByRole("dialog", { name: "确认退回修改" }).getByRole("button", { name: "确认退回" }).click();
  await expect(reviewer.getByText(/该自评估已退回填报单位修改/)).toBeVisible();

  const respondent = await browser.newPage();
  await signIn(respondent, "respondent@example.gov.cn");
  await expect(respondent.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await respondent.goto(`/assessments/${assessmentId}?i=GOV.1`);
  await expect(question(respondent, WITH_EVIDENCE)).toContainText(RETURNED_COMMENT);
  // Lower the answer by one level with the keyboard: focus the chosen level, arrow up.
  await level(respondent, WITH_EVIDENCE, 3).focus();
  await respondent.keyboard.press("ArrowUp");
  await expect(level(respondent, WITH_EVIDENCE, 2)).toHaveAttribute("aria-checked", "true");
  await saved(respondent, WITH_EVIDENCE);
  await respondent.getByRole("button", { name: "提交审核", exact: true }).click();
  await respondent.getByRole("dialog", { name: "确认提交自评估" }).getByRole("button", { name: "确认提交" }).click();
  await expect(respondent.getByText(/本自评估已提交/)).toBeVisible();
});

test("reviewer changes one verified level and approves; stored scores match the engine", async ({ page }) => {
  await signIn(page, "reviewer@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.goto(`/assessments/${assessmentId}/review`);
  const target = QUESTIONS.find((q) => q.code !== NA.code && plannedLevel(q.code) === 2)!;
  const reviewed = page.getByRole("article", { name: new RegExp(target.code.replaceAll(".", "\\.")) });
  await expect(reviewed.getByLabel("核定等级")).toHaveValue("2");
  await reviewed.getByLabel("核定等级").selectOption("1");
  await reviewed.getByLabel("审核意见").fill("未见制度文件，按初始级核定。");
  await expect(reviewed.getByText("修改尚未保存")).toBeVisible();
  await reviewed.getByRole("button", { name: "保存核定" }).click();
  await expect(reviewed.getByText("已保存")).toBeVisible();
  // Issue 16: the answer the department changed after the first review needs a fresh, explicit decision.
  const changed = page.getByRole("article", { name: new RegExp(WITH_EVIDENCE.replaceAll(".", "\\.")) });
  await expect(changed.getByText("自上次审核后已修改（L3 → L2），上次核定 L3")).toBeVisible();
  await changed.getByRole("button", { name: "采纳自评等级" }).click();
  await expect(changed.getByText("已保存")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "审核通过" }).click();
  await page.getByRole("dialog", { name: "确认审核通过" }).getByRole("button", { name: "确认通过" }).click();
  await expect(page.getByText("计分公式版本：1.0")).toBeVisible();

  const rows = await storedAnswers(assessmentId);
  expect(rows).toHaveLength(QUESTIONS.length);
  const answers: Record<string, AnswerInput> = {};
  for (const r of rows) {
    answers[r.code] = {
      level: (r.level ?? undefined) as ScoreLevel | undefined,
      na: r.na,
      evidence: r.evidence,
      verifiedLevel: (r.verified_level ?? undefined) as ScoreLevel | undefined,
    };
  }
  expect(answers[target.code]!.verifiedLevel).toBe(1);
  expect(answers[WITH_EVIDENCE]).toMatchObject({ level: 2, evidence: 2, verifiedLevel: 2 });
  expect(answers[NA.code]).toMatchObject({ na: true });
  const [snap] = await sql<{ result: { self: unknown; verified: unknown }; formula_version: string }>(
    `SELECT result, formula_version FROM score_snapshot WHERE assessment_id = $1`,
    [assessmentId],
  );
  const self = scoreAssessment(defaultFramework, answers, { basis: "self" });
  const verified = scoreAssessment(defaultFramework, answers, { basis: "verified" });
  expect(snap!.formula_version).toBe("1.0");
  expect(snap!.result).toEqual(JSON.parse(JSON.stringify({ self, verified })));
  expect(verified.overall.index!).toBeLessThan(self.overall.index!);

  // The page shows the same numbers, to one decimal.
  const overall = page.getByRole("row", { name: /^总体/ });
  await expect(overall.getByRole("cell").nth(0)).toHaveText(new RegExp(`^${self.overall.index!.toFixed(1)}`));
  await expect(overall.getByRole("cell").nth(1)).toHaveText(new RegExp(`^${verified.overall.index!.toFixed(1)}`));
  await expect(page.getByTestId("inflation")).toHaveText(`+${(self.overall.index! - verified.overall.index!).toFixed(1)}`);

  // The review page reads without sideways scrolling on a phone and at 200 % zoom (1366×768 at 200 % = 683×384).
  for (const size of [{ width: 375, height: 800 }, { width: 683, height: 384 }]) {
    await page.setViewportSize(size);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `review page at ${size.width}×${size.height}`).toBeLessThanOrEqual(0);
  }

  // Results issue: this approval created the improvement plan, and the department admin finds the
  // stored snapshot's numbers on the results page (results.spec.ts edits the plan and checks the layout).
  const [plan] = await sql<{ n: string }>("SELECT count(*) AS n FROM plan_item WHERE assessment_id = $1", [assessmentId]);
  expect(Number(plan!.n)).toBe(verified.actions.length);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.context().clearCookies();
  await signIn(page, "deptadmin@example.gov.cn");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await page.goto(`/assessments/${assessmentId}/results`);
  await expect(page.getByTestId("overall-index")).toHaveText(verified.overall.index!.toFixed(1));
  await expect(page.getByTestId("overall-level")).toContainText(`L${verified.overall.level}`);
  const radarRows = page.getByTestId("radar-table").locator("tbody tr");
  for (const [i, d] of verified.dimensions.entries()) {
    await expect(radarRows.nth(i).locator("td").nth(0)).toHaveText(self.dimensions[i]!.index!.toFixed(1));
    await expect(radarRows.nth(i).locator("td").nth(1)).toHaveText(d.index!.toFixed(1));
  }
  await expect(page.getByTestId("plan-item")).toHaveCount(verified.actions.length);
});
