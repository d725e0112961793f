import { Client } from "pg";

/**
 * Row counts and checksums of every table, to prove a run changed nothing.
 * Left out, as the issue allows: sign-in/sign-out audit events and the
 * sessions and throttle bookkeeping that signing the fuzz clients in writes
 * (user_session, and the sign-in columns of app_user), and the audit log's
 * seals (audit_seal, audit_log: the sealer closes those left-out events into
 * signed batches). Any other table added later is included automatically.
 */
const SKIP_TABLES = /session|throttle|rate_limit|login_attempt|sign_in_attempt|^audit_seal$|^audit_log$/;
const SKIP_COLUMNS: Record<string, string[]> = {
  app_user: ["failed_login_count", "locked_until", "last_sign_in_at", "updated_at"],
};
const ROW_FILTER: Record<string, string> = {
  // Sign-in bookkeeping and refused-request security events are expected to be written.
  audit_event: `WHERE action NOT LIKE 'auth.sign\\_in%' AND action NOT IN ('auth.sign_out', 'auth.locked') AND action NOT LIKE 'security.%'`,
};

export type Snapshot = Record<string, { rows: number; md5: string }>;

export async function snapshotDatabase(url: string): Promise<Snapshot> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows: tables } = await db.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const out: Snapshot = {};
    for (const { name } of tables) {
      if (SKIP_TABLES.test(name)) continue;
      const skip = SKIP_COLUMNS[name] ?? [];
      const row = skip.length ? `(to_jsonb(t) - ARRAY[${skip.map((c) => `'${c}'`).join(",")}]::text[])::text` : `to_jsonb(t)::text`;
      const { rows } = await db.query<{ n: string; md5: string }>(
        `SELECT count(*)::text AS n, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS md5
           FROM (SELECT ${row} AS r FROM "${name}" t ${ROW_FILTER[name] ?? ""}) x`,
      );
      out[name] = { rows: Number(rows[0]!.n), md5: rows[0]!.md5 };
    }
    return out;
  } finally {
    await db.end();
  }
}
