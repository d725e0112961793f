/**
 * Admission control (issue 15 §3, issue 11 §2): beyond what the server can
 * render in time, a request is refused at once with 503 and Retry-After
 * rather than queued for ten seconds behind everyone else.
 *
 * Pure logic, no I/O: scripts/server.ts classifies each request, asks the
 * queue for a slot, and answers a refusal itself. At most `limit` requests are
 * in flight; the rest wait in one FIFO per priority class, each for at most
 * `maxWaitMs`. A request whose expected wait (requests ahead of it ÷ limit ×
 * the recent service time) already exceeds the bound is refused immediately —
 * a fast "no" is better than a slow one. The health check and static files are
 * never queued.
 *
 * Classes, highest first:
 *  - active:    a signed-in user's server action (autosave) or session/sign-in request;
 *  - signedIn:  a signed-in user's other API requests (uploads, the v1 API);
 *  - page:      a signed-in user's new page load (or in-app navigation);
 *  - anonymous: anything without a valid session (the sign-in page, sign-in attempts, public pages).
 * `limit` slots are shared by all classes; `reserve` more are for active users
 * only, so a save never waits behind page renders as long as those extra slots
 * last, and anonymous requests may hold at most half the shared slots, so
 * neither a flood of page loads nor unauthenticated traffic (health checks
 * aside, sign-in attempts included) can starve signed-in users' saves.
 */

export type QueuedClass = "active" | "signedIn" | "page" | "anonymous";
export type AdmissionClass = "health" | "static" | QueuedClass;

export const PRIORITY: Record<QueuedClass, number> = { active: 0, signedIn: 1, page: 2, anonymous: 3 };
const CLASSES: QueuedClass[] = ["active", "signedIn", "page", "anonymous"];

export interface RequestFacts {
  method: string;
  /** Path without the query. */
  path: string;
  /** The request carries a Next-Action header (a server action: autosave and every other form). */
  nextAction: boolean;
  /** The request carries a valid, unexpired session token (checked by the caller). */
  authenticated: boolean;
}

const STATIC_FILE = /^\/(?:_next\/static\/|_next\/image|favicon\.ico$|robots\.txt$|manifest\.webmanifest$|icons\/)/;

export function classify(r: RequestFacts): AdmissionClass {
  const method = r.method.toUpperCase();
  if (r.path === "/api/health" && (method === "GET" || method === "HEAD")) return "health";
  // Files from disk cost next to nothing, and a page that was admitted needs them to work.
  if (STATIC_FILE.test(r.path)) return "static";
  if (!r.authenticated) return "anonymous";
  if (r.path.startsWith("/api/auth/")) return "active";
  if (r.nextAction && method === "POST") return "active";
  if (r.path.startsWith("/api/") || (method !== "GET" && method !== "HEAD")) return "signedIn";
  return "page";
}

export interface AdmissionOptions {
  /** Requests in flight at most. */
  limit: number;
  /** How long a request may wait for a slot before it is refused. */
  maxWaitMs: number;
  /** Waiting requests at most (all classes); beyond it, refused at once. */
  queueMax: number;
  /** Slots beyond `limit` that only active requests may take; default a quarter of the limit, at least 1. */
  reserve?: number;
  /** Service time assumed before any request has finished. */
  initialServiceMs?: number;
  now?: () => number;
}

export type Admission =
  | { ok: true; class: AdmissionClass; waitedMs: number; release: () => void }
  | { ok: false; class: AdmissionClass; waitedMs: number; retryAfterSeconds: number; reason: "queue-full" | "expected-wait" | "timeout" };

interface Waiter {
  cls: QueuedClass;
  since: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  settle: (a: Admission) => void;
}

const noop = () => {};

export class AdmissionQueue {
  readonly limit: number;
  readonly maxWaitMs: number;
  readonly queueMax: number;
  readonly reserve: number;
  private readonly now: () => number;
  private inFlight = 0;
  private readonly running: Record<QueuedClass, number> = { active: 0, signedIn: 0, page: 0, anonymous: 0 };
  private readonly waiting: Record<QueuedClass, Waiter[]> = { active: [], signedIn: [], page: [], anonymous: [] };
  /** Exponentially weighted mean of how long an admitted request (other than a save) held its slot. */
  private serviceMs: number;

  constructor(opts: AdmissionOptions) {
    this.limit = Math.max(1, Math.floor(opts.limit));
    this.maxWaitMs = Math.max(0, opts.maxWaitMs);
    this.queueMax = Math.max(0, Math.floor(opts.queueMax));
    this.reserve = Math.max(0, Math.floor(opts.reserve ?? Math.max(1, Math.ceil(this.limit / 4))));
    this.serviceMs = opts.initialServiceMs ?? 100;
    this.now = opts.now ?? Date.now;
  }

