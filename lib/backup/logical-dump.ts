import { createReadStream, createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Client } from "pg";
import type { MigrationRef } from "./manifest";
import { BackupError } from "./files";

/**
 * A dump that needs nothing but SQL: one JSON-lines file per table, read in
 * one REPEATABLE READ transaction so every table shows the same moment. Used
 * for the embedded database (pg_dump cannot dump PGlite, and refuses a server
 * newer than itself). The schema is not dumped: restore rebuilds it by
 * running the same migrations the archive lists, then loads the rows.
 *
 * Only simple queries while dumping: the embedded server multiplexes
 * connections message by message outside a transaction, and inside one it
 * serves only the connection that opened it, so the running app waits for
 * the dump (seconds) rather than changing data under it.
 */

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;
const FETCH = 2000;

export interface LogicalDump {
  tables: { name: string; rows: number }[];
  migrations: MigrationRef[];
}

async function userTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((r) => r.tablename);
}

export async function appliedMigrations(client: Client): Promise<MigrationRef[]> {
  const exists = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = '_prisma_migrations'`);
  if (!exists.rowCount) return [];
  const { rows } = await client.query<MigrationRef>(
    `SELECT migration_name AS name, checksum FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows;
}

export async function dumpLogical(client: Client, dir: string): Promise<LogicalDump> {
  await mkdir(dir, { recursive: true });
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const migrations = await appliedMigrations(client);
    const tables: LogicalDump["tables"] = [];
    for (const name of await userTables(client)) {
      const out = createWriteStream(path.join(dir, `${name}.jsonl`), { mode: 0o600 });
      let rows = 0;
      // jsonb's text form is one line whatever the data holds.
      await client.query(`DECLARE dump_cursor NO SCROLL CURSOR FOR SELECT row_to_json(t)::jsonb::text AS j FROM ${q(name)} t`);
      for (;;) {
        const page = await client.query<{ j: string }>(`FETCH ${FETCH} FROM dump_cursor`);
        if (page.rows.length === 0) break;
        const chunk = page.rows.map((r) => r.j).join("\n") + "\n";
        if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
        rows += page.rows.length;
      }
      await client.query("CLOSE dump_cursor");
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      tables.push({ name, rows });
    }
    await client.query("COMMIT");
    return { tables, migrations };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

/** True when the connection's schema holds any table at all. */
export async function schemaHasTables(client: Client): Promise<boolean> {
  const { rowCount } = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = current_schema() LIMIT 1`);
  return (rowCount ?? 0) > 0;
}

/** Empties the connection's schema for `restore --force`. */
export async function dropSchemaContents(client: Client): Promise<void> {
  const { rows } = await client.query<{ s: string }>(`SELECT current_schema() AS s`);
  const schema = rows[0]!.s;
  await client.query(`DROP SCHEMA ${q(schema)} CASCADE`);
  await client.query(`CREATE SCHEMA ${q(schema)}`);
}

/**
 * Loads the rows into a schema just migrated to the archive's level, in one
 * transaction. `session_replication_role = replica` switches off foreign-key
 * checks and triggers for the load only (the rows were consistent when
 * dumped, and the append-only and published-framework triggers would refuse
 * re-inserting history); it needs a superuser, as pg_restore's
 * --disable-triggers does.
 */
export async function loadLogical(client: Client, dir: string, tables: { name: string; rows: number }[]): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    const present = new Set(await userTables(client));
    for (const t of tables) {
      if (!present.has(t.name)) throw new BackupError(`table ${t.name} is in the archive but not in the schema its migrations build`, "BAD_ARCHIVE");
      const { rows: cols } = await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
        [t.name],
      );
      const list = cols.map((c) => q(c.column_name)).join(", ");
      const insert = `INSERT INTO ${q(t.name)} (${list}) OVERRIDING SYSTEM VALUE
        SELECT ${list} FROM json_populate_recordset(NULL::${q(t.name)}, $1::json)`;
      // The migrations just run may have filled reference tables (e.g. the sector list); the archive's rows
      // are the truth, so the table is emptied first (no triggers or foreign-key checks fire in replica mode).
      await client.query(`DELETE FROM ${q(t.name)}`);
      let batch: string[] = [];
      let loaded = 0;
      const flush = async () => {
        if (!batch.length) return;
        await client.query(insert, [`[${batch.join(",")}]`]);
        loaded += batch.length;
        batch = [];
      };
      const lines = createInterface({ input: createReadStream(path.join(dir, `${t.name}.jsonl`)), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        batch.push(line);
        if (batch.length >= 500) await flush();
      }
      await flush();
      if (loaded !== t.rows) throw new BackupError(`table ${t.name}: ${loaded} rows in the archive, the manifest says ${t.rows}`, "BAD_ARCHIVE");
    }
    await resetSequences(client);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

/** Serial columns continue after the highest restored value. */
async function resetSequences(client: Client): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string; seq: string }>(
    `SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
       FROM information_schema.columns
      WHERE table_schema = current_schema() AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`,
  );
  for (const r of rows) {
    await client.query(
      `SELECT setval(${lit(r.seq)}, COALESCE((SELECT max(${q(r.column_name)}) FROM ${q(r.table_name)}), 0) + 1, false)`,
    );
  }
}
