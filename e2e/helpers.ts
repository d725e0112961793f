import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo#2026-AiGov";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel(/电子邮箱|Email/).fill(email);
  await page.getByLabel(/^密码$|^Password$/).fill(password);
  await page.getByRole("button", { name: /^登录$|^Sign in$/ }).click();
}

/** No serious or critical axe violation on the current page. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/**
 * The demo department's (DH-SJ) assessment for the open cycle, created when
 * missing, straight in the database the test server uses (DATABASE_URL).
 * Until the home page links to it, this is how tests open the questionnaire.
 */
export async function demoAssessmentId(): Promise<string> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO assessment (id, cycle_id, org_unit_id, updated_at)
       SELECT gen_random_uuid(), c.id, u.id, now()
         FROM assessment_cycle c, org_unit u
        WHERE c.status = 'OPEN' AND u.code = 'DH-SJ'
        ORDER BY c.opens_on DESC
        LIMIT 1
       ON CONFLICT (cycle_id, org_unit_id) DO UPDATE SET cycle_id = EXCLUDED.cycle_id
       RETURNING id`,
    );
    const id = rows[0]?.id;
    if (!id) throw new Error("no open cycle or no DH-SJ unit: is the database seeded?");
    return id;
  } finally {
    await client.end();
  }
}
