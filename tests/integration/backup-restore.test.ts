import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackup } from "@/lib/backup/backup";
import { BackupError } from "@/lib/backup/files";
import { restoreBackup } from "@/lib/backup/restore";
import { addFileEvidence, openEvidenceFile } from "@/lib/data/assessments/evidence";
import { saveResponse } from "@/lib/data/assessments/responses";
import { appendAudit, recordAudit, verifyAuditChain } from "@/lib/data/audit";
import { auditLogId, checkpointFile } from "@/lib/data/audit-seal";
import { db, disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { setupRuntimeRole } from "@/lib/migrate/roles";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { actorOf, createAssessmentWorld, FIRST_CODE, fillCompletely, startAssessment } from "./assessment-fixtures";
import { sealAll, sealCovering } from "./audit-helpers";

/**
 * Back up the test database (with pg_dump on a server, the SQL dump on the
 * embedded one), restore into a fresh database and find everything again —
 * through the data layer pointed at the restored copy.
 */

const meta = { ip: null, userAgent: null };
const sourceUrl = process.env.DATABASE_URL!;
const work = mkdtempSync(path.join(tmpdir(), "agm-backup-test-"));
const source = { dataDir: path.join(work, "data-src"), evidenceDir: path.join(work, "data-src", "evidence") };
const target = { dataDir: path.join(work, "data-dst"), evidenceDir: path.join(work, "data-dst", "evidence") };
const PDF = new TextEncoder().encode(`%PDF-1.4\n% ${randomBytes(16).toString("hex")}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

let embedded = false;
let targetUrl = "";
let fresh: EmbeddedPostgres | undefined;
let freshName: string | undefined;
let archive = "";
let evidenceId = "";
let respondent: Awaited<ReturnType<typeof createAssessmentWorld>>["home"]["RESPONDENT"];
let assessmentIds: string[] = [];

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

/** Everything about assessments, answers and evidence, as one comparable text. */
async function snapshot(url: string): Promise<string> {
  const rows = await query<{ s: string }>(
    url,
    `SELECT json_build_object(
       'assessment', (SELECT coalesce(json_agg(t ORDER BY id), '[]') FROM assessment t),
       'response', (SELECT coalesce(json_agg(t ORDER BY id), '[]') FROM response t),
       'evidence', (SELECT coalesce(json_agg(t ORDER BY id), '[]') FROM evidence t),
       'audit', (SELECT count(*) FROM audit_event),
       'users', (SELECT count(*) FROM app_user)
     )::text AS s`,
  );
  return rows[0]!.s;
}

async function isEmpty(url: string): Promise<boolean> {
  return (await query(url, `SELECT 1 FROM pg_tables WHERE schemaname = current_schema()`)).length === 0;
}

/** Unpacks the archive, lets `change` alter it, packs it again. */
function tampered(name: string, change: (dir: string) => void): string {
  const dir = path.join(work, `unpacked-${name}`);
  mkdirSync(dir);
  execFileSync("tar", ["-xzf", archive, "-C", dir]);
  change(dir);
  const out = path.join(work, `${name}.tar.gz`);
  execFileSync("tar", ["-czf", out, "-C", dir, "."]);
  return out;
}

function useDatabase(url: string, evidenceDir: string) {
  process.env.DATABASE_URL = url;
  process.env.EVIDENCE_DIR = evidenceDir;
  resetEnvCache();
}

beforeAll(async () => {
  mkdirSync(source.evidenceDir, { recursive: true });
  // An audit checkpoint file (kept) and the auth secret (left out unless asked).
  writeFileSync(path.join(source.dataDir, "audit-checkpoints.jsonl"), '{"upTo":1}\n');
  writeFileSync(path.join(source.dataDir, "auth-secret"), "not-to-be-copied");
  await disconnectDb();
  useDatabase(sourceUrl, source.evidenceDir);

  embedded = /PGlite/.test((await query<{ v: string }>(sourceUrl, `SELECT version() AS v`))[0]!.v);
  const w = await createAssessmentWorld();
  respondent = w.home.RESPONDENT;
  const actor = await actorOf(respondent);
  const a1 = await startAssessment(respondent, w.cycle.id, w.units.D.id);
  await fillCompletely(a1, 3);
  const a2 = await startAssessment(w.other.RESPONDENT, w.cycle.id, w.units.E.id);
  const saved = await saveResponse(
    await actorOf(w.other.RESPONDENT),
    { assessmentId: a2, questionCode: FIRST_CODE, expectedVersion: 0, answer: { level: 4, na: false, naReason: "", note: "备份测试：见制度文件" } },
    meta,
  );
  expect(saved).toBeTruthy();
  const file = await addFileEvidence(actor, { assessmentId: a1, questionCode: FIRST_CODE, fileName: "制度文件.pdf", bytes: PDF }, meta);
  evidenceId = file.id;
  assessmentIds = [a1, a2];

  if (embedded) {
    fresh = await startEmbeddedPostgres({});
    targetUrl = fresh.url;
  } else {
    freshName = `agm_restore_${Date.now()}_${randomBytes(3).toString("hex")}`;
    await query(sourceUrl, `CREATE DATABASE "${freshName}"`);
    const u = new URL(sourceUrl);
    u.pathname = `/${freshName}`;
    targetUrl = u.toString();
  }
});

afterAll(async () => {
  await disconnectDb();
  useDatabase(sourceUrl, "");
  delete process.env.EVIDENCE_DIR;
  resetEnvCache();
  if (fresh) await fresh.stop();
  if (freshName) await query(sourceUrl, `DROP DATABASE IF EXISTS "${freshName}" WITH (FORCE)`);
  rmSync(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("writes one archive with a manifest: version, migration level, a sha256 per part; no secret", async () => {
    const result = await createBackup({
      databaseUrl: sourceUrl,
      databaseKind: embedded ? "embedded" : "server",
      out: path.join(work, "backup.tar.gz"),
      evidenceDir: source.evidenceDir,
      dataDir: source.dataDir,
    });
    archive = result.file;
    const m = result.manifest;
    expect(m.database.format).toBe(embedded ? "jsonl" : "pg_dump-custom");
    expect(m.app.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(m.migrations.level).toBe(m.migrations.applied.at(-1)!.name);
    expect(m.parts.map((p) => p.path)).toContain("data/audit-checkpoints.jsonl");
    expect(m.parts.filter((p) => p.path.startsWith("evidence/"))).toHaveLength(1);
    expect(m.parts.some((p) => p.path.includes("auth-secret"))).toBe(false);
    expect(m.excluded.join(" ")).toMatch(/auth-secret/);
  });

  it("refuses an archive whose file does not match its sha256, and changes nothing", async () => {
    const bad = tampered("corrupt", (dir) => {
      const ev = execFileSync("find", [path.join(dir, "evidence"), "-type", "f"]).toString().trim().split("\n")[0]!;
      const bytes = readFileSync(ev);
      const at = bytes.length - 2;
      bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
      writeFileSync(ev, bytes);
    });
    await expect(restoreBackup({ file: bad, databaseUrl: targetUrl, ...target })).rejects.toMatchObject({ code: "CHECKSUM_MISMATCH" });
    expect(await isEmpty(targetUrl)).toBe(true);
    expect(existsSync(target.evidenceDir)).toBe(false);
  });

  it("refuses an archive from a newer migration level, and changes nothing", async () => {
    const newer = tampered("newer", (dir) => {
      const file = path.join(dir, "manifest.json");
      const m = JSON.parse(readFileSync(file, "utf8"));
      m.migrations.applied.push({ name: "29991231000000_from_the_future", checksum: "f".repeat(64) });
      m.migrations.level = "29991231000000_from_the_future";
      writeFileSync(file, JSON.stringify(m));
    });
    const err = await restoreBackup({ file: newer, databaseUrl: targetUrl, ...target }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(err).toMatchObject({ code: "NEWER_MIGRATION_LEVEL" });
    expect((err as Error).message).toMatch(/newer version/);
    expect(await isEmpty(targetUrl)).toBe(true);
  });

  it("restores into a fresh database: every assessment, answer, evidence file and a verifying audit chain", async () => {
    const before = await snapshot(sourceUrl);
    const chainBefore = await verifyAuditChain();
    expect(chainBefore.ok).toBe(true);

    const { manifest, auditEpoch } = await restoreBackup({ file: archive, databaseUrl: targetUrl, ...target });
    expect(manifest.migrations.level).toBeTruthy();
    // Into the same cluster (a server database here) the transaction ids already continue above the restored ones.
    if (!embedded) expect(auditEpoch.xidBase).toBe("0");
    expect(await snapshot(targetUrl)).toBe(before);

    // The data layer, pointed at the restored copy, finds it all.
    await disconnectDb();
    useDatabase(targetUrl, target.evidenceDir);
    try {
      const chain = await verifyAuditChain();
      expect(chain).toMatchObject({ ok: true, firstBrokenId: null });
      expect(chain.checked).toBe(chainBefore.checked);
      expect(await db().assessment.count({ where: { id: { in: assessmentIds } } })).toBe(2);
      const answer = await db().response.findFirstOrThrow({ where: { assessmentId: assessmentIds[1], question: { code: FIRST_CODE } } });
      expect(answer).toMatchObject({ level: 4, note: "备份测试：见制度文件" });
      const file = await openEvidenceFile(await actorOf(respondent), evidenceId);
      expect(Buffer.compare(file.bytes, Buffer.from(PDF))).toBe(0);
      expect(file.fileName).toBe("制度文件.pdf");
      // New events continue the restored sequence and the chain: the evidence download above is audited
      // (issue 7 §5), and one more event is written here.
      await recordAudit({ action: "test.after-restore", entityType: "Test" });
      // On a server this is a restore into the same cluster, on the embedded database into another one.
      expect(await verifyAuditChain()).toMatchObject({ ok: true, checked: chainBefore.checked + 2 });
    } finally {
      await disconnectDb();
      useDatabase(sourceUrl, source.evidenceDir);
    }
    expect(readFileSync(path.join(target.dataDir, "audit-checkpoints.jsonl"), "utf8")).toBe('{"upTo":1}\n');
    expect(existsSync(path.join(target.dataDir, "auth-secret"))).toBe(false);
  });

  it("refuses to restore over a database that holds data unless forced", async () => {
    await expect(restoreBackup({ file: archive, databaseUrl: targetUrl, ...target })).rejects.toMatchObject({ code: "NOT_EMPTY" });
    const before = await snapshot(sourceUrl);
    await restoreBackup({ file: archive, databaseUrl: targetUrl, ...target, force: true });
    expect(await snapshot(targetUrl)).toBe(before);
  });

  it("takes one consistent moment while the app keeps writing", async () => {
    // Each write adds a unit and the audit event naming it in one transaction: a consistent dump has both or neither.
    const tag = randomBytes(3).toString("hex");
    let n = 0;
    const writeOne = () =>
      db().$transaction(async (tx) => {
        const unit = await tx.orgUnit.create({
          data: { code: `BK-${tag}-${n++}`, nameZh: "备份期间新增", nameEn: "Added during backup", kind: "DEPARTMENT", path: "/" },
        });
        await appendAudit(tx, { action: "test.backup-writer", entityType: "OrgUnit", entityId: unit.id });
      });
    await writeOne();
    let writing = true;
    const writer = (async () => {
      while (writing) await writeOne();
    })();
    let result;
    try {
      result = await createBackup({
        databaseUrl: sourceUrl,
        databaseKind: embedded ? "embedded" : "server",
        out: path.join(work, "while-writing.tar.gz"),
        evidenceDir: source.evidenceDir,
        dataDir: source.dataDir,
      });
    } finally {
      writing = false;
      await writer;
    }
    await restoreBackup({ file: result.file, databaseUrl: targetUrl, ...target, force: true });
    const units = await query<{ id: string }>(targetUrl, `SELECT id FROM org_unit WHERE code LIKE 'BK-${tag}-%' ORDER BY id`);
    const events = await query<{ id: string }>(
      targetUrl,
      `SELECT entity_id AS id FROM audit_event WHERE action = 'test.backup-writer' AND entity_id = ANY(ARRAY(SELECT id::text FROM org_unit WHERE code LIKE 'BK-${tag}-%')) ORDER BY entity_id`,
    );
    const allEvents = await query<{ c: string }>(targetUrl, `SELECT count(*) AS c FROM audit_event WHERE action = 'test.backup-writer'`);
    expect(n).toBeGreaterThan(1); // the writer did write while the backup ran
    expect(units.length).toBeGreaterThanOrEqual(1);
    expect(events.map((e) => e.id)).toEqual(units.map((u) => u.id));
    expect(Number(allEvents[0]!.c)).toBe(units.length);
    await disconnectDb();
    useDatabase(targetUrl, target.evidenceDir);
    try {
      expect((await verifyAuditChain()).ok).toBe(true);
    } finally {
      await disconnectDb();
      useDatabase(sourceUrl, source.evidenceDir);
    }
  });

  it("restores into another cluster whose transaction ids are lower: new events are sealed in the chain and verify; tampering before or after the restore is found", async () => {
    // The source's log, sealed up to now.
    await recordAudit({ action: "test.before-cross-restore", entityType: "Test" });
    await sealAll();
    const other = await startEmbeddedPostgres({});
    const dst = { dataDir: path.join(work, "data-other"), evidenceDir: path.join(work, "data-other", "evidence") };
    const rawXid = async (url: string) => BigInt((await query<{ x: string }>(url, `SELECT pg_current_xact_id()::text AS x`))[0]!.x);
    try {
      // A new cluster starts near the bottom; make sure the source is well above it (a server usually is already).
      const otherStart = await rawXid(other.url);
      const c = new Client({ connectionString: sourceUrl });
      await c.connect();
      try {
        while ((await rawXid(sourceUrl)) < otherStart + 3_000n) {
          for (let i = 0; i < 500; i++) await c.query(`SELECT pg_current_xact_id()`);
        }
      } finally {
        await c.end();
      }
      await recordAudit({ action: "test.before-cross-restore", entityType: "Test" });
      await sealAll();
      const sealedTo = BigInt((await query<{ x: string }>(sourceUrl, `SELECT max(xid_hi)::text AS x FROM audit_seal`))[0]!.x);
      const lastSeal = (await query<{ seq: number; hash: string }>(sourceUrl, `SELECT seq, hash FROM audit_seal ORDER BY seq DESC LIMIT 1`))[0]!;

      // A SQL dump can go from either kind of database into the embedded one: another cluster in both runs.
      const made = await createBackup({
        databaseUrl: sourceUrl,
        databaseKind: embedded ? "embedded" : "server",
        logical: true,
        out: path.join(work, "cross-cluster.tar.gz"),
        evidenceDir: source.evidenceDir,
        dataDir: source.dataDir,
      });
      // The signed checkpoints travel with the log (a copy: the source keeps sealing its own).
      const logId = await auditLogId();
      const checkpointDir = path.join(work, "checkpoints-other");
      mkdirSync(checkpointDir);
      copyFileSync(checkpointFile(logId), path.join(checkpointDir, path.basename(checkpointFile(logId))));

      const { auditEpoch } = await restoreBackup({ file: made.file, databaseUrl: other.url, ...dst });
      // The point of this test: the new cluster's own transaction ids lie below the restored seals' ranges…
      expect(await rawXid(other.url)).toBeLessThan(sealedTo);
      // …so the restore began an epoch whose base lifts them above everything restored, after the last seal.
      expect(auditEpoch).toMatchObject({ epoch: 2, afterSealSeq: lastSeal.seq });
      expect(BigInt(auditEpoch.floorXid)).toBeGreaterThanOrEqual(sealedTo);
      expect(BigInt(auditEpoch.xidBase)).toBeGreaterThan(0n);

      await disconnectDb();
      const poolMax = process.env.DATABASE_POOL_MAX;
      // As `npm start` runs the embedded database: one pooled connection (PGlite serves one session).
      process.env.DATABASE_POOL_MAX = "1";
      process.env.AUDIT_CHECKPOINT_DIR = checkpointDir;
      useDatabase(other.url, dst.evidenceDir);
      try {
        const restored = await verifyAuditChain();
        expect(restored).toMatchObject({ ok: true });
        for (let i = 0; i < 3; i++) await recordAudit({ action: "test.after-cross-restore", entityType: "Test", entityId: String(i) });
        const after = await db().auditEvent.findMany({ where: { action: "test.after-cross-restore" }, orderBy: { id: "asc" } });
        expect(after).toHaveLength(3);
        for (const e of after) expect(e.insXid).toBeGreaterThanOrEqual(BigInt(auditEpoch.floorXid));

        // Sealed in a new batch that continues the chain from the last restored seal.
        const seal = await sealCovering(after[0]!.insXid);
        expect(seal.seq).toBe(lastSeal.seq + 1);
        expect(seal.prevHash).toBe(lastSeal.hash);
        expect(seal.xidLo).toBe(sealedTo);
        const verified = await verifyAuditChain();
        expect(verified).toMatchObject({ ok: true, unsealed: 0, problem: null });
        expect(verified.checked).toBe(await db().auditEvent.count());
        expect(verified.checked).toBe(restored.checked + 3);
        // The checkpoint file holds the seals signed before the restore and the new one.
        expect(verified.latestCheckpoint?.seq).toBe(seal.seq);

        // Altering an event from before or after the restore is found, and where.
        const before = await db().auditEvent.findFirstOrThrow({ where: { action: "test.before-cross-restore" } });
        for (const victim of [before, after[1]!]) {
          await asOwnerOf(other.url, `UPDATE audit_event SET action = 'test.rewritten' WHERE id = ${victim.id}`);
          const broken = await verifyAuditChain();
          expect(broken).toMatchObject({ ok: false, firstBrokenId: victim.id.toString() });
          expect(broken.problem?.kind).toBe("eventAltered");
          await asOwnerOf(other.url, `UPDATE audit_event SET action = '${victim.action}' WHERE id = ${victim.id}`);
          expect((await verifyAuditChain()).ok).toBe(true);
        }
        // So is removing one of the new events from its sealed batch.
        await asOwnerOf(other.url, `DELETE FROM audit_event WHERE id = ${after[2]!.id}`);
        expect(await verifyAuditChain()).toMatchObject({ ok: false, problem: { kind: "batchAltered", seq: seal.seq } });
      } finally {
        await disconnectDb();
        delete process.env.AUDIT_CHECKPOINT_DIR;
        if (poolMax === undefined) delete process.env.DATABASE_POOL_MAX;
        else process.env.DATABASE_POOL_MAX = poolMax;
        useDatabase(sourceUrl, source.evidenceDir);
      }
    } finally {
      await other.stop();
    }
  });

  it.skipIf(process.env.DATABASE_POOL_MAX === "1")(
    "on a server with a runtime role: after a restore the grant step gives the role its rights back; it seals and verifies, but cannot begin an epoch",
    async () => {
      const name = `agm_restore_rt_${randomBytes(3).toString("hex")}`;
      const role = `restore_rt_${randomBytes(3).toString("hex")}`;
      const ownerUrl = (() => {
        const u = new URL(sourceUrl);
        u.pathname = `/${name}`;
        return u.toString();
      })();
      const runtimeUrl = (() => {
        const u = new URL(ownerUrl);
        u.username = role;
        u.password = randomBytes(12).toString("hex");
        return u.toString();
      })();
      const dst = { dataDir: path.join(work, "data-rt"), evidenceDir: path.join(work, "data-rt", "evidence") };
      const checkpointDir = path.join(work, "checkpoints-rt");
      mkdirSync(checkpointDir);
      await query(sourceUrl, `CREATE DATABASE "${name}"`);
      try {
        // As `npm run restore` does with DATABASE_OWNER_URL set: restore as the owner, then the grant step.
        await restoreBackup({ file: archive, databaseUrl: ownerUrl, ...dst });
        await setupRuntimeRole({ ownerUrl, runtimeUrl });
        const rt = new Client({ connectionString: runtimeUrl });
        await rt.connect();
        try {
          for (const sql of [
            `INSERT INTO audit_epoch (epoch, xid_base, floor_xid, reason) VALUES (99, 0, 0, 'restore')`,
            `SELECT audit_begin_epoch('restore')`,
          ]) {
            await expect(rt.query(sql), sql).rejects.toThrow(/permission denied/);
          }
        } finally {
          await rt.end();
        }
        await disconnectDb();
        process.env.AUDIT_CHECKPOINT_DIR = checkpointDir;
        useDatabase(runtimeUrl, dst.evidenceDir);
        try {
          await recordAudit({ action: "test.runtime-after-restore", entityType: "Test" });
          const event = await db().auditEvent.findFirstOrThrow({ where: { action: "test.runtime-after-restore" } });
          await sealCovering(event.insXid);
          expect(await verifyAuditChain()).toMatchObject({ ok: true, unsealed: 0 });
        } finally {
          await disconnectDb();
          delete process.env.AUDIT_CHECKPOINT_DIR;
          useDatabase(sourceUrl, source.evidenceDir);
        }
      } finally {
        await query(sourceUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await query(sourceUrl, `DROP ROLE IF EXISTS "${role}"`);
      }
    },
  );
});

/** A change only the database owner could make (the append-only triggers off for one transaction). */
async function asOwnerOf(url: string, sql: string) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("BEGIN");
    await c.query("SET LOCAL session_replication_role = replica");
    await c.query(sql);
    await c.query("COMMIT");
  } finally {
    await c.end();
  }
}
