import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * PostgreSQL with nothing to install: PGlite (PostgreSQL compiled to WASM)
 * behind its wire-protocol socket server, so Prisma's pg adapter, psql and the
 * migration runner connect to it exactly as to a real server.
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: {
  /** Folder for the data files; omit for an in-memory database. */
  dataDir?: string;
  port?: number;
  host?: string;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const host = options.host ?? "127.0.0.1";
  // maxConnections ≥ 20: the default of 1 makes a pool's parallel queries fail (STACK.md).
  const server = new PGLiteSocketServer({ db, port: options.port ?? 0, host, maxConnections: 64 });
  await server.start();
  const conn = server.getServerConn();
  const port = Number(conn.slice(conn.lastIndexOf(":") + 1));
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
