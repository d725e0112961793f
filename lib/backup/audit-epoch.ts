import { Client } from "pg";

export interface AuditEpoch {
  epoch: number;
  /** Added to this cluster's transaction ids on the audit log's own line. */
  xidBase: string;
  /** Everything restored lies below this logical id. */
  floorXid: string;
  afterSealSeq: number | null;
}

/**
 * After a restore: begins a new audit epoch (migration 20261203171500_audit_epoch).
 * Seals cover ranges of transaction ids, and a restored database may live in
 * another PostgreSQL cluster whose ids start below the restored seals'; the new
 * epoch's base lifts this cluster's ids above everything restored, so the
 * sealer continues the chain from the last restored seal. Runs as the owner
 * that restored the tables: the app's runtime role may not begin an epoch.
 */
export async function beginAuditEpoch(databaseUrl: string): Promise<AuditEpoch> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const begun = await client.query<{ epoch: number }>(`SELECT audit_begin_epoch('restore') AS epoch`);
    const { rows } = await client.query<{ epoch: number; xid_base: string; floor_xid: string; after_seal_seq: number | null }>(
      `SELECT epoch, xid_base::text, floor_xid::text, after_seal_seq FROM audit_epoch WHERE epoch = $1`,
      [begun.rows[0]!.epoch],
    );
    await client.query("COMMIT");
    const e = rows[0]!;
    return { epoch: e.epoch, xidBase: e.xid_base, floorXid: e.floor_xid, afterSealSeq: e.after_seal_seq };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
