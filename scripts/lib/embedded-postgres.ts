import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { EMBEDDED_APPLICATION_NAME } from "../../lib/db-embedded";
import { startPasswordGate, type PasswordGate } from "./pg-password-gate";

/**
 * PostgreSQL with nothing to install: PGlite (PostgreSQL compiled to WASM)
 * behind its wire-protocol socket server, so Prisma's pg adapter, psql and the
 * migration runner connect to it exactly as to a real server.
 *
 * PGlite itself accepts any password, so it listens only on a Unix socket in a
 * private (0700) folder, and the TCP port on loopback belongs to a password
 * gate (pg-password-gate.ts). The password is random, made at the first start
 * and kept in the data directory (PASSWORD_FILE, mode 0600); an in-memory
 * database gets a fresh one each start. It is never a fixed one.
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export const PASSWORD_FILE = "agm-socket-password";

/** The data directory's password, created (0600) on first use. */
export function socketPassword(dataDir: string): string {
  const file = path.join(dataDir, PASSWORD_FILE);
  if (existsSync(file)) {
    // Tighten it if someone loosened it; the password itself stays.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const saved = readFileSync(file, "utf8").trim();
    if (saved.length >= 32) return saved;
  }
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

export async function startEmbeddedPostgres(options: {
  /** Folder for the data files; omit for an in-memory database. */
  dataDir?: string;
  port?: number;
  host?: string;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const password = options.dataDir ? socketPassword(options.dataDir) : randomBytes(24).toString("base64url");
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const host = options.host ?? "127.0.0.1";
  // Unix sockets have a short path limit (~107 bytes): a private folder in the system temp dir.
  const socketDir = mkdtempSync(path.join(tmpdir(), "agm-pg-"));
  chmodSync(socketDir, 0o700);
  const socketPath = path.join(socketDir, ".s.PGSQL");
  // maxConnections ≥ 20: the default of 1 makes a pool's parallel queries fail (STACK.md).
  const inner = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 64 });
  await inner.start();
  let gate: PasswordGate;
  try {
    gate = await startPasswordGate({ host, port: options.port ?? 0, password, upstreamPath: socketPath });
  } catch (err) {
    await inner.stop();
    await db.close();
    rmSync(socketDir, { recursive: true, force: true });
    throw err;
  }
  const port = gate.port;
  let stopped = false;
  return {
    // The application name marks the address as the embedded database wherever it is passed on (lib/db.ts
    // prepares no named statements there: every connection shares PGlite's one session).
    url: `postgresql://postgres:${encodeURIComponent(password)}@${host}:${port}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await gate.close();
      await inner.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
