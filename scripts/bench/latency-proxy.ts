/**
 * A TCP relay that delays every chunk by a fixed time in each direction: PostgreSQL "on another host" for the
 * audit-log benchmarks (docs/BENCHMARKS.md, "The audit log without a global lock"). On one machine with a local
 * server, a round trip costs microseconds, so a lock held across a few round trips hardly shows; a database
 * server on the network (0.2–2 ms per round trip) is what deployments have, and there a lock held from the audit
 * INSERT to COMMIT caps every writer at 1 / (its hold time) whatever the CPUs.
 *
 *   node --import tsx scripts/bench/latency-proxy.ts [LISTEN_PORT=5433] [DELAY_MS=1] [UPSTREAM=127.0.0.1:5432]
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5433/postgres node … scripts/bench/save-response.ts
 *
 * Order is kept: timers of equal duration fire in the order they were set. No backpressure (a benchmark tool).
 */
import net from "node:net";

const listenPort = Number(process.argv[2] ?? 5433);
const delayMs = Number(process.argv[3] ?? 1);
const [upHost, upPort] = (process.argv[4] ?? "127.0.0.1:5432").split(":");

function relay(from: net.Socket, to: net.Socket) {
  from.on("data", (chunk) => {
    setTimeout(() => {
      if (!to.destroyed) to.write(chunk);
    }, delayMs);
  });
  from.on("end", () => setTimeout(() => to.end(), delayMs));
  from.on("error", () => to.destroy());
  from.on("close", () => setTimeout(() => to.destroy(), delayMs + 1));
}

net
  .createServer((client) => {
    client.setNoDelay(true);
    const upstream = net.connect({ host: upHost, port: Number(upPort) });
    upstream.setNoDelay(true);
    relay(client, upstream);
    relay(upstream, client);
  })
  .listen(listenPort, "127.0.0.1", () => {
    console.log(`[latency-proxy] 127.0.0.1:${listenPort} → ${upHost}:${upPort}, +${delayMs} ms each way`);
  });
