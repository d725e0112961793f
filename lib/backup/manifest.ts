import { z } from "zod";

/**
 * The pure half of backup and restore: what an archive's manifest holds and
 * the decisions made from it (may this code restore it, do its files match).
 * No I/O here, so the rules are unit-tested without a database.
 */

export const MANIFEST_FORMAT = 1;

/** Archive member paths: relative, forward slashes, no `..`, no hidden tricks. */
const SAFE_PATH = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._\-/]+$/;

export function isSafePartPath(p: string): boolean {
  return SAFE_PATH.test(p) && !p.startsWith("/") && !p.endsWith("/") && !p.includes("//") && p.length <= 500;
}

const partSchema = z.object({
  path: z.string().refine(isSafePartPath, "unsafe path in archive"),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const migrationSchema = z.object({ name: z.string().min(1).max(255), checksum: z.string().regex(/^[0-9a-f]{64}$/) });

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  app: z.object({ name: z.string(), version: z.string() }),
  createdAt: z.string().datetime(),
  database: z.object({
    /** Where the data came from: the embedded PGlite database or a PostgreSQL server. */
    kind: z.enum(["embedded", "server"]),
    /** `pg_dump` custom format, or one JSON-lines file per table (see logical-dump.ts). */
    format: z.enum(["pg_dump-custom", "jsonl"]),
    serverVersion: z.string(),
    tables: z.array(z.object({ name: z.string(), rows: z.number().int().min(0) })).optional(),
  }),
  migrations: z.object({
    /** The latest applied migration: the schema level the data belongs to. */
    level: z.string().nullable(),
    applied: z.array(migrationSchema),
  }),
  parts: z.array(partSchema),
  /** Plain words for the operator: what is deliberately not in the archive. */
  excluded: z.array(z.string()),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestPart = z.infer<typeof partSchema>;
export interface MigrationRef {
  name: string;
  checksum: string;
}

export type LevelCheck =
  | { ok: true; pending: string[] }
  | { ok: false; reason: "NEWER_MIGRATION_LEVEL"; unknown: string[] }
  | { ok: false; reason: "MIGRATION_MISMATCH"; changed: string[] };

/**
 * May this code restore data at the archive's migration level? Only when
 * every migration the archive applied is one this code has, unchanged: an
 * unknown one means the archive comes from newer code whose schema we cannot
 * describe. `pending` are the local migrations to run after the restore.
 */
export function checkMigrationLevel(archive: MigrationRef[], local: MigrationRef[]): LevelCheck {
  const localByName = new Map(local.map((m) => [m.name, m.checksum]));
  const unknown = archive.filter((m) => !localByName.has(m.name)).map((m) => m.name);
  if (unknown.length) return { ok: false, reason: "NEWER_MIGRATION_LEVEL", unknown };
  const changed = archive.filter((m) => localByName.get(m.name) !== m.checksum).map((m) => m.name);
  if (changed.length) return { ok: false, reason: "MIGRATION_MISMATCH", changed };
  const done = new Set(archive.map((m) => m.name));
  return { ok: true, pending: local.filter((m) => !done.has(m.name)).map((m) => m.name) };
}

export interface PartProblems {
  missing: string[];
  unexpected: string[];
  mismatched: string[];
}

/** Compares the files found in an unpacked archive with the manifest's list. */
export function compareParts(expected: ManifestPart[], found: Map<string, { bytes: number; sha256: string }>): PartProblems {
  const problems: PartProblems = { missing: [], unexpected: [], mismatched: [] };
  const listed = new Set<string>();
  for (const part of expected) {
    listed.add(part.path);
    const f = found.get(part.path);
    if (!f) problems.missing.push(part.path);
    else if (f.sha256 !== part.sha256 || f.bytes !== part.bytes) problems.mismatched.push(part.path);
  }
  for (const p of found.keys()) if (!listed.has(p)) problems.unexpected.push(p);
  return problems;
}

export function hasProblems(p: PartProblems): boolean {
  return p.missing.length + p.unexpected.length + p.mismatched.length > 0;
}

/**
 * pg_dump refuses a server newer than itself, and PGlite is not a server it
 * can dump: both then take the logical dump, which needs only SQL.
 */
export function chooseDumpFormat(input: {
  serverVersion: string;
  serverVersionNum: number;
  pgDumpMajor: number | null;
}): "pg_dump-custom" | "jsonl" {
  if (/PGlite/i.test(input.serverVersion)) return "jsonl";
  if (input.pgDumpMajor === null) return "jsonl";
  return Math.floor(input.serverVersionNum / 10000) <= input.pgDumpMajor ? "pg_dump-custom" : "jsonl";
}

/**
 * Files from the data folder worth keeping (audit checkpoints), and those
 * never taken unless asked: secrets and private keys would let whoever holds
 * the archive sign sessions or checkpoints.
 */
export function classifyDataFile(name: string): "audit" | "secret" | "skip" {
  if (/secret|private|\.key$|\.pem$|key\.json$/i.test(name)) return "secret";
  if (/^audit/i.test(name)) return "audit";
  return "skip";
}

/** Archive name with a sortable UTC time stamp. */
export function archiveName(now: Date, level: string | null): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `agm-backup-${stamp}${level ? `-${level.split("_")[0]}` : ""}.tar.gz`;
}
