// Quick check used while writing framework content: every quote must occur
// verbatim in the paper once its layout line breaks are removed.
// Usage: node --import tsx scripts/check-quotes.ts lib/framework/dimensions/gov.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { normalizeSourceText, dimensionSchema } from "../lib/framework/schema";

const seedPath = path.resolve(__dirname, "../../shared/seed/000_c5059f9d3d2d9aa4.txt");
const seed = normalizeSourceText(readFileSync(seedPath, "utf8"));

async function main() {
for (const file of process.argv.slice(2)) {
  const mod = await import(pathToFileURL(path.resolve(file)).href);
  const dim = Object.values(mod)[0];
  const parsed = dimensionSchema.safeParse(dim);
  if (!parsed.success) {
    console.error(file, "schema errors:", JSON.stringify(parsed.error.issues, null, 1));
    process.exitCode = 1;
    continue;
  }
  let n = 0;
  for (const ind of parsed.data.indicators) {
    for (const q of ind.questions) {
      n++;
      if (!seed.includes(q.source.quote)) {
        console.error(`${q.code}: quote not found verbatim: ${q.source.quote}`);
        process.exitCode = 1;
      }
    }
  }
  console.log(`${file}: ${parsed.data.indicators.length} indicators, ${n} questions checked`);
}
}

void main();
