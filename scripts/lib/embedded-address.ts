import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * While `npm start` runs the embedded database, it owns DATA_DIR/pg: opening
 * that folder a second time would corrupt it. So start.ts leaves the address
 * of its database server here (owner-only file, loopback address) and backup
 * and restore connect through it instead.
 */
const FILE = "embedded-db.json";

export function writeEmbeddedAddress(dataDir: string, url: string): void {
  writeFileSync(path.join(dataDir, FILE), JSON.stringify({ url, pid: process.pid }), { mode: 0o600 });
}

export function removeEmbeddedAddress(dataDir: string): void {
  rmSync(path.join(dataDir, FILE), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The running app's embedded database URL, or null when none runs (a file left by a crash is ignored). */
export function runningEmbeddedUrl(dataDir: string): string | null {
  const file = path.join(dataDir, FILE);
  if (!existsSync(file)) return null;
  try {
    const { url, pid } = JSON.parse(readFileSync(file, "utf8")) as { url: string; pid: number };
    return alive(pid) ? url : null;
  } catch {
    return null;
  }
}
