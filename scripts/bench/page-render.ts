/**
 * Benchmark: how many pages per second a running server renders for signed-in
 * users, with C clients asking back to back for D seconds (default 10 clients,
 * 20 s). It signs in over HTTP exactly as the browser does (next-auth's CSRF
 * token, then the credentials callback) and then only GETs the page.
 *
 *   node --import tsx scripts/bench/page-render.ts URL [URL …]
 *     BENCH_EMAIL=respondent@example.gov.cn BENCH_PASSWORD=… BENCH_CLIENTS=10 BENCH_SECONDS=20
 *
 * Several URLs (e.g. the same page on the build before and after a change)
 * are measured one after the other in the same run, so the figures compare.
 * Prints one Markdown row per URL: pages/s, p50, p95, max, errors.
 */
import { signInCookie } from "../../e2e/fuzz/client";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const EMAIL = process.env.BENCH_EMAIL ?? "respondent@example.gov.cn";
const PASSWORD = process.env.BENCH_PASSWORD ?? "Demo#2026-AiGov";

/** The demo account signed in through next-auth's own endpoints (the one helper the fuzz suite and benchmarks share). */
const signIn = (origin: string) => signInCookie(origin, EMAIL, PASSWORD);

function quantile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
}

async function measure(url: string) {
  const origin = new URL(url).origin;
  // One session per client, as real users have; signed in one after the other, as a burst of parallel
  // sign-ins for one account may be refused by the sign-in limits and is not what is measured here.
  const cookies: string[] = [];
  for (let i = 0; i < CLIENTS; i++) cookies.push(await signIn(origin));
  // Warm-up: the first render compiles and caches.
  for (const c of cookies.slice(0, 2)) await (await fetch(url, { headers: { cookie: c } })).text();
  const times: number[] = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    cookies.map(async (cookie) => {
      while (Date.now() < end) {
        const t0 = performance.now();
        try {
          const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
          await res.arrayBuffer();
          if (res.status !== 200) errors++;
          else times.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { url, rate: times.length / SECONDS, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times.at(-1) ?? NaN, errors };
}

async function main() {
  const urls = process.argv.slice(2);
  if (urls.length === 0) throw new Error("usage: page-render.ts URL [URL …]");
  console.log(`${CLIENTS} clients, ${SECONDS} s each, signed in as ${EMAIL}\n`);
  console.log("| URL | pages/s | p50 (ms) | p95 (ms) | max (ms) | errors |\n|---|---|---|---|---|---|");
  for (const u of urls) {
    const r = await measure(u);
    console.log(`| ${r.url} | ${r.rate.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.max.toFixed(0)} | ${r.errors} |`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
