/**
 * Whether `npm start` puts demo data (accounts with a published password)
 * into the database, decided from the address it listens on and SEED_DEMO.
 * Pure, so it is tested without starting anything (tests/unit/demo-policy.test.ts).
 *
 *  - SEED_DEMO=true: demo data into an empty database, and demo accounts are
 *    accepted on any address (a demo shown on a network, on purpose).
 *  - SEED_DEMO unset: demo data only on a loopback address (the README's
 *    `npm start`); on any other address nothing is seeded, and the app refuses
 *    to start while demo accounts still have the published password.
 *  - SEED_DEMO=false: never seeded; the same refusal off loopback.
 */
import { isIP } from "node:net";

export interface DemoPolicy {
  loopback: boolean;
  /** Put demo data into an empty database. */
  seed: boolean;
  /** Demo accounts with the published password may exist while serving. */
  allowPublishedPassword: boolean;
}

/** Only addresses that no other machine can reach count: localhost, 127.0.0.0/8 and ::1. `0.0.0.0`/`::` listen on every interface. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  if (isIP(h) === 6) return h === "::1" || /^::ffff:127\./.test(h) || h === "0:0:0:0:0:0:0:1";
  return false;
}

export function demoPolicy(host: string, seedDemo: string | undefined): DemoPolicy {
  if (seedDemo !== undefined && seedDemo !== "true" && seedDemo !== "false") {
    throw new Error(`SEED_DEMO must be "true" or "false" (got "${seedDemo}")`);
  }
  const loopback = isLoopbackHost(host);
  const explicit = seedDemo === undefined ? undefined : seedDemo === "true";
  return { loopback, seed: explicit ?? loopback, allowPublishedPassword: explicit === true || loopback };
}
