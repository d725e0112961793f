import { randomBytes } from "node:crypto";
import { Client } from "pg";

/**
 * A benchmark's own database on the DATABASE_URL server: created empty, and
 * DATABASE_URL pointed at it for the rest of the process (so the data layer,
 * imported afterwards, uses it). `drop()` removes it and closes the admin
 * connection.
 */
export async function freshBenchDatabase(prefix: string): Promise<{ name: string; url: string; drop(keep?: boolean): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("Set DATABASE_URL to a PostgreSQL server (a fresh database is created on it).");
  const name = `${prefix}_${randomBytes(3).toString("hex")}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.LOG_LEVEL = "silent";
  return {
    name,
    url: url.toString(),
    async drop(keep = false) {
      if (!keep) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
