/**
 * The app's HTTP server (what `npm start` runs): Next's request handler behind
 * a plain Node server, for one reason — Next does not give route handlers or
 * server actions the socket's address, and it only fills X-Forwarded-For from
 * the socket when the client sent none, so with a bare `next start` a client
 * can write any address it likes into the audit log and dodge per-address
 * sign-in throttling. Here every request gets the socket's address in
 * PEER_HEADER, overwriting whatever the client sent, and lib/auth/request-meta.ts
 * applies the one rule (socket address, or X-Forwarded-For only from TRUST_PROXY).
 *
 *   node --import tsx scripts/server.ts [--dev]     (HOST, PORT as for `npm start`)
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { PEER_HEADER, PEER_MARKER } from "../lib/auth/peer-header";

const root = path.resolve(__dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "localhost";

async function main() {
  (globalThis as Record<symbol, unknown>)[PEER_MARKER] = true;
  const app = next({ dev, dir: root, hostname: host, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const upgrade = app.getUpgradeHandler();

  const server = http.createServer((req, res) => {
    // Assigning replaces every copy the client may have sent (Node joins duplicates into one value).
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
    handle(req, res).catch((err) => {
      console.error("[server] request failed", err);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.on("upgrade", (req, socket, head) => {
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
    void upgrade(req, socket, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  console.log(`[server] ready on http://${host}:${port}${dev ? " (development)" : ""}`);

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err) => {
  console.error(`[server] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
