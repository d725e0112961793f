import pg from "pg";
import { AdmissionQueue, type QueuedClass } from "@/lib/http/admission";
import { currentRequestClass } from "@/lib/http/request-class";

/**
 * A bounded, fair wait for a database connection (issue 11 §2). pg's own pool
 * queues without end and strictly first come, first served: with the embedded
 * database's single connection, one slow request held everyone behind it for
 * seconds. Here every checkout goes through the same admission logic as
 * requests (lib/http/admission.ts): the active user's save before a page
 * render before an anonymous sign-in attempt, and nobody waits longer than
 * DATABASE_POOL_MAX_WAIT_MS — past that the query fails with DatabaseBusyError,
 * which lib/errors.ts turns into the typed UNAVAILABLE answer ("busy"): the
 * action returns ok:false, the questionnaire keeps the answer and retries.
 * Nothing is half-written: a query that never got a connection never ran.
 */

export class DatabaseBusyError extends Error {
  readonly code = "EDBBUSY";
  constructor(waitedMs: number) {
    super(`database busy: no connection within ${waitedMs} ms`);
    this.name = "DatabaseBusyError";
  }
}

/** Background work (the database watch, the sealer, daily checks) ranks with signed-in users' API requests. */
const BACKGROUND: QueuedClass = "signedIn";

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

export class GatedPool extends pg.Pool {
  readonly gate: AdmissionQueue;

  constructor({ maxWaitMs, ...config }: pg.PoolConfig & { max: number; maxWaitMs: number }) {
    super(config);
    // No reserve: the pool has exactly `max` connections. Refusals by estimate as for requests, never for a save.
    this.gate = new AdmissionQueue({ limit: config.max, maxWaitMs: maxWaitMs, queueMax: 10_000, reserve: 0, initialServiceMs: 5 });
  }

  connect(): Promise<pg.PoolClient>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const checkout = this.checkout();
    if (!callback) return checkout;
    checkout.then(
      (client) => callback(undefined, client, (release?: unknown) => client.release(release as Error | boolean | undefined)),
      (err: Error) => callback(err, undefined, () => {}),
    );
  }

  private async checkout(): Promise<pg.PoolClient> {
    const admission = await this.gate.admit(currentRequestClass() ?? BACKGROUND);
    if (!admission.ok) throw new DatabaseBusyError(admission.waitedMs);
    let client: pg.PoolClient;
    try {
      client = await super.connect();
    } catch (err) {
      admission.release();
      throw err;
    }
    // pg sets a fresh release function on every checkout; ours frees the gate's slot with it.
    const release = client.release;
    client.release = (err?: Error | boolean) => {
      admission.release();
      return release.call(client, err);
    };
    return client;
  }
}
