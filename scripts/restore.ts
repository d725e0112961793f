/**
 * `npm run restore -- FILE [--force]`: puts a backup made by `npm run backup`
 * back into the database this app would use (DATABASE_URL — as DATABASE_OWNER_URL
 * when set — or the embedded one in DATA_DIR/pg with the app stopped), then
 * migrates it to this code's level and begins a new audit epoch.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreBackup } from "../lib/backup/restore";
import { env } from "../lib/env";
import { setupRuntimeRole } from "../lib/migrate/roles";
import { openTarget } from "./lib/backup-target";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean", default: false } },
  });
  if (positionals.length !== 1) throw new Error("usage: npm run restore -- FILE.tar.gz [--force]");
  const file = path.resolve(positionals[0]!);
  const target = await openTarget("restore");
  try {
    console.log(`[restore] into the ${target.kind === "embedded" ? `embedded database in ${target.dataDir}/pg` : "PostgreSQL server in DATABASE_URL"}`);
    const { manifest, migrated } = await restoreBackup({
      file,
      databaseUrl: target.url,
      evidenceDir: target.evidenceDir,
      dataDir: target.dataDir,
      force: values.force,
      log: (l) => console.log(`[restore] ${l}`),
    });
    // pg_restore --no-privileges leaves the runtime role without its grants: the grant step gives them back.
    const { DATABASE_URL: runtimeUrl, DATABASE_OWNER_URL: ownerUrl } = env();
    if (target.kind === "server" && ownerUrl && runtimeUrl && ownerUrl !== runtimeUrl) {
      await setupRuntimeRole({ ownerUrl, runtimeUrl, log: (l) => console.log(`[restore] ${l}`) });
    }
    console.log(
      `[restore] done: backup of ${manifest.createdAt} (version ${manifest.app.version}, level ${manifest.migrations.level ?? "none"}); ${migrated.length} newer migration(s) applied`,
    );
  } finally {
    await target.close();
  }
}

main().catch((err) => {
  console.error(`[restore] refused or failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
