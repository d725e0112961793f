import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PASSWORD_FILE, startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";

/** Issue 15 §4: the embedded database's socket has a random password per data directory, never "postgres". */

const dir = mkdtempSync(path.join(tmpdir(), "agm-embedded-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tryConnect(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    const { rows } = await c.query<{ one: number }>("SELECT 1 AS one");
    return rows[0]?.one === 1 ? "ok" : "odd";
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  } finally {
    await c.end().catch(() => {});
  }
}

describe("embedded PostgreSQL socket password", () => {
  it("refuses 'postgres' and any other wrong password, accepts its own; kept 0600 in the data directory across restarts", async () => {
    const dataDir = path.join(dir, "pg");
    const first = await startEmbeddedPostgres({ dataDir });
    const password = decodeURIComponent(new URL(first.url).password);
    try {
      expect(password).not.toBe("postgres");
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect(await tryConnect(first.url)).toBe("ok");
      const wrong = new URL(first.url);
      for (const pw of ["postgres", "", `${password}x`]) {
        wrong.password = pw;
        expect(await tryConnect(wrong.toString()), `password ${JSON.stringify(pw)}`).toMatch(/28P01|password/);
      }
      const file = path.join(dataDir, PASSWORD_FILE);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, "utf8").trim()).toBe(password);
    } finally {
      await first.stop();
    }

    // The same data directory keeps its password; another one gets its own.
    const again = await startEmbeddedPostgres({ dataDir });
    const other = await startEmbeddedPostgres({});
    try {
      expect(decodeURIComponent(new URL(again.url).password)).toBe(password);
      expect(await tryConnect(again.url)).toBe("ok");
      expect(decodeURIComponent(new URL(other.url).password)).not.toBe(password);
    } finally {
      await again.stop();
      await other.stop();
    }
  }, 120_000);
});
