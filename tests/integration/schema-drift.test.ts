import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actualModelFromDatabase, diffModels, expectedModelFromSchema, type DbModel } from "@/lib/migrate/drift";
import { migrate } from "@/lib/migrate/runner";

// Fails when prisma/schema.prisma and the hand-written SQL migrations disagree
// (Prisma's own `migrate diff` cannot run here). Each migration set goes into
// its own throwaway schema so other test files sharing the database are untouched.

const root = path.resolve(__dirname, "../..");
const fixtures = path.join(root, "tests/fixtures/drift");
const read = (file: string) => readFileSync(file, "utf8");
const STALE_FIXTURE_HINT =
  "If prisma/schema.prisma or the migrations changed, refresh the copies in tests/fixtures/drift/ (see their headers).";

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
    migrationsDir: path.join(fixtures, "migrations-missing-index"),
  });
  real = await actualModelFromDatabase(connectionString, realSchema);
  broken = await actualModelFromDatabase(connectionString, brokenSchema);
});

afterAll(async () => {
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
    const expected = expectedModelFromSchema(read(path.join(root, "prisma/schema.prisma")));
    const diff = diffModels(expected, real);
    expect(diff, `schema.prisma and the migrations disagree:\n  ${diff.join("\n  ")}\n`).toEqual([]);
    // Guard against a vacuous pass (e.g. reading the wrong schema).
    expect(Object.keys(real.tables)).toContain("app_user");
  });

  it("catches a model changed without a migration", () => {
    const changed = expectedModelFromSchema(read(path.join(fixtures, "schema-with-extra-field.prisma")));
    expect(diffModels(changed, real), STALE_FIXTURE_HINT).toEqual([
      "column app_user.last_sign_in_at: expected timestamptz(3) not null, found timestamptz(3) null",
      "missing column app_user.phone (expected varchar(30) not null)",
    ]);
  });

  it("catches a migration that lost a unique index", () => {
    const expected = expectedModelFromSchema(read(path.join(root, "prisma/schema.prisma")));
    expect(diffModels(expected, broken), STALE_FIXTURE_HINT).toEqual([
      "missing unique (user_id, role, org_unit_id) on role_grant",
    ]);
  });

  it("reports an invalid schema with Prisma's own error", () => {
    expect(() => expectedModelFromSchema("model X {\n  id Int @id\n  y Nope\n}\n")).toThrow(/Nope/);
  });
});
