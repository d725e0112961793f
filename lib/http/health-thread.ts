import { Worker } from "node:worker_threads";

/**
 * HEALTH_PORT (scripts/server.ts): /api/health answered by a worker thread with its own event loop and listener,
 * so that neither a long render nor a garbage collection on the main thread delays it (on the app's port it waits
 * for the main loop like every request: up to 1.1 s in a 20-minute soak on an oversubscribed CPU, see
 * docs/BENCHMARKS.md "Overload"). The main thread copies the database watch's last look into shared memory four
 * times a second, with the time it did so (writeHealthState): a main loop that has not written for 5 s is reported
 * (503, "app": "unresponsive") — a load balancer should stop sending it requests. Only GET/HEAD /api/health is
 * answered there; anything else is 404. No imports beyond Node's: the thread runs plain JavaScript (a worker does
 * not inherit tsx).
 */

/** [0] database up 1 / down 0 / not looked at yet -1, [1] when the watch last looked, [2] when the main loop last wrote. */
export function healthShared(): BigInt64Array {
  return new BigInt64Array(new SharedArrayBuffer(3 * BigInt64Array.BYTES_PER_ELEMENT));
}

export function writeHealthState(shared: BigInt64Array, state: { up: boolean; checkedAt: number } | undefined, now = Date.now()): void {
  Atomics.store(shared, 0, !state || state.checkedAt === 0 ? -1n : state.up ? 1n : 0n);
  Atomics.store(shared, 1, BigInt(state?.checkedAt ?? 0));
  Atomics.store(shared, 2, BigInt(now));
}

/** How old the main loop's last write or the watch's last look may be. */
export const HEALTH_STALE_MS = 5000;

const SOURCE = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const { port, host, shared, staleMs } = workerData;
const server = http.createServer((req, res) => {
  const head = req.method === "HEAD";
  if ((req.url || "").split("?")[0] !== "/api/health" || (req.method !== "GET" && !head)) {
    res.writeHead(404, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    return void res.end(head ? undefined : JSON.stringify({ error: { code: "NOT_FOUND" } }));
  }
  const now = Date.now();
  const db = Number(Atomics.load(shared, 0));
  const checkedAt = Number(Atomics.load(shared, 1));
  const beat = Number(Atomics.load(shared, 2));
  const alive = now - beat < staleMs;
  const known = db !== -1 && now - checkedAt < staleMs;
  const up = alive && known && db === 1;
  const body = { status: up ? "ok" : "degraded", db: !known ? "unknown" : db === 1 ? "ok" : "down", ...(alive ? {} : { app: "unresponsive" }) };
  res.writeHead(up ? 200 : 503, { "Content-Type": "application/json", "Cache-Control": "no-store", ...(up ? {} : { "Retry-After": "5" }) });
  res.end(head ? undefined : JSON.stringify(body));
});
server.keepAliveTimeout = 65000;
server.listen(port, host, () => parentPort.postMessage(server.address().port));
`;

/** Starts the thread; resolves once it listens (rejects if it cannot, e.g. the port is taken), with the port it got. */
export function startHealthThread(port: number, host: string, shared: BigInt64Array): Promise<{ worker: Worker; port: number }> {
  const worker = new Worker(SOURCE, { eval: true, execArgv: [], workerData: { port, host, shared, staleMs: HEALTH_STALE_MS } });
  return new Promise((resolve, reject) => {
    worker.once("message", (listening: number) => {
      worker.off("error", reject);
      resolve({ worker, port: listening });
    });
    worker.once("error", reject);
  });
}
