/**
 * What JavaScript one page makes the browser load before it is interactive:
 * signs in as page-render.ts does, reads the page's HTML, and lists each
 * script chunk it names with its size and gzip size, largest first, tagged
 * with the libraries recognisable in it (a production build names no
 * modules, so the tags are found by strings each library is known to carry).
 * Chunks loaded later (next/dynamic, import()) are not in the HTML and not counted; nor are the
 * `noModule` polyfills, which only browsers without ES modules load.
 *
 *   node --import tsx scripts/bench/page-js.ts URL
 *     BENCH_EMAIL=respondent@example.gov.cn BENCH_PASSWORD=…
 *
 * Prints a Markdown table and the total.
 */
import { gzipSync } from "node:zlib";
import { signInCookie } from "../../e2e/fuzz/client";

const EMAIL = process.env.BENCH_EMAIL ?? "respondent@example.gov.cn";
const PASSWORD = process.env.BENCH_PASSWORD ?? "Demo#2026-AiGov";

// A string each library is known to carry in its minified code.
const MARKERS: [string, RegExp][] = [
  ["react-dom", /hydrateRoot|__reactContainer/],
  ["next router", /__next_f|NEXT_REDIRECT/],
  ["zod", /invalid_type/],
  ["react-hook-form", /shouldUnregister/],
  ["@radix-ui radio group", /RadioGroup/],
  ["@radix-ui dialog", /DialogContent|aria-modal/],
  ["next-intl / intl-messageformat", /IntlMessageFormat|INVALID_MESSAGE/],
  ["lucide icons", /lucide/],
  ["tailwind-merge (cn)", /fvn-slashed-zero/],
  ["next-auth client", /nextauth\.message/],
  ["react-server-dom (RSC client)", /resolved_model/],
  ["scoring engine", /notApplicable/],
  ["questionnaire islands", /aigov\.questionnaire\.pending|data-criterion|levels-hint/],
];

/** The demo account signed in through next-auth's own endpoints (the one helper the fuzz suite and benchmarks share). */
const signIn = (origin: string) => signInCookie(origin, EMAIL, PASSWORD);

async function main() {
  const url = process.argv[2];
  if (!url) throw new Error("usage: page-js.ts URL");
  const origin = new URL(url).origin;
  const cookie = await signIn(origin);
  const html = await (await fetch(url, { headers: { cookie } })).text();
  const noModule = new Set([...html.matchAll(/<script[^>]*src="([^"]+)"[^>]*noModule/gi)].map((m) => m[1]!));
  const srcs = [...new Set([...html.matchAll(/\/_next\/static\/chunks\/[^"'\s]+\.js/g)].map((m) => m[0]))].filter((s) => !noModule.has(s));
  const rows = await Promise.all(
    srcs.map(async (src) => {
      const code = Buffer.from(await (await fetch(origin + src)).arrayBuffer());
      const text = code.toString("utf8");
      return { src, bytes: code.length, gzip: gzipSync(code).length, tags: MARKERS.filter(([, re]) => re.test(text)).map(([n]) => n) };
    }),
  );
  rows.sort((a, b) => b.gzip - a.gzip);
  console.log(`${url}: HTML ${Buffer.byteLength(html)} B, gzip ${gzipSync(html).length} B\n`);
  console.log("| chunk | bytes | gzip | recognisable contents |\n|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.src.replace("/_next/static/chunks/", "")} | ${r.bytes} | ${r.gzip} | ${r.tags.join(", ")} |`);
  const sum = (k: "bytes" | "gzip") => rows.reduce((n, r) => n + r[k], 0);
  console.log(`| **total (${rows.length} chunks)** | ${sum("bytes")} | ${sum("gzip")} | |`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
