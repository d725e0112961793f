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
 * It is also where admission control sits (issue 15 §3, lib/http/admission.ts):
 * beyond ADMISSION_MAX_IN_FLIGHT requests, the rest wait at most
 * ADMISSION_MAX_WAIT_MS, signed-in users' saves first, and are otherwise
 * answered at once with 503 + Retry-After; /api/health is answered here from
 * the database watch's last look, never queued. ADMISSION=off serves every
 * request as it comes (the behaviour before). HEALTH_PORT: /api/health also on
 * a port of its own, answered by a worker thread that rendering cannot delay.
 *
 * Before admission, anonymous document requests for the public methodology
 * pages are answered from a response cache (issue 11 §1, lib/http/page-cache.ts:
 * rendered once per URL, language and TTL, with a hash-based CSP instead of the
 * nonce); PAGE_CACHE=off renders every one.
 *
 *   node --import tsx scripts/server.ts [--dev]     (HOST, PORT as for `npm start`)
 */
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import next from "next";
import { PEER_HEADER, PEER_MARKER } from "../lib/auth/peer-header";
import { decodeSessionToken } from "../lib/auth/session-token";
import { admissionLimit, env } from "../lib/env";
import { AdmissionQueue, classify } from "../lib/http/admission";
import { busyReply } from "../lib/http/busy-response";
import { healthShared, startHealthThread, writeHealthState } from "../lib/http/health-thread";
import { runAsClass } from "../lib/http/request-class";
import { PublicPageCache } from "../lib/http/page-cache-server";
import { cachedDatabaseUp } from "../lib/http/unavailable-page";

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

  const serve = (req: http.IncomingMessage, res: http.ServerResponse) =>
    handle(req, res).catch((err) => {
      console.error("[server] request failed", err);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });

  const settings = env();
  // Off by default under `npm run dev`: compiling a page on first visit takes longer than any sensible bound.
  const admissionOn = process.env.ADMISSION ? settings.ADMISSION === "on" : !dev;
  const queue =
    admissionOn
      ? new AdmissionQueue({ limit: admissionLimit(os.availableParallelism()), maxWaitMs: settings.ADMISSION_MAX_WAIT_MS, queueMax: settings.ADMISSION_QUEUE_MAX })
      : null;

  // Off by default under `npm run dev`, where pages change as they are edited.
  const pageCacheOn = process.env.PAGE_CACHE ? settings.PAGE_CACHE === "on" : !dev;
  const pageCache = pageCacheOn ? new PublicPageCache({ host, port }, { ttlMs: settings.PAGE_CACHE_TTL_SECONDS * 1000 }) : null;

  const route = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!queue) return void serve(req, res);
    admitted(queue, req, res, serve).catch((err) => {
      console.error("[server] admission failed", err);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };

  const server = http.createServer((req, res) => {
    // Assigning replaces every copy the client may have sent (Node joins duplicates into one value).
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
    const cached = pageCache?.keyOf(req);
    if (!pageCache || !cached) return route(req, res);
    pageCache.serve(cached, req, res).then(
      (served) => served || route(req, res),
      (err) => {
        console.error("[server] page cache failed", err);
        route(req, res);
      },
    );
  });
  server.on("upgrade", (req, socket, head) => {
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
    void upgrade(req, socket, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  console.log(
    `[server] ready on http://${host}:${port}${dev ? " (development)" : ""}; admission control ${queue ? `on: ${queue.limit} (+${queue.reserve} for saves) in flight, wait ≤ ${queue.maxWaitMs} ms` : "off"}; public page cache ${pageCache ? `on (${settings.PAGE_CACHE_TTL_SECONDS} s)` : "off"}`,
  );

  if (settings.HEALTH_PORT) {
    // The database watch's last look, copied four times a second for the health thread (lib/http/health-thread.ts).
    const shared = healthShared();
    const copy = () => writeHealthState(shared, (globalThis as unknown as { __agmDatabase?: { up: boolean; checkedAt: number } }).__agmDatabase);
    copy();
    setInterval(copy, 250).unref();
    const thread = await startHealthThread(settings.HEALTH_PORT, host, shared);
    thread.worker.unref();
    thread.worker.on("error", (err) => console.error("[server] the health thread failed", err));
    console.log(`[server] /api/health also on http://${host}:${settings.HEALTH_PORT}, answered by a thread of its own`);
  }
  if (settings.EVENT_LOOP_LOG_SECONDS > 0) watchEventLoop(settings.EVENT_LOOP_LOG_SECONDS);

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/**
 * EVENT_LOOP_LOG_SECONDS: how long the event loop was blocked (rendering, GC), per period — every request, the
 * cached /api/health included, waits that long before this process even reads it. Off by default (quiet logs).
 */
function watchEventLoop(seconds: number) {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const msOf = (ns: number) => Math.round(ns / 1e6);
  setInterval(() => {
    console.log(
      `[server] ${new Date().toISOString()} event loop delay over ${seconds} s (sampled every 10 ms): p50 ${msOf(h.percentile(50))} ms, p99 ${msOf(h.percentile(99))} ms, max ${msOf(h.max)} ms; RSS ${Math.round(process.memoryUsage.rss() / 1048576)} MB`,
    );
    h.reset();
  }, seconds * 1000).unref();
}

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=([^;]+)/;

/** A session token that decrypts and has not expired: enough to rank the request (the app still checks the session). */
async function authenticated(req: http.IncomingMessage): Promise<boolean> {
  const token = SESSION_COOKIE.exec(req.headers.cookie ?? "")?.[1];
  const secret = process.env.NEXTAUTH_SECRET;
  if (!token || !secret) return false;
  try {
    // Memoised by token string (the app decodes the same cookie again); expiry is checked on each use.
    const claims = await decodeSessionToken({ token, secret });
    return !!claims && (typeof claims.exp !== "number" || claims.exp * 1000 > Date.now());
  } catch {
    return false;
  }
}

async function admitted(
  queue: AdmissionQueue,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  serve: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>,
): Promise<void> {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const facts = { method: req.method ?? "GET", path: q < 0 ? url : url.slice(0, q), nextAction: !!req.headers["next-action"], authenticated: false };
  if (classify(facts) === "health") {
    // From the watch's last look, never queued; before the first look, the route asks the database itself.
    const up = cachedDatabaseUp();
    if (up === null) return void serve(req, res);
    res.writeHead(up ? 200 : 503, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    return void res.end(req.method === "HEAD" ? undefined : JSON.stringify({ status: up ? "ok" : "degraded", db: up ? "ok" : "down" }));
  }
  // Watched from the first moment, before any await: a client that goes away while its session is read or
  // while it waits must not leave a slot taken ("close" fires once; a listener added after it never runs).
  const gone = new AbortController();
  const onClose = () => gone.abort();
  res.once("close", onClose);
  facts.authenticated = await authenticated(req).catch(() => false);
  const cls = classify(facts);
  const admission = await queue.admit(cls, gone.signal);
  if (!admission.ok) {
    res.off("close", onClose);
    if (res.destroyed || gone.signal.aborted) return;
    const reply = busyReply(req, admission.retryAfterSeconds);
    // The body may still be arriving (a refused save): do not keep the connection for it.
    res.writeHead(reply.status, { ...reply.headers, Connection: "close" });
    res.end(req.method === "HEAD" ? undefined : reply.body);
    return;
  }
  res.off("close", onClose);
  if (gone.signal.aborted) {
    // Granted after the client had already gone (a slot was free at once, or freed as it left): give it back.
    admission.release();
    return;
  }
  res.once("close", admission.release);
  if (cls === "health" || cls === "static") return void serve(req, res);
  // The class rides along to the database gate (lib/db-gate.ts): the same order there.
  await runAsClass(cls, () => serve(req, res));
}

main().catch((err) => {
  console.error(`[server] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
