import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actualModelFromDatabase, diffModels, expectedModelFromSchema, type DbModel } from "@/lib/migrate/drift";
import { migrate } from "@/lib/migrate/runner";

// Fails when prisma/schema.prisma and the hand-written SQL migrations disagree
// (Prisma's own `migrate diff` cannot run here). Each migration set goes into
// its own throwaway schema so other test files sharing the database are untouched.

const root = path.resolve(__dirname, "../..");
const read = (file: string) => readFileSync(file, "utf8");
const realSchemaText = read(path.join(root, "prisma/schema.prisma"));

/** Replaces one exact piece of text, failing loudly if it is not there (so the fixture cannot silently stop testing). */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture edit: ${JSON.stringify(from)} not found`);
  return text.replace(from, to);
}

// Fixtures are derived from the real files at run time, so they follow every
// schema change: a model changed without a migration…
const changedSchemaText = edit(
  edit(realSchemaText, "  displayName       String    @map(\"display_name\") @db.VarChar(120)\n",
    "  displayName       String    @map(\"display_name\") @db.VarChar(120)\n  phone             String    @db.VarChar(30)\n"),
  "lastSignInAt      DateTime? @map",
  "lastSignInAt      DateTime  @map",
);
// …and a migration that lost a unique index.
const brokenMigrations = mkdtempSync(path.join(tmpdir(), "drift-"));
cpSync(path.join(root, "prisma/migrations"), brokenMigrations, { recursive: true });
const initSql = path.join(brokenMigrations, "20261128000000_init", "migration.sql");
writeFileSync(
  initSql,
  edit(read(initSql), `CREATE UNIQUE INDEX "role_grant_user_id_role_org_unit_id_key" ON "role_grant"("user_id", "role", "org_unit_id");\n`, ""),
);

const connectionString = process.env.DATABASE_URL ?? "";
const suffix = randomBytes(4).toString("hex");
const realSchema = `drift_real_${suffix}`;
const brokenSchema = `drift_noidx_${suffix}`;
let real: DbModel;
let broken: DbModel;

beforeAll(async () => {
  if (!connectionString) throw new Error("DATABASE_URL is not set (scripts/test.ts provides a fresh database)");
  // One after the other: an embedded server (PGlite) shares a single session between connections.
  await migrate({ connectionString, schema: realSchema });
  await migrate({
    connectionString,
    schema: brokenSchema,
    migrationsDir: brokenMigrations,
  });
  real = await actualModelFromDatabase(connectionString, realSchema);
  broken = await actualModelFromDatabase(connectionString, brokenSchema);
});

afterAll(async () => {
  rmSync(brokenMigrations, { recursive: true, force: true });
  if (!connectionString) return;
  const client = new Client({ connectionString });
  await client.connect();
  try {
    for (const s of [realSchema, brokenSchema]) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await client.end();
  }
});

describe("schema drift between prisma/schema.prisma and prisma/migrations", () => {
  it("the migrations build exactly what schema.prisma describes", () => {
    const expected = expectedModelFromSchema(realSchemaText);
    const diff = diffModels(expected, real);
    expect(diff, `schema.prisma and the migrations disagree:\n  ${diff.join("\n  ")}\n`).toEqual([]);
    // Guard against a vacuous pass (e.g. reading the wrong schema).
    expect(Object.keys(real.tables)).toContain("app_user");
  });

  it("catches a model changed without a migration", () => {
    const changed = expectedModelFromSchema(changedSchemaText);
    expect(diffModels(changed, real)).toEqual([
      "column app_user.last_sign_in_at: expected timestamptz(3) not null, found timestamptz(3) null",
      "missing column app_user.phone (expected varchar(30) not null)",
    ]);
  });

  it("catches a migration that lost a unique index", () => {
    const expected = expectedModelFromSchema(realSchemaText);
    expect(diffModels(expected, broken)).toEqual([
      "missing unique (user_id, role, org_unit_id) on role_grant",
    ]);
  });

  it("reports an invalid schema with Prisma's own error", () => {
    expect(() => expectedModelFromSchema("model X {\n  id Int @id\n  y Nope\n}\n")).toThrow(/Nope/);
  });
});
