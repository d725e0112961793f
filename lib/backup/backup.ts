import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createTarGz, libpqUrl, listFiles, pgToolMajor, runPgTool, sha256File, stageFile } from "./files";
import { appliedMigrations, dumpLogical } from "./logical-dump";
import { MANIFEST_FORMAT, archiveName, chooseDumpFormat, classifyDataFile, type Manifest } from "./manifest";

export interface BackupOptions {
  databaseUrl: string;
  /** Where the data came from, for the manifest and the operator. */
  databaseKind: "embedded" | "server";
  /** Output file, or a folder to put a time-stamped archive in. */
  out: string;
  evidenceDir: string;
  dataDir: string;
  /** Also take the auth secret and private keys found in the data folder. */
  includeSecrets?: boolean;
  /** Force the SQL-only dump even where pg_dump could be used. */
  logical?: boolean;
  log?: (line: string) => void;
}

async function appInfo(): Promise<{ name: string; version: string }> {
  const pkg = JSON.parse(await readFile(path.join(process.cwd(), "package.json"), "utf8")) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

/**
 * Database first, then files: evidence is written before the row that names
 * it commits, so every file the dump refers to already exists when the files
 * are taken (a file uploaded in between is just an unreferenced extra).
 */
export async function createBackup(options: BackupOptions): Promise<{ file: string; manifest: Manifest }> {
  const log = options.log ?? (() => {});
  const staging = await mkdtemp(path.join(tmpdir(), "agm-backup-"));
  try {
    const client = new Client({ connectionString: options.databaseUrl });
    await client.connect();
    let serverVersion: string;
    let format: Manifest["database"]["format"];
    let tables: Manifest["database"]["tables"];
    let migrations;
    try {
      const v = await client.query<{ v: string; n: string }>(`SELECT version() AS v, current_setting('server_version_num') AS n`);
      serverVersion = v.rows[0]!.v;
      format = options.logical
        ? "jsonl"
        : chooseDumpFormat({ serverVersion, serverVersionNum: Number(v.rows[0]!.n), pgDumpMajor: await pgToolMajor("pg_dump") });
      if (format === "jsonl") {
        log("dumping the database (SQL dump, one consistent transaction)…");
        const dump = await dumpLogical(client, path.join(staging, "database"));
        tables = dump.tables;
        migrations = dump.migrations;
      } else {
        log("dumping the database with pg_dump (custom format)…");
        // pg_dump takes its own snapshot; read the level first, as migrations only ever add.
        migrations = await appliedMigrations(client);
        await mkdir(path.join(staging, "database"));
        await runPgTool("pg_dump", ["--format=custom", "--file", path.join(staging, "database", "db.dump"), "--dbname", libpqUrl(options.databaseUrl)]);
      }
    } finally {
      await client.end();
    }

    const excluded = [
      ...(options.databaseKind === "embedded" ? ["the embedded database's raw data folder (pg/): the dump replaces it"] : []),
      "the data folder's other files (backups, logs, the embedded database's address)",
    ];
    log("taking evidence files…");
    if (existsSync(options.evidenceDir)) {
      for (const rel of await listFiles(options.evidenceDir)) {
        // `.part` files are uploads still being written; the upload that owns one has not committed.
        if (rel.endsWith(".part")) continue;
        await stageFile(path.join(options.evidenceDir, rel), path.join(staging, "evidence", rel));
      }
    }
    const evidenceInsideData = path.resolve(options.evidenceDir).startsWith(path.resolve(options.dataDir) + path.sep);
    if (existsSync(options.dataDir)) {
      for (const entry of await readdir(options.dataDir, { withFileTypes: true })) {
        const kind = classifyDataFile(entry.name);
        if (kind === "skip") continue;
        if (kind === "secret" && !options.includeSecrets) {
          excluded.push(`${entry.name}: a secret or private key (back it up separately, or pass --include-secrets)`);
          continue;
        }
        const full = path.join(options.dataDir, entry.name);
        if (evidenceInsideData && path.resolve(full) === path.resolve(options.evidenceDir)) continue;
        if (entry.isFile()) await stageFile(full, path.join(staging, "data", entry.name));
        else if (entry.isDirectory()) {
          for (const rel of await listFiles(full)) await stageFile(path.join(full, rel), path.join(staging, "data", entry.name, rel));
        }
      }
    }

    const parts: Manifest["parts"] = [];
    for (const rel of await listFiles(staging)) {
      const full = path.join(staging, rel);
      parts.push({ path: rel, bytes: (await stat(full)).size, sha256: await sha256File(full) });
    }
    const now = new Date();
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      app: await appInfo(),
      createdAt: now.toISOString(),
      database: { kind: options.databaseKind, format, serverVersion, ...(tables ? { tables } : {}) },
      migrations: { level: migrations.at(-1)?.name ?? null, applied: migrations },
      parts,
      excluded,
    };
    await writeFile(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2), { mode: 0o600 });

    const isDir = existsSync(options.out) && (await stat(options.out)).isDirectory();
    const file = path.resolve(isDir ? path.join(options.out, archiveName(now, manifest.migrations.level)) : options.out);
    const members = (await readdir(staging)).sort();
    await createTarGz(staging, members, file);
    log(`wrote ${file}`);
    return { file, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
