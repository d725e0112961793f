import { cp, mkdtemp, rm, writeFile, mkdir, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checksumOf, migrate, MigrationError, readLocalMigrations } from "@/lib/migrate/runner";

/**
 * The migration runner against a real PostgreSQL. Each case migrates its own
 * fresh schema so it never touches the shared test database's public schema.
 */

const url = process.env.DATABASE_URL!;
const schemas: string[] = [];
let client: Client;

function freshSchema(): string {
  const s = `mig_${randomBytes(4).toString("hex")}`;
  schemas.push(s);
  return s;
}

async function bookkeeping(schema: string) {
  const { rows } = await client.query(
    `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "${schema}"."_prisma_migrations" ORDER BY migration_name`,
  );
  return rows;
}

beforeAll(async () => {
  client = new Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await client.end();
});

describe("migration runner", () => {
  it("applies every migration once and keeps Prisma's bookkeeping (sha256 checksum, finished, one step)", async () => {
    const schema = freshSchema();
    const local = await readLocalMigrations();
    const first = await migrate({ connectionString: url, schema });
    expect(first.applied).toEqual(local.map((m) => m.name));
    const rows = await bookkeeping(schema);
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const [i, r] of rows.entries()) {
      expect(r.checksum).toBe(checksumOf(local[i]!.sql));
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(r.finished_at).not.toBeNull();
      expect(r.rolled_back_at).toBeNull();
      expect(r.applied_steps_count).toBe(1);
    }
    const second = await migrate({ connectionString: url, schema });
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(local.map((m) => m.name));
    expect(await bookkeeping(schema)).toHaveLength(local.length);
  });

  it("refuses to run when an applied migration's file was changed, and applies nothing", async () => {
    const schema = freshSchema();
    const dir = await mkdtemp(path.join(tmpdir(), "mig-"));
    try {
      await cp(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
      await migrate({ connectionString: url, schema, migrationsDir: dir });
      const [first] = await readLocalMigrations(dir);
      await appendFile(path.join(dir, first!.name, "migration.sql"), "\n-- edited after it was applied\n");
      // A new migration alongside: it must not be applied either.
      await mkdir(path.join(dir, "29990101000000_later"));
      await writeFile(path.join(dir, "29990101000000_later", "migration.sql"), `CREATE TABLE "later_table" ("id" INTEGER);`);

      const err = await migrate({ connectionString: url, schema, migrationsDir: dir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(MigrationError);
      expect((err as MigrationError).code).toBe("CHECKSUM_MISMATCH");
      expect((err as Error).message).toContain(first!.name);
      const { rowCount } = await client.query(
        `SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'later_table'`,
        [schema],
      );
      expect(rowCount).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const schema = freshSchema();
    const dir = await mkdtemp(path.join(tmpdir(), "mig-"));
    try {
      await mkdir(path.join(dir, "20000101000000_ok"));
      await writeFile(path.join(dir, "20000101000000_ok", "migration.sql"), `CREATE TABLE "ok_table" ("id" INTEGER);`);
      await mkdir(path.join(dir, "20000102000000_broken"));
      await writeFile(
        path.join(dir, "20000102000000_broken", "migration.sql"),
        `CREATE TABLE "half_table" ("id" INTEGER);\nSELECT no_such_function();`,
      );
      const err = await migrate({ connectionString: url, schema, migrationsDir: dir }).catch((e: unknown) => e);
      expect((err as MigrationError).code).toBe("APPLY_FAILED");
      expect((await bookkeeping(schema)).map((r) => r.migration_name)).toEqual(["20000101000000_ok"]);
      const { rowCount } = await client.query(
        `SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'half_table'`,
        [schema],
      );
      expect(rowCount).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("is safe when several instances start at once: each migration is applied exactly once", async () => {
    const schema = freshSchema();
    const local = await readLocalMigrations();
    const results = await Promise.all([1, 2, 3, 4].map(() => migrate({ connectionString: url, schema })));
    const appliedCounts = local.map((m) => results.filter((r) => r.applied.includes(m.name)).length);
    expect(appliedCounts).toEqual(local.map(() => 1));
    expect(await bookkeeping(schema)).toHaveLength(local.length);
  });
});
