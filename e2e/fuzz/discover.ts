import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * What to fuzz, read from the production build's own manifests, so a route
 * or action added later is fuzzed without anyone listing it:
 * - .next/server/app-paths-manifest.json: every page and route handler;
 * - .next/server/server-reference-manifest.json: every server action, with
 *   the pages ("workers") whose URL it can be posted to.
 */

export interface RouteTarget {
  /** e.g. "/api/v1/evidence/[evidenceId]" */
  pattern: string;
  kind: "route" | "page";
}

export interface ActionTarget {
  id: string;
  name: string;
  /** A page pattern that hosts the action. */
  pagePattern: string;
}

const serverDir = path.resolve(process.cwd(), ".next", "server");

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(serverDir, file), "utf8")) as T;
}

/** "/(app)/assessments/[id]/page" → "/assessments/[id]" */
export function patternOf(entry: string): string {
  const parts = entry
    .split("/")
    .filter((p) => p && !/^\(.*\)$/.test(p))
    .slice(0, -1);
  return `/${parts.join("/")}`;
}

export function discoverRoutes(): RouteTarget[] {
  const manifest = readJson<Record<string, string>>("app-paths-manifest.json");
  return Object.keys(manifest)
    .filter((k) => !k.startsWith("/_"))
    .map((k) => ({ pattern: patternOf(k), kind: k.endsWith("/route") ? ("route" as const) : ("page" as const) }));
}

export function discoverActions(): ActionTarget[] {
  const manifest = readJson<{ node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }> }>(
    "server-reference-manifest.json",
  );
  return Object.entries(manifest.node).map(([id, entry]) => {
    const workers = Object.keys(entry.workers).filter((w) => w.endsWith("/page"));
    // Prefer a page without dynamic segments; any hosting page runs the action.
    const worker = workers.find((w) => !w.includes("[")) ?? workers[0] ?? "app/page";
    return {
      id,
      name: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}`,
      pagePattern: patternOf(worker.replace(/^app/, "")),
    };
  });
}
