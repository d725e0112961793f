import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb, statementName } from "@/lib/db";
import { isEmbeddedDatabaseUrl } from "@/lib/db-embedded";
import { resetEnvCache } from "@/lib/env";

/**
 * The app's statements run prepared under a name derived from their text (lib/db.ts), so PostgreSQL plans
 * them once per connection; DATABASE_PREPARED_STATEMENTS=off (for transaction-mode poolers) turns that off, and
 * the embedded database never gets them (all its connections share one session, lib/db-embedded.ts).
 */
const embedded = isEmbeddedDatabaseUrl(process.env.DATABASE_URL ?? "");
afterAll(async () => {
  delete process.env.DATABASE_PREPARED_STATEMENTS;
  resetEnvCache();
  await disconnectDb();
});

const preparedHere = () => db().$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;

describe("prepared statements", () => {
  it.runIf(!embedded)("prepares the app's statements under the name of their text", async () => {
    const rows = await preparedHere();
    // The query sees itself: it was prepared on this connection before it ran.
    const self = rows.find((r) => r.statement.includes("FROM pg_prepared_statements"));
    expect(self).toBeDefined();
    expect(self!.name).toBe(statementName(self!.statement));
  });

  it("gives each call its own parameters when the plan is reused", async () => {
    const twice = async (n: number) => (await db().$queryRaw<{ n: number }[]>`SELECT ${n}::int + 1 AS n`)[0]!.n;
    // More than five runs: PostgreSQL may switch a prepared statement to a generic plan after the fifth.
    for (let n = 0; n < 8; n++) expect(await twice(n)).toBe(n + 1);
  });

  it.runIf(embedded)("prepares nothing by name on the embedded database", async () => {
    expect((await preparedHere()).filter((r) => r.name.startsWith("agm_"))).toEqual([]);
    // A new connection to the same session, as after the pool's idle timeout: still no clash.
    await disconnectDb();
    expect((await preparedHere()).filter((r) => r.name.startsWith("agm_"))).toEqual([]);
  });

  it("prepares nothing by name when DATABASE_PREPARED_STATEMENTS=off", async () => {
    await disconnectDb();
    process.env.DATABASE_PREPARED_STATEMENTS = "off";
    resetEnvCache();
    const rows = await preparedHere();
    expect(rows.filter((r) => r.name.startsWith("agm_"))).toEqual([]);
  });
});
