import { existsSync } from "node:fs";
import path from "node:path";
import { env } from "../../lib/env";
import { BackupError } from "../../lib/backup/files";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { runningEmbeddedUrl } from "./embedded-address";

/**
 * Which database `npm run backup` / `restore` work on, as `npm start` would
 * choose it: DATABASE_URL when set, otherwise the embedded one in DATA_DIR/pg
 * (through the running app's server, or opened here when the app is stopped).
 */
export interface Target {
  url: string;
  kind: "embedded" | "server";
  dataDir: string;
  evidenceDir: string;
  /** Whether the embedded database is served by a running `npm start`. */
  running: boolean;
  close(): Promise<void>;
}

export async function openTarget(purpose: "backup" | "restore"): Promise<Target> {
  const e = env();
  const dataDir = path.resolve(e.DATA_DIR);
  const evidenceDir = path.resolve(e.EVIDENCE_DIR ?? path.join(dataDir, "evidence"));
  const base = { dataDir, evidenceDir };
  if (e.DATABASE_URL) {
    // A restore creates tables and begins an audit epoch: the owner's work (the runtime role may do neither).
    const url = purpose === "restore" && e.DATABASE_OWNER_URL ? e.DATABASE_OWNER_URL : e.DATABASE_URL;
    return { ...base, url, kind: "server", running: false, close: async () => {} };
  }

  const running = runningEmbeddedUrl(dataDir);
  if (running) {
    if (purpose === "restore") {
      throw new BackupError("the app is running on this data folder: stop `npm start` first, then restore", "APP_RUNNING");
    }
    return { ...base, url: running, kind: "embedded", running: true, close: async () => {} };
  }
  const pgDir = path.join(dataDir, "pg");
  if (purpose === "backup" && !existsSync(pgDir)) {
    throw new BackupError(`no database to back up: DATABASE_URL is not set and ${pgDir} does not exist`, "BAD_ARCHIVE");
  }
  const pg = await startEmbeddedPostgres({ dataDir: pgDir });
  return { ...base, url: pg.url, kind: "embedded", running: false, close: () => pg.stop() };
}
