import { Client, type QueryResultRow } from "pg";

/**
 * Direct database set-up for the review tests: filling in ~50 questions through
 * the UI is tested elsewhere and would only slow these tests down. Writes the
 * same rows the app writes (responses, evidence, status), nothing else.
 */

/** One query on the test database, in a connection of its own (the specs' reads and direct checks). */
export async function sql<T extends QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  return withDb(async (db) => (await db.query<T>(text, params)).rows);
}

async function withDb<T>(fn: (db: Client) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the e2e runner passes it to the tests");
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

export interface SeededAnswer {
  code: string;
  level: number | null;
  na: boolean;
}

/** The open cycle's assessment of a department, or null. */
export async function findAssessmentId(unitCode: string): Promise<string | null> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `SELECT a.id FROM assessment a
         JOIN org_unit u ON u.id = a.org_unit_id
         JOIN assessment_cycle c ON c.id = a.cycle_id
        WHERE u.code = $1 AND c.status = 'OPEN'
        ORDER BY c.opens_on DESC LIMIT 1`,
      [unitCode],
    );
    return rows[0]?.id ?? null;
  });
}

/** Removes the department's assessment of the open cycle (responses, evidence and snapshots go with it). */
export async function deleteAssessment(unitCode: string): Promise<void> {
  await withDb(async (db) => {
    await db.query(
      `DELETE FROM assessment a USING org_unit u, assessment_cycle c
        WHERE u.id = a.org_unit_id AND c.id = a.cycle_id AND u.code = $1 AND c.status = 'OPEN'`,
      [unitCode],
    );
  });
}

/**
 * Creates the department's assessment of the open cycle, fully answered and
 * SUBMITTED: levels cycle 1, 2, 3; N/A (with a reason) wherever the question
 * allows it; one LINK evidence item wherever the level needs evidence.
 * Replaces any assessment the department already has for that cycle.
 */
export async function createSubmittedAssessment(unitCode: string): Promise<{ assessmentId: string; answers: SeededAnswer[] }> {
  await deleteAssessment(unitCode);
  return withDb(async (db) => {
    await db.query("BEGIN");
    try {
      const { rows: ctx } = await db.query<{ unit_id: string; cycle_id: string; fv_id: string }>(
        `SELECT u.id AS unit_id, c.id AS cycle_id, c.framework_version_id AS fv_id
           FROM org_unit u, assessment_cycle c
          WHERE u.code = $1 AND c.status = 'OPEN'
          ORDER BY c.opens_on DESC LIMIT 1`,
        [unitCode],
      );
      const c = ctx[0];
      if (!c) throw new Error(`no open cycle or no unit ${unitCode}`);
      const { rows: admin } = await db.query<{ id: string }>(
        `SELECT g.user_id AS id FROM role_grant g WHERE g.org_unit_id = $1 AND g.role = 'DEPT_ADMIN' LIMIT 1`,
        [c.unit_id],
      );
      const userId = admin[0]?.id ?? null;
      const { rows: questions } = await db.query<{ id: string; code: string; allow_na: boolean; evidence_from_level: number }>(
        `SELECT q.id, q.code, q.allow_na, q.evidence_from_level
           FROM question q
           JOIN indicator i ON i.id = q.indicator_id
           JOIN dimension d ON d.id = i.dimension_id
          WHERE d.framework_version_id = $1
          ORDER BY d.position, i.position, q.position`,
        [c.fv_id],
      );
      const { rows: created } = await db.query<{ id: string }>(
        `INSERT INTO assessment (id, cycle_id, org_unit_id, status, version, submitted_at, review_round, updated_at)
         VALUES (gen_random_uuid(), $1, $2, 'SUBMITTED', 2, now(), 1, now()) RETURNING id`,
        [c.cycle_id, c.unit_id],
      );
      const assessmentId = created[0]!.id;
      const answers: SeededAnswer[] = [];
      for (const [i, q] of questions.entries()) {
        const na = q.allow_na;
        const level = na ? null : (i % 3) + 1;
        const { rows: r } = await db.query<{ id: string }>(
          `INSERT INTO response (id, assessment_id, question_id, level, na, na_reason, note, updated_by_id, updated_at)
           VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, now()) RETURNING id`,
          [assessmentId, q.id, level, na, na ? "本单位不涉及该事项。" : null, na ? null : `第 ${i + 1} 题的填报说明。`, userId],
        );
        if (level !== null && level >= q.evidence_from_level) {
          await db.query(
            `INSERT INTO evidence (id, response_id, kind, url, created_by_id)
             VALUES (gen_random_uuid(), $1, 'LINK', $2, $3)`,
            [r[0]!.id, `https://example.gov.cn/evidence/${q.code}`, userId],
          );
        }
        answers.push({ code: q.code, level, na });
      }
      await db.query("COMMIT");
      return { assessmentId, answers };
    } catch (err) {
      await db.query("ROLLBACK");
      throw err;
    }
  });
}

/** Submits a returned assessment again, as the department admin would after making changes. */
export async function resubmit(assessmentId: string): Promise<void> {
  await withDb(async (db) => {
    const { rowCount } = await db.query(
      `UPDATE assessment SET status = 'SUBMITTED', version = version + 1, submitted_at = now(), review_round = review_round + 1, updated_at = now()
        WHERE id = $1 AND status = 'RETURNED'`,
      [assessmentId],
    );
    if (rowCount !== 1) throw new Error(`assessment ${assessmentId} is not RETURNED`);
  });
}
