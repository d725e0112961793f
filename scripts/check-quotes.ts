// Quick check used while writing framework content: every quote must occur
// verbatim in the paper once its layout line breaks are removed — and, for
// the sections the paper numbers (三（四）, 三（四）1, 三（四）2, 四（四）), inside
// the section the question names.
// Usage: node --import tsx scripts/check-quotes.ts lib/framework/dimensions/gov.ts lib/framework/v2/gov.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { paperSection, PAPER_SECTIONS } from "../lib/framework/paper-sections";
import { normalizeSourceText, dimensionSchema } from "../lib/framework/schema";

/** The paper sits in shared/seed next to the checkout, or above a worktree: look upwards. */
function findSeed(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared/seed/000_c5059f9d3d2d9aa4.txt");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error("shared/seed/000_c5059f9d3d2d9aa4.txt not found above scripts/");
  }
}

const seed = normalizeSourceText(readFileSync(findSeed(), "utf8"));

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
      } else if (Object.hasOwn(PAPER_SECTIONS, q.source.section) && !(paperSection(seed, q.source.section) ?? "").includes(q.source.quote)) {
        console.error(`${q.code}: quote not in section ${q.source.section}: ${q.source.quote}`);
        process.exitCode = 1;
      }
    }
  }
  console.log(`${file}: ${parsed.data.indicators.length} indicators, ${n} questions checked`);
}
}

void main();
