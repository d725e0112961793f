import { frameworkSchema, normalizeSourceText, type Framework } from "./schema";
import { allQuestionsOf } from "./walk";
import { paperSection } from "./paper-sections";

/**
 * A framework version as a JSON document, so a province can publish its own
 * variant without code. Import runs the same checks as the tests: the schema
 * (unique codes and criterion ids, levels rendered from criteria, well-formed
 * basis with secondary marks, profile rules naming existing questions) and,
 * when the paper's text is given, every quote verbatim in the section it names.
 */
export function exportFrameworkJson(framework: Framework): string {
  return `${JSON.stringify(framework, null, 2)}\n`;
}

export type ImportResult = { ok: true; framework: Framework } | { ok: false; issues: string[] };

export function parseFrameworkJson(text: string, opts: { paper?: string } = {}): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, issues: ["not valid JSON"] };
  }
  const parsed = frameworkSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  }
  if (opts.paper !== undefined) {
    const paper = normalizeSourceText(opts.paper);
    const wrong = allQuestionsOf(parsed.data)
      .filter((q) => !(paperSection(paper, q.source.section) ?? "").includes(q.source.quote))
      .map((q) => `${q.code}: quote not found in section ${q.source.section}`);
    if (wrong.length) return { ok: false, issues: wrong };
  }
  return { ok: true, framework: parsed.data };
}
