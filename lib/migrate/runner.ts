import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";

/**
 * Applies the SQL migrations in prisma/migrations/ without Prisma's schema
 * engine (which must be downloaded and so cannot run air-gapped).
 *
 * It keeps Prisma's own `_prisma_migrations` bookkeeping (checksum = sha256 of
 * the file) so that, where an engine does exist, `prisma migrate status` and
 * `prisma migrate deploy` agree with what ran here. It holds Prisma's advisory
 * lock key, so two app instances (or this runner and Prisma) never migrate at
 * once, and runs each migration in its own transaction.
 */

/** The key Prisma's migrate engine locks on; sharing it keeps the two mutually exclusive. */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly code: "CHECKSUM_MISMATCH" | "FAILED_MIGRATION" | "APPLY_FAILED",
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

export interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export interface MigrateOptions {
  connectionString: string;
  migrationsDir?: string;
  /** Schema to migrate (default: the connection's search_path, normally `public`). */
  schema?: string;
  log?: (line: string) => void;
}

/**
 * Only the simple query protocol here (no bound parameters): an embedded
 * PGlite server interleaves the extended protocol's messages from concurrent
 * connections, while a simple query is one message. Values are our own
 * (names, hex checksums, uuids) and quoted all the same.
 */
function lit(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export function checksumOf(sql: string | Buffer): string {
  return createHash("sha256").update(sql).digest("hex");
}

export async function readLocalMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<LocalMigration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const out: LocalMigration[] = [];
  for (const name of names) {
    const raw = await readFile(path.join(dir, name, "migration.sql"));
    out.push({ name, sql: raw.toString("utf8"), checksum: checksumOf(raw) });
  }
  return out;
}

// Prisma's own DDL for its bookkeeping table.
const BOOKKEEPING_DDL = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const local = await readLocalMigrations(options.migrationsDir);
  const client = new Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    // Lock first: even CREATE SCHEMA IF NOT EXISTS races between concurrent starters.
    await client.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})`);
    try {
      if (options.schema) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema.replace(/"/g, '""')}"`);
        await client.query(`SET search_path TO "${options.schema.replace(/"/g, '""')}"`);
      }
      return await applyPending(client, local, log);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK_KEY})`);
    }
  } finally {
    // An embedded server shares one session between connections: leave no setting behind.
    if (options.schema) await client.query("RESET search_path").catch(() => {});
    await client.end();
  }
}

async function applyPending(
  client: Client,
  local: LocalMigration[],
  log: (line: string) => void,
): Promise<MigrateResult> {
  await client.query(BOOKKEEPING_DDL);
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at
       FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  const byName = new Map(rows.map((r) => [r.migration_name, r]));

  const failed = rows.find((r) => r.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} started but did not finish. Resolve it before migrating again.`,
      "FAILED_MIGRATION",
    );
  }
  // Refuse before applying anything: an edited migration means the database
  // may not match what the files describe.
  for (const m of local) {
    const row = byName.get(m.name);
    if (row && row.checksum !== m.checksum) {
      throw new MigrationError(
        `Migration ${m.name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ${m.checksum.slice(0, 12)}… on disk). Restore the file and add a new migration instead.`,
        "CHECKSUM_MISMATCH",
      );
    }
  }
  const localNames = new Set(local.map((m) => m.name));
  for (const r of rows) {
    if (!localNames.has(r.migration_name)) {
      log(`warning: migration ${r.migration_name} is in the database but not on disk`);
    }
  }

  const result: MigrateResult = { applied: [], alreadyApplied: [] };
  for (const m of local) {
    if (byName.has(m.name)) {
      result.alreadyApplied.push(m.name);
      continue;
    }
    const id = randomUUID();
    await client.query("BEGIN");
    try {
      // Re-check inside the transaction: where the advisory lock is not
      // exclusive (an embedded single-session server), another starter may
      // have applied it since we read the table.
      const again = await client.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ${lit(m.name)} AND rolled_back_at IS NULL`,
      );
      if (again.rowCount) {
        await client.query("ROLLBACK");
        result.alreadyApplied.push(m.name);
        continue;
      }
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
         VALUES (${lit(id)}, ${lit(m.checksum)}, ${lit(m.name)}, now(), 0)`,
      );
      await client.query(m.sql);
      await client.query(
        `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = ${lit(id)}`,
      );
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw new MigrationError(
        `Migration ${m.name} failed and was rolled back: ${(err as Error).message}`,
        "APPLY_FAILED",
      );
    }
    log(`applied ${m.name}`);
    result.applied.push(m.name);
  }
  return result;
}
