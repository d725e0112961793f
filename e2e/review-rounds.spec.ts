import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import { createSubmittedAssessment, deleteAssessment, sql } from "./db";
import { expectNoSeriousA11yViolations, signIn } from "./helpers";

/**
 * Issue 16, acceptance 3: the reviewer's downgrade survives resubmission.
 * The reviewer downgrades one answer and returns; the respondent changes that
 * answer twice (down to the reviewer's level, then back up) and resubmits;
 * the reviewer sees the change marked, cannot approve without deciding,
 * decides, approves — and the stored results carry the reviewer's level.
 */

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "serial" });

const UNIT = "DH-SJ";
const DOWNGRADE = "制度尚未正式印发，本题核定为较低等级。";
const AGAIN = "复核后维持原核定等级。";


async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
}

const escape = (code: string) => code.replaceAll(".", "\\.");

/** Chooses a verified level once the form has hydrated (a change on the server-rendered HTML is lost), seen as unsaved. */
async function chooseLevel(article: Locator, level: number) {
  await expect(async () => {
    await article.getByLabel("核定等级").selectOption(String(level));
    await expect(article.getByText("修改尚未保存")).toBeVisible({ timeout: 2_000 });
  }).toPass();
}

test.afterAll(async () => {
  await deleteAssessment(UNIT);
});

test("a downgrade survives the respondent changing the answer twice and resubmitting", async ({ page }) => {
  test.setTimeout(400_000);
  const { assessmentId, answers } = await createSubmittedAssessment(UNIT);
  const target = answers.find((a) => !a.na && a.level !== null && a.level >= 2)!;
  const self = target.level!;
  const lowered = self - 1;
  const indicator = target.code.split(".").slice(0, 2).join(".");

  // Round 1: the reviewer downgrades and returns.
  await signInAs(page, "reviewer@example.gov.cn");
  await page.goto(`/assessments/${assessmentId}/review`);
  const article = page.getByRole("article", { name: new RegExp(escape(target.code)) });
  await chooseLevel(article, lowered);
  await article.getByLabel("审核意见").fill(DOWNGRADE);
  await article.getByRole("button", { name: "保存核定" }).click();
  await expect(article.getByText("已保存")).toBeVisible();
  await page.getByRole("button", { name: "退回修改" }).click();
  await page.getByRole("dialog", { name: "确认退回修改" }).getByRole("button", { name: "确认退回" }).click();
  await expect(page.getByText(/该自评估已退回填报单位修改/)).toBeVisible();

  // The respondent saves the reviewer's level, then their own level again, and resubmits.
  await signInAs(page, "respondent@example.gov.cn");
  await page.goto(`/assessments/${assessmentId}?i=${indicator}`);
  const card = page.locator(`#q-${target.code.replaceAll(".", "-")}`);
  await expect(card).toContainText(DOWNGRADE);
  const radio = (n: number) => card.getByRole("radio", { name: new RegExp(`^L${n} `) });
  for (const n of [lowered, self]) {
    // Retried until the page has hydrated: a click on the server-rendered HTML does nothing.
    await expect(async () => {
      await radio(n).click();
      await expect(radio(n)).toHaveAttribute("aria-checked", "true", { timeout: 2_000 });
    }).toPass();
    await expect(card.getByRole("status").first()).toContainText("已保存");
  }
  await page.getByRole("button", { name: "提交审核", exact: true }).click();
  await page.getByRole("dialog", { name: "确认提交自评估" }).getByRole("button", { name: "确认提交" }).click();
  await expect(page.getByText(/本自评估已提交/)).toBeVisible();
  // While under review the department's page carries no reviewer level or comment.
  await expect(card).not.toContainText(DOWNGRADE);

  // Round 2: the change is marked, the previous decision one click away, nothing pre-filled.
  await signInAs(page, "reviewer@example.gov.cn");
  await page.goto(`/assessments/${assessmentId}/review`);
  await expect(article.getByText(`自上次审核后已修改（L${lowered} → L${self}），上次核定 L${lowered}`)).toBeVisible();
  await expect(article.getByText("待重新核定")).toBeVisible();
  await expect(article.getByLabel("核定等级")).toHaveValue("");
  await expect(article.getByText(DOWNGRADE)).toBeHidden();
  await article.getByText("查看上次审核（第 1 轮）").click();
  await expect(article.getByText(DOWNGRADE)).toBeVisible();
  await expect(page.getByText(/1 道题自上次审核后已修改/)).toBeVisible();
  // The running score says it still counts the undecided answer at the self level.
  await expect(page.getByText("上表中有 1 道已修改、尚待核定的题暂按自评等级计入；审核通过前须逐题核定。")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Approval is refused until the changed answer is decided; nothing changes.
  await page.getByRole("button", { name: "审核通过" }).click();
  const approveDialog = page.getByRole("dialog", { name: "确认审核通过" });
  await approveDialog.getByRole("button", { name: "确认通过" }).click();
  await expect(approveDialog.getByRole("alert")).toContainText(`须重新核定（或采纳自评等级）后方可审核通过：${target.code}`);
  await approveDialog.getByRole("button", { name: "取消" }).click();
  const [still] = await sql<{ status: string }>(`SELECT status::text FROM assessment WHERE id = $1`, [assessmentId]);
  expect(still!.status).toBe("SUBMITTED");

  // The reviewer decides again, then approves.
  await chooseLevel(article, lowered);
  await article.getByLabel("审核意见").fill(AGAIN);
  await article.getByRole("button", { name: "保存核定" }).click();
  await expect(article.getByText("已保存")).toBeVisible();
  await expect(article.getByText("本轮已核定")).toBeVisible();
  await expect(page.getByText(/尚待核定的题暂按自评等级计入/)).toHaveCount(0);
  await page.getByRole("button", { name: "审核通过" }).click();
  await approveDialog.getByRole("button", { name: "确认通过" }).click();
  await expect(page.getByText("审核通过时保存的得分")).toBeVisible();
  await expect(page.getByTestId("verified-basis")).toContainText("审核人核定：1 题");

  // The stored results carry the reviewer's level, marked as set by the reviewer.
  const [row] = await sql<{ level: number; verified_level: number; reviewer_comment: string }>(
    `SELECT r.level, r.verified_level, r.reviewer_comment FROM response r JOIN question q ON q.id = r.question_id
      WHERE r.assessment_id = $1 AND q.code = $2`,
    [assessmentId, target.code],
  );
  expect(row).toEqual({ level: self, verified_level: lowered, reviewer_comment: AGAIN });
  const [snap] = await sql<{ verified_basis: Record<string, { level: number; source: string }> }>(
    `SELECT verified_basis FROM score_snapshot WHERE assessment_id = $1`,
    [assessmentId],
  );
  expect(snap!.verified_basis[target.code]).toEqual({ level: lowered, source: "reviewer" });
  const decisions = await sql<{ round: number; verified_level: number }>(
    `SELECT d.round, d.verified_level FROM review_decision d WHERE d.assessment_id = $1 ORDER BY d.created_at`,
    [assessmentId],
  );
  expect(decisions).toEqual([
    { round: 1, verified_level: lowered },
    { round: 2, verified_level: lowered },
  ]);
});
