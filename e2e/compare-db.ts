import { Client } from "pg";
import { defaultFramework } from "../lib/framework";
import { scoreAssessment, type AnswerInput, type ScoreLevel } from "../lib/scoring";

/**
 * Approved results for the comparison tests, written straight into the test
 * server's database: responses, evidence, the snapshot and its score rows,
 * exactly as an approval writes them (scores from the same engine on the
 * same answers). Walking eight departments through the review UI would only
 * slow the test down; the review journey has its own spec.
 */
/** The demo's open cycle on framework 1.0 (the demo also has an open trial cycle on 2.0). */
const DEMO_CYCLE_1 = `c.status = 'OPEN' AND c.framework_version_id = (SELECT id FROM framework_version WHERE code = '${defaultFramework.code}' AND version = '${defaultFramework.version}')`;

export async function seedApproved(plan: Record<string, Record<string, ScoreLevel>>): Promise<Record<string, string>> {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const ids: Record<string, string> = {};
  try {
    await db.query("BEGIN");
    const { rows: qs } = await db.query<{ id: string; code: string; dim: string; evidence_from_level: number }>(
      `SELECT q.id, q.code, d.code AS dim, q.evidence_from_level FROM question q JOIN indicator i ON i.id = q.indicator_id
         JOIN dimension d ON d.id = i.dimension_id JOIN assessment_cycle c ON c.framework_version_id = d.framework_version_id
        WHERE ${DEMO_CYCLE_1}`,
    );
    for (const [unitCode, levels] of Object.entries(plan)) {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO assessment (id, cycle_id, org_unit_id, status, version, submitted_at, approved_at, updated_at)
         SELECT gen_random_uuid(), c.id, u.id, 'APPROVED', 3, now(), now(), now() FROM assessment_cycle c, org_unit u
          WHERE ${DEMO_CYCLE_1} AND u.code = $1 RETURNING id`,
        [unitCode],
      );
      const id = rows[0]!.id;
      ids[unitCode] = id;
      const answers: Record<string, AnswerInput> = {};
      for (const q of qs) {
        const level = levels[q.dim] ?? 2;
        const { rows: r } = await db.query<{ id: string }>(
          `INSERT INTO response (id, assessment_id, question_id, level, verified_level, updated_at)
           VALUES (gen_random_uuid(), $1, $2, $3, $3, now()) RETURNING id`,
          [id, q.id, level],
        );
        const evidence = level >= q.evidence_from_level ? 1 : 0;
        if (evidence) await db.query(`INSERT INTO evidence (id, response_id, kind, url) VALUES (gen_random_uuid(), $1, 'LINK', 'https://example.gov.cn/e')`, [r[0]!.id]);
        answers[q.code] = { level, evidence, verifiedLevel: level };
      }
      const self = scoreAssessment(defaultFramework, answers, { basis: "self" });
      const verified = scoreAssessment(defaultFramework, answers, { basis: "verified" });
      const { rows: snap } = await db.query<{ id: string }>(
        `INSERT INTO score_snapshot (id, assessment_id, formula_version, result) VALUES (gen_random_uuid(), $1, $2, $3) RETURNING id`,
        [id, self.formulaVersion, JSON.stringify({ self, verified })],
      );
      for (const res of [self, verified]) {
        const rowsToWrite = [
          ["OVERALL", res.overall.index, res.overall.level, res.overall.completion] as const,
          ...res.dimensions.map((d) => [d.code, d.index, d.level, d.completion] as const),
        ];
        for (const [code, idx, level, completion] of rowsToWrite) {
          await db.query(
            `INSERT INTO score_dimension (assessment_id, basis, dimension_code, snapshot_id, org_unit_id, cycle_id, idx, level, completion)
             SELECT a.id, $2, $3, $4, a.org_unit_id, a.cycle_id, $5, $6, $7 FROM assessment a WHERE a.id = $1`,
            [id, res.basis, code, snap[0]!.id, idx, level, completion],
          );
        }
      }
    }
    await db.query("COMMIT");
    return ids;
  } catch (err) {
    await db.query("ROLLBACK");
    throw err;
  } finally {
    await db.end();
  }
}

export async function removeAssessments(unitCodes: string[]): Promise<void> {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query(
      `DELETE FROM assessment a USING org_unit u, assessment_cycle c
        WHERE u.id = a.org_unit_id AND c.id = a.cycle_id AND ${DEMO_CYCLE_1} AND u.code = ANY($1)`,
      [unitCodes],
    );
  } finally {
    await db.end();
  }
}
