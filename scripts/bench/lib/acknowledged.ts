import pg from "pg";

/**
 * "Nothing acknowledged is lost", counted in the database after a run: every
 * save the app answered ok:true is there with its value. Used by the overload
 * bench (scripts/bench/overload.ts) and the failover test (tests/ha).
 *
 * Each acknowledged save carries a note unique to it, so it can be found in
 * the audit log (every save writes a `response.saved` event in the same
 * transaction as the answer: the event is the save's durable trace even when
 * a later save of the same question has overwritten the answer). Then the
 * answer stored for each question is at least the last acknowledged version,
 * and, at that version, holds that save's note and level.
 */

export interface AcknowledgedSave {
  code: string;
  note: string;
  level: number | null;
  version: number;
}

export interface AcknowledgedCheck {
  /** Acknowledged saves looked for. */
  checked: number;
  /** Acknowledged saves not in the audit log, or there with another level. */
  lost: AcknowledgedSave[];
  /** Questions whose stored answer is older than the last acknowledged save, or differs at its version. */
  behind: { code: string; acknowledged: AcknowledgedSave; stored: { version: number; level: number | null; note: string | null } | null }[];
}

/**
 * connectionString: the database to read (for a failover, the promoted primary itself, not the proxy);
 * notePrefix: the run's notes all start with it (the audit log is read for those only).
 */
export async function checkAcknowledgedSaves(
  connectionString: string,
  assessmentId: string,
  acked: readonly AcknowledgedSave[],
  notePrefix: string,
): Promise<AcknowledgedCheck> {
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    const events = await c.query<{ note: string; level: number | null }>(
      `SELECT after->>'note' AS note, (after->>'level')::int AS level FROM audit_event
        WHERE action = 'response.saved' AND entity_type = 'Response' AND starts_with(after->>'note', $1)`,
      [notePrefix],
    );
    const logged = new Map<string, Set<number | null>>();
    for (const e of events.rows) {
      const levels = logged.get(e.note) ?? new Set();
      levels.add(e.level);
      logged.set(e.note, levels);
    }
    const lost = acked.filter((a) => !logged.get(a.note)?.has(a.level));

    const stored = new Map(
      (
        await c.query<{ code: string; version: number; level: number | null; note: string | null }>(
          `SELECT q.code, r.version, r.level, r.note FROM response r JOIN question q ON q.id = r.question_id WHERE r.assessment_id = $1`,
          [assessmentId],
        )
      ).rows.map((r) => [r.code, r]),
    );
    const last = new Map<string, AcknowledgedSave>();
    for (const a of acked) if ((last.get(a.code)?.version ?? -1) < a.version) last.set(a.code, a);
    const behind: AcknowledgedCheck["behind"] = [];
    for (const [code, a] of last) {
      const have = stored.get(code) ?? null;
      const ok = !!have && (have.version > a.version || (have.version === a.version && have.note === a.note && have.level === a.level));
      if (!ok) behind.push({ code, acknowledged: a, stored: have && { version: have.version, level: have.level, note: have.note } });
    }
    return { checked: acked.length, lost, behind };
  } finally {
    await c.end();
  }
}
