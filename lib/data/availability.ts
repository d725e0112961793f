import "server-only";
import { runAsClass } from "@/lib/http/request-class";
import { databaseIsUp } from "./health";

/**
 * Whether the database answered lately, watched once a second from server
 * start (instrumentation.ts) and kept on globalThis, where the request proxy
 * reads it without a query of its own: while the database is away, pages are
 * answered at once with a 503 and Retry-After instead of each render waiting
 * for a connection and failing into the generic error page.
 */

const WATCH_MS = 1000;
const PROBE_TIMEOUT_MS = 2000;
/**
 * Down only after this many failed probes in a row: a busy pool (the embedded
 * database has one connection) can make a single ping slow without anything
 * being wrong, and a false "down" would turn pages away.
 */
const FAILURES_FOR_DOWN = 3;

type State = { up: boolean; checkedAt: number; timer?: NodeJS.Timeout };
const slot = globalThis as unknown as { __agmDatabase?: State };

export function startDatabaseWatch(): void {
  if (slot.__agmDatabase?.timer) return;
  const state: State = { up: true, checkedAt: 0 };
  slot.__agmDatabase = state;
  let running = false;
  let failures = 0;
  const probe = async () => {
    if (running) return;
    running = true;
    try {
      // First in line at the database gate (lib/db-gate.ts): a busy pool must not read as "down".
      const up = await runAsClass("active", () => databaseIsUp(PROBE_TIMEOUT_MS));
      failures = up ? 0 : failures + 1;
      state.up = up || failures < FAILURES_FOR_DOWN;
      state.checkedAt = Date.now();
    } finally {
      running = false;
    }
  };
  state.timer = setInterval(() => void probe(), WATCH_MS);
  state.timer.unref();
  void probe();
}
