/**
 * `npm run backup [-- --out FILE_OR_DIR] [--include-secrets] [--logical]`:
 * database + evidence files + audit checkpoints into one .tar.gz with a
 * manifest (see README "Backup and restore"). Works while the app runs.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackup } from "../lib/backup/backup";
import { openTarget } from "./lib/backup-target";

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      "include-secrets": { type: "boolean", default: false },
      logical: { type: "boolean", default: false },
    },
  });
  const target = await openTarget("backup");
  try {
    const out = values.out ?? path.join(target.dataDir, "backups");
    if (!values.out) mkdirSync(out, { recursive: true, mode: 0o700 });
    console.log(`[backup] ${target.kind === "embedded" ? `embedded database${target.running ? " (app running)" : ""}` : "PostgreSQL server in DATABASE_URL"}`);
    const { file, manifest } = await createBackup({
      databaseUrl: target.url,
      databaseKind: target.kind,
      out,
      evidenceDir: target.evidenceDir,
      dataDir: target.dataDir,
      includeSecrets: values["include-secrets"],
      logical: values.logical,
      log: (l) => console.log(`[backup] ${l}`),
    });
    const evidence = manifest.parts.filter((p) => p.path.startsWith("evidence/")).length;
    console.log(
      `[backup] done: ${file}\n  version ${manifest.app.version}, migration level ${manifest.migrations.level ?? "none"}, ${manifest.database.format}, ${evidence} evidence file(s)\n  not included: ${manifest.excluded.join("; ")}`,
    );
  } finally {
    await target.close();
  }
}

main().catch((err) => {
  console.error(`[backup] failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
