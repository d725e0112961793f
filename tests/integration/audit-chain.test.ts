import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { recordAudit, verifyAuditChain } from "@/lib/data/audit";
import { db, disconnectDb } from "@/lib/db";
import { sealAll } from "./audit-helpers";

afterAll(() => disconnectDb());

/** Changes a row behind the trigger's back, as someone with direct database access could. */
async function tamper(sql: string, params: unknown[]) {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    await c.query("SET session_replication_role = replica");
    await c.query(sql, params);
  } finally {
    await c.query("RESET session_replication_role");
    await c.end();
  }
}

// Design change (sealed log, migration 20261203120000): events no longer link to
// the previous event; each carries its own content hash and the sealer closes them
// into Merkle-rooted, chained, signed batches. An altered event is still named
// exactly; a deleted one is found through its batch's root, so verification names
// the first event of that batch — the point from which the log cannot be trusted.
describe("audit chain", () => {
  it("verifies an untouched chain, including events appended concurrently", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordAudit({ action: "test.concurrent", entityType: "Test", entityId: String(i), after: { i, nested: { b: 1, a: [1, 2] } } }),
      ),
    );
    await sealAll();
    const result = await verifyAuditChain();
    expect(result).toMatchObject({ ok: true, firstBrokenId: null });
    expect(result.checked).toBeGreaterThanOrEqual(20);
  });

  it("refuses UPDATE and DELETE at the database", async () => {
    const last = await db().auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    await expect(db().auditEvent.update({ where: { id: last.id }, data: { action: "x" } })).rejects.toThrow(/append-only/);
    await expect(db().auditEvent.delete({ where: { id: last.id } })).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  it("detects an altered row, and names it", async () => {
    await recordAudit({ action: "test.before", entityType: "Test" });
    await recordAudit({ action: "test.victim", entityType: "Test", after: { level: 2 } });
    await recordAudit({ action: "test.after", entityType: "Test" });
    const victim = await db().auditEvent.findFirstOrThrow({ where: { action: "test.victim" }, orderBy: { id: "desc" } });
    try {
      await tamper(`UPDATE audit_event SET after = '{"level": 5}' WHERE id = $1`, [victim.id.toString()]);
      expect(await verifyAuditChain()).toMatchObject({ ok: false, firstBrokenId: victim.id.toString() });
    } finally {
      await tamper(`UPDATE audit_event SET after = '{"level": 2}' WHERE id = $1`, [victim.id.toString()]);
    }
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("detects a deleted row", async () => {
    await recordAudit({ action: "test.gone", entityType: "Test" });
    await recordAudit({ action: "test.next", entityType: "Test" });
    await sealAll();
    const gone = await db().auditEvent.findFirstOrThrow({ where: { action: "test.gone" }, orderBy: { id: "desc" } });
    const seal = await db().auditSeal.findFirstOrThrow({ where: { firstId: { lte: gone.id }, lastId: { gte: gone.id } } });
    const row = (await db().$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM audit_event WHERE id = $1`, gone.id))[0]!;
    try {
      await tamper(`DELETE FROM audit_event WHERE id = $1`, [gone.id.toString()]);
      expect(await verifyAuditChain()).toMatchObject({ ok: false, firstBrokenId: seal.firstId.toString(), problem: { kind: "batchAltered", seq: seal.seq } });
    } finally {
      const cols = Object.keys(row);
      await tamper(
        `INSERT INTO audit_event (${cols.map((c) => `"${c}"`).join(",")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(",")})`,
        cols.map((c) => (c === "before" || c === "after") && row[c] !== null ? JSON.stringify(row[c]) : row[c]),
      );
    }
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});
