import { describe, expect, it } from "vitest";
import { MAX_NAMED_STATEMENTS, statementName } from "@/lib/db";

describe("prepared statement names (lib/db.ts)", () => {
  it("gives one text one name, and two texts two names", () => {
    const a = statementName("SELECT 1 WHERE $1::int > 0");
    expect(a).toMatch(/^agm_[A-Za-z0-9_-]{32}$/);
    expect(statementName("SELECT 1 WHERE $1::int > 0")).toBe(a);
    expect(statementName("SELECT 2 WHERE $1::int > 0")).not.toBe(a);
  });

  it("keeps within PostgreSQL's 63-byte identifier limit", () => {
    expect(statementName("SELECT 'a long text' || repeat('x', 5000)")!.length).toBeLessThanOrEqual(63);
  });

  it("names at most MAX_NAMED_STATEMENTS texts; later ones run unnamed, known ones keep their name", () => {
    const first = statementName("SELECT 'first'");
    for (let i = 0; i < MAX_NAMED_STATEMENTS + 10; i++) statementName(`SELECT ${i} AS filler`);
    expect(statementName("SELECT 'one text too many'")).toBeUndefined();
    expect(statementName("SELECT 'first'")).toBe(first);
  });
});
