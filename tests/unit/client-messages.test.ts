import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_NAMESPACES, SHELL_NAMESPACES } from "@/components/i18n/client-messages";
import { FEATURE_NAMESPACES } from "@/lib/i18n/request";

/*
 * The root layout sends the browser only SHELL_NAMESPACES; a client component
 * using one of PAGE_NAMESPACES gets it from a <PageMessages> around it. This
 * test follows the imports from every page to every client component and
 * checks that each page rendering such a component has that namespace added
 * by itself or by one of its layouts (else the browser would show the key).
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

const files = [...walk(path.join(ROOT, "app")), ...walk(path.join(ROOT, "components")), ...walk(path.join(ROOT, "lib"))];
const source = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (source.has(c)) return c;
  }
  return null;
}

const importsOf = new Map(
  files.map((f) => [
    f,
    [...source.get(f)!.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => resolveImport(f, m[1]!)).filter((x): x is string => !!x),
  ]),
);

/** The page namespaces a client file's own code uses. */
function pageNamespacesUsed(file: string): string[] {
  const s = source.get(file)!;
  if (!/^["']use client["']/m.test(s)) return [];
  return PAGE_NAMESPACES.filter((ns) => new RegExp(`useTranslations\\("${ns}[".]|["\`]${ns}\\.[A-Za-z$]`).test(s));
}

/** Namespaces added by PageMessages in a file. */
function addedBy(file: string): string[] {
  const s = source.get(file);
  if (!s) return [];
  return [...s.matchAll(/<PageMessages namespaces=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...m[1]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]!));
}

/** The page file, then every layout.tsx from its folder up to app/. */
function providedFor(page: string): Set<string> {
  const out = new Set(addedBy(page));
  for (let dir = path.dirname(page); dir.startsWith(path.join(ROOT, "app")); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (existsSync(layout)) for (const ns of addedBy(layout)) out.add(ns);
  }
  return out;
}

function reachable(from: string): Set<string> {
  const seen = new Set<string>([from]);
  const stack = [from];
  while (stack.length) for (const next of importsOf.get(stack.pop()!) ?? []) if (!seen.has(next)) (seen.add(next), stack.push(next));
  return seen;
}

describe("client message namespaces", () => {
  it("every namespace is either sent on every page or added by the pages that need it", () => {
    const all = new Set<string>([...SHELL_NAMESPACES, ...PAGE_NAMESPACES]);
    expect(all.size).toBe(SHELL_NAMESPACES.length + PAGE_NAMESPACES.length);
    for (const ns of FEATURE_NAMESPACES) {
      // Feature catalogues that client components use must be in one of the lists.
      const usedByClient = files.some((f) => /^["']use client["']/m.test(source.get(f)!) && new RegExp(`useTranslations\\("${ns}[".]|["\`]${ns}\\.[A-Za-z$]`).test(source.get(f)!));
      if (usedByClient) expect(all.has(ns), ns).toBe(true);
    }
  });

  it("each page rendering a client component that uses a page namespace adds that namespace", () => {
    const pages = files.filter((f) => /[\\/]page\.tsx$/.test(f));
    const missing: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const provided = providedFor(page);
      for (const f of reachable(page)) {
        for (const ns of pageNamespacesUsed(f)) {
          checked++;
          if (!provided.has(ns)) missing.push(`${path.relative(ROOT, page)} renders ${path.relative(ROOT, f)} (${ns})`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