  /** Anonymous requests may hold at most half the shared slots. */
  get anonymousCap(): number {
    return Math.max(1, Math.ceil(this.limit / 2));
  }

  stats() {
    const waiting = CLASSES.reduce((n, c) => n + this.waiting[c].length, 0);
    return { inFlight: this.inFlight, waiting, serviceMs: Math.round(this.serviceMs) };
  }

  /**
   * A slot, now or after a wait, or a refusal. Health checks and static files
   * are admitted at once and not counted. `signal` withdraws a waiting request
   * (the client went away): it is then refused and takes no slot.
   */
  admit(cls: AdmissionClass, signal?: AbortSignal): Promise<Admission> {
    if (cls === "health" || cls === "static") return Promise.resolve({ ok: true, class: cls, waitedMs: 0, release: noop });
    const since = this.now();
    if (this.canStart(cls) && !this.anyWaitingAtOrAbove(cls)) return Promise.resolve(this.start(cls, since));
    const total = CLASSES.reduce((n, c) => n + this.waiting[c].length, 0);
    if (total >= this.queueMax) return Promise.resolve(this.refusal(cls, since, "queue-full"));
    // Saves of active users are never turned away on an estimate, only by the bound itself.
    if (cls !== "active" && this.expectedWaitMs(cls) > this.maxWaitMs) return Promise.resolve(this.refusal(cls, since, "expected-wait"));
    return new Promise<Admission>((resolve) => {
      const waiter: Waiter = { cls, since, timer: undefined, settle: resolve };
      const leave = (reason: "timeout") => {
        const list = this.waiting[cls];
        const i = list.indexOf(waiter);
        if (i < 0) return;
        list.splice(i, 1);
        if (waiter.timer) clearTimeout(waiter.timer);
        resolve(this.refusal(cls, since, reason));
      };
      waiter.timer = setTimeout(() => leave("timeout"), this.maxWaitMs);
      signal?.addEventListener("abort", () => leave("timeout"), { once: true });
      this.waiting[cls].push(waiter);
    });
  }

  /** Estimated wait for a new request of this class: those ahead of it share `limit` slots. */
  expectedWaitMs(cls: QueuedClass): number {
    let ahead = 0;
    for (const c of CLASSES) if (PRIORITY[c] <= PRIORITY[cls]) ahead += this.waiting[c].length;
    return ((ahead + 1) / this.limit) * this.serviceMs;
  }

  private anyWaitingAtOrAbove(cls: QueuedClass): boolean {
    return CLASSES.some((c) => PRIORITY[c] <= PRIORITY[cls] && this.waiting[c].length > 0);
  }

  /** Active requests may use the reserved slots too; the others share `limit`. */
  private canStart(cls: QueuedClass): boolean {
    if (this.inFlight >= this.limit + this.reserve) return false;
    if (cls === "active") return true;
    const shared = this.running.signedIn + this.running.page + this.running.anonymous;
    return shared < this.limit && this.inFlight < this.limit + this.reserve && (cls !== "anonymous" || this.running.anonymous < this.anonymousCap);
  }

  private start(cls: QueuedClass, since: number): Admission {
    this.inFlight += 1;
    this.running[cls] += 1;
    const started = this.now();
    let released = false;
    return {
      ok: true,
      class: cls,
      waitedMs: started - since,
      release: () => {
        if (released) return;
        released = true;
        this.inFlight -= 1;
        this.running[cls] -= 1;
        // Saves are quick and have slots of their own: the estimate is about the shared slots' work.
        if (cls !== "active") this.serviceMs = 0.8 * this.serviceMs + 0.2 * Math.max(1, this.now() - started);
        this.pump();
      },
    };
  }

  /** Hands freed slots to waiters, highest class first, oldest first within a class. */
  private pump(): void {
    for (;;) {
      const next = CLASSES.find((c) => this.waiting[c].length > 0 && this.canStart(c));
      if (!next) return;
      const waiter = this.waiting[next].shift()!;
      if (waiter.timer) clearTimeout(waiter.timer);
      waiter.settle(this.start(next, waiter.since));
    }
  }

  private refusal(cls: AdmissionClass, since: number, reason: "queue-full" | "expected-wait" | "timeout"): Admission {
    const expected = cls === "health" || cls === "static" ? 0 : this.expectedWaitMs(cls);
    return {
      ok: false,
      class: cls,
      waitedMs: this.now() - since,
      retryAfterSeconds: Math.min(30, Math.max(1, Math.ceil(expected / 1000))),
      reason,
    };
  }
}
