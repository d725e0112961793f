/**
 * Benchmark: how many pages per second a running server serves to anonymous
 * readers of a public page (issue 11 §1: /methodology), with C clients asking
 * back to back for D seconds (default 50 clients, 20 s). Half the clients
 * read in Chinese, half in English (the NEXT_LOCALE cookie, as the language
 * switch sets it); each sends the Accept-Encoding a browser sends and keeps
 * its connection open, as a browser does. Bodies are counted, not
 * decompressed: the client's CPU is the server's on this machine, and a
 * browser decompresses on its own.
 *
 *   node --import tsx scripts/bench/public-page.ts URL [URL …]
 *     BENCH_CLIENTS=50 BENCH_SECONDS=20 BENCH_ENCODING="gzip, deflate, br, zstd"
 *
 * Several URLs (e.g. the same page on two servers) are measured one after the
 * other in the same run. Prints one Markdown row per URL: pages/s, p50, p95,
 * max, bytes per page on the wire, non-200 answers (503 = refused by admission control), errors.
 */
import http from "node:http";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const ENCODING = process.env.BENCH_ENCODING ?? "gzip, deflate, br, zstd";

function quantile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
}

function once(agent: http.Agent, url: URL, locale: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      { agent, headers: { accept: "text/html,application/xhtml+xml", "accept-encoding": ENCODING, cookie: `NEXT_LOCALE=${locale}` } },
      (res) => {
        let bytes = 0;
        res.on("data", (c: Buffer) => void (bytes += c.length));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
  });
}

async function measure(raw: string) {
  const url = new URL(raw);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const locales = Array.from({ length: CLIENTS }, (_, i) => (i % 2 ? "en" : "zh-CN"));
  // Warm-up: one page per language (the first render compiles and caches; on a cache, the first fills it).
  for (const l of ["zh-CN", "en"]) await once(agent, url, l);
  const times: number[] = [];
  let bytes = 0;
  let refused = 0;
  let errors = 0;
  const statuses = new Map<number, number>();
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    locales.map(async (locale) => {
      while (Date.now() < end) {
        const t0 = performance.now();
        try {
          const r = await once(agent, url, locale);
          if (r.status === 200) {
            times.push(performance.now() - t0);
            bytes += r.bytes;
          } else {
            refused++;
            statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          }
        } catch {
          errors++;
        }
      }
    }),
  );
  agent.destroy();
  times.sort((a, b) => a - b);
  return {
    url: raw,
    rate: times.length / SECONDS,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    max: times.at(-1) ?? NaN,
    bytesPerPage: times.length ? bytes / times.length : NaN,
    refused: [...statuses].map(([s, n]) => `${n}×${s}`).join(", ") || "0",
    errors,
  };
}

async function main() {
  const urls = process.argv.slice(2);
  if (urls.length === 0) throw new Error("usage: public-page.ts URL [URL …]");
  console.log(`${CLIENTS} anonymous clients (half zh-CN, half en), ${SECONDS} s each, Accept-Encoding: ${ENCODING}\n`);
  console.log("| URL | pages/s | p50 (ms) | p95 (ms) | max (ms) | bytes/page | non-200 | errors |\n|---|---|---|---|---|---|---|---|");
  for (const u of urls) {
    const r = await measure(u);
    console.log(
      `| ${r.url} | ${r.rate.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.max.toFixed(0)} | ${Math.round(r.bytesPerPage).toLocaleString("en")} | ${r.refused} | ${r.errors} |`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
