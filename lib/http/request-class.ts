import { AsyncLocalStorage } from "node:async_hooks";
import type { QueuedClass } from "./admission";

/**
 * The admission class of the request being served, carried through its async
 * work so the database gate (lib/db-gate.ts) can serve an active user's save
 * before a page render or an anonymous sign-in attempt. scripts/server.ts sets
 * it around Next's handler; the store lives on globalThis because the server
 * and the app's bundled modules are separate module instances in one process.
 * Without it (`next start`, tests, background jobs) nothing is set.
 */

const KEY = Symbol.for("aigov.requestClass");
const slot = globalThis as unknown as Record<symbol, AsyncLocalStorage<QueuedClass> | undefined>;

function store(): AsyncLocalStorage<QueuedClass> {
  return (slot[KEY] ??= new AsyncLocalStorage<QueuedClass>());
}

export function runAsClass<T>(cls: QueuedClass, fn: () => T): T {
  return store().run(cls, fn);
}

export function currentRequestClass(): QueuedClass | undefined {
  return store().getStore();
}
