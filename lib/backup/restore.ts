import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { DEFAULT_MIGRATIONS_DIR, migrate, readLocalMigrations } from "../migrate/runner";
import { BackupError, extractTarGz, isDirWithFiles, libpqUrl, listFiles, runPgTool, sha256File } from "./files";
import { beginAuditEpoch, type AuditEpoch } from "./audit-epoch";
import { dropSchemaContents, loadLogical, schemaHasTables } from "./logical-dump";
import { checkMigrationLevel, compareParts, hasProblems, manifestSchema, type Manifest } from "./manifest";

export interface RestoreOptions {
  file: string;
  databaseUrl: string;
  evidenceDir: string;
  dataDir: string;
  /** Replace a database (and evidence folder) that already holds data. */
  force?: boolean;
  migrationsDir?: string;
  log?: (line: string) => void;
}

export interface RestoreResult {
  manifest: Manifest;
  /** Migrations of this code applied after the data was restored. */
  migrated: string[];
  /** The audit epoch the restored log continues in. */
  auditEpoch: AuditEpoch;
}

async function readManifest(dir: string): Promise<Manifest> {
  let raw: string;
  try {
    raw = await readFile(path.join(dir, "manifest.json"), "utf8");
  } catch {
    throw new BackupError("the archive has no manifest.json: it is not a backup made by `npm run backup`", "BAD_ARCHIVE");
  }
  const parsed = manifestSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new BackupError(`the archive's manifest is not valid: ${parsed.error.issues[0]?.message}`, "BAD_ARCHIVE");
  return parsed.data;
}

/**
 * Everything is checked before anything is changed: the archive's files
 * against their sha256, its migration level against this code's, and the
 * target for existing data. Then database, files, the migrations this code
 * has beyond the archive's level, and a new audit epoch (lib/backup/audit-epoch.ts).
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? (() => {});
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const work = await mkdtemp(path.join(tmpdir(), "agm-restore-"));
  try {
    await extractTarGz(options.file, work);
    const manifest = await readManifest(work);

    const found = new Map<string, { bytes: number; sha256: string }>();
    for (const rel of await listFiles(work)) {
      if (rel === "manifest.json") continue;
      const full = path.join(work, rel);
      found.set(rel, { bytes: (await stat(full)).size, sha256: await sha256File(full) });
    }
    const problems = compareParts(manifest.parts, found);
    if (hasProblems(problems)) {
      const names = [...problems.mismatched, ...problems.missing, ...problems.unexpected].slice(0, 5).join(", ");
      throw new BackupError(`the archive is damaged or was altered (sha256 or file list differs: ${names}); nothing was restored`, "CHECKSUM_MISMATCH");
    }

    const local = await readLocalMigrations(migrationsDir);
    const level = checkMigrationLevel(manifest.migrations.applied, local);
    if (!level.ok) {
      throw level.reason === "NEWER_MIGRATION_LEVEL"
        ? new BackupError(
            `the archive comes from a newer version of the application (migration ${level.unknown.join(", ")} is unknown to this code); upgrade the application first, then restore`,
            "NEWER_MIGRATION_LEVEL",
          )
        : new BackupError(`migration ${level.changed.join(", ")} differs between the archive and this code`, "MIGRATION_MISMATCH");
    }

    const client = new Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      const v = await client.query<{ v: string }>(`SELECT version() AS v`);
      if (manifest.database.format === "pg_dump-custom" && /PGlite/i.test(v.rows[0]!.v)) {
        throw new BackupError("this archive was made with pg_dump from a PostgreSQL server: restore it into a PostgreSQL server (set DATABASE_URL)", "INCOMPATIBLE");
      }
      const dbHasData = await schemaHasTables(client);
      const filesPresent = await isDirWithFiles(options.evidenceDir);
      if ((dbHasData || filesPresent) && !options.force) {
        throw new BackupError(
          `the target already holds data (${[dbHasData && "database tables", filesPresent && `files in ${options.evidenceDir}`].filter(Boolean).join(", ")}); restore into an empty database, or pass --force to replace it`,
          "NOT_EMPTY",
        );
      }
      if (dbHasData) {
        log("--force: removing the target database's tables…");
        await dropSchemaContents(client);
      }
    } finally {
      await client.end();
    }

    if (manifest.database.format === "pg_dump-custom") {
      log("restoring the database with pg_restore…");
      await runPgTool("pg_restore", [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        "--dbname",
        libpqUrl(options.databaseUrl),
        path.join(work, "database", "db.dump"),
      ]);
    } else {
      log(`rebuilding the schema at ${manifest.migrations.level ?? "(no migrations)"} and loading the rows…`);
      const upTo = path.join(work, "migrations-at-archive-level");
      for (const m of manifest.migrations.applied) {
        await mkdir(path.join(upTo, m.name), { recursive: true });
        await copyFile(path.join(migrationsDir, m.name, "migration.sql"), path.join(upTo, m.name, "migration.sql"));
      }
      await mkdir(upTo, { recursive: true });
      await migrate({ connectionString: options.databaseUrl, migrationsDir: upTo });
      const loader = new Client({ connectionString: options.databaseUrl });
      await loader.connect();
      try {
        await loadLogical(loader, path.join(work, "database"), manifest.database.tables ?? []);
      } finally {
        await loader.end();
      }
    }

    log("restoring files…");
    for (const part of manifest.parts) {
      const [top, ...rest] = part.path.split("/");
      const target =
        top === "evidence" ? path.join(options.evidenceDir, ...rest) : top === "data" ? path.join(options.dataDir, ...rest) : null;
      if (!target) continue;
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(path.join(work, part.path), target);
    }

    const result = await migrate({ connectionString: options.databaseUrl, migrationsDir, log });
    const auditEpoch = await beginAuditEpoch(options.databaseUrl);
    log(
      `audit log: epoch ${auditEpoch.epoch} begins after seal ${auditEpoch.afterSealSeq ?? "(none)"} (transaction ids + ${auditEpoch.xidBase}, above ${auditEpoch.floorXid})`,
    );
    return { manifest, migrated: result.applied, auditEpoch };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
