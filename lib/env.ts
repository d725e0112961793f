import { isIP } from "node:net";
import { z } from "zod";

/**
 * The one place that reads process.env. Every setting has a default that
 * works on a developer machine; README's configuration table lists them all.
 * Parsed lazily so `next build` does not need a database or secrets.
 */

const intFrom = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional(),
  /**
   * Server deployment: the owner that runs the migrations. DATABASE_URL is then the runtime role,
   * which `npm run db:migrate` / `npm start` create or update with only the grants the app needs.
   */
  DATABASE_OWNER_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_OWNER_URL must be a postgresql:// URL")
    .optional(),
  /** Ed25519 private key (PKCS#8 PEM) that signs audit checkpoints; default: DATA_DIR/audit-signing-key.pem, created on first use. */
  AUDIT_SIGNING_KEY: z.string().optional(),
  /** Where signed audit checkpoints are appended; default DATA_DIR/audit. */
  AUDIT_CHECKPOINT_DIR: z.string().optional(),
  /** The background sealer (every second); off in tests, which seal on demand. */
  AUDIT_SEALER: z.enum(["on", "off"]).optional(),
  /** Connections in the app's pool. `npm start` sets 1 for the embedded database, which serves one session at a time. */
  DATABASE_POOL_MAX: intFrom(10, 1, 200),
  /**
   * How long a query may wait for a pooled connection before it is answered "busy" (UNAVAILABLE)
   * instead of piling up (lib/db-gate.ts). Default 2000 ms; 60000 under NODE_ENV=test, whose
   * suites deliberately run a hundred writers through one embedded connection.
   */
  DATABASE_POOL_MAX_WAIT_MS: z.coerce.number().int().min(10).max(600_000).optional(),
  /**
   * Named prepared statements (lib/db.ts): PostgreSQL plans each statement once per connection. "off" for a
   * connection pooler in transaction mode that does not track them (PgBouncer before 1.21, or without
   * max_prepared_statements), where the next transaction may land on a connection that never saw the statement.
   */
  DATABASE_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("on"),
  /** Admission control in scripts/server.ts (lib/http/admission.ts): "off" serves every request as it comes (the old behaviour). */
  ADMISSION: z.enum(["on", "off"]).default("on"),
  /** Requests in flight at most; default 4 per CPU, between 4 and 32. */
  ADMISSION_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).optional(),
  /** How long a request may wait for a slot before it gets 503 + Retry-After. */
  ADMISSION_MAX_WAIT_MS: intFrom(2000, 0, 600_000),
  /** Requests waiting at most; beyond it, refused at once. */
  ADMISSION_QUEUE_MAX: intFrom(500, 0, 1_000_000),
  /**
   * The public methodology pages served to anonymous readers from a response cache in scripts/server.ts
   * (lib/http/page-cache.ts); "off" renders every request. Off under `npm run dev` unless set.
   */
  PAGE_CACHE: z.enum(["on", "off"]).default("on"),
  /** How long a cached public page is served before it is rendered again. */
  PAGE_CACHE_TTL_SECONDS: intFrom(300, 1, 86_400),
  /**
   * A second port on which scripts/server.ts answers GET /api/health from a thread of its own, never delayed by
   * rendering or garbage collection on the main thread (for a load balancer's check: HAProxy `check port`). Unset: none.
   */
  HEALTH_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  /** Every so many seconds scripts/server.ts logs its event loop's delay (p50/p99/max); 0 = never (the default). */
  EVENT_LOOP_LOG_SECONDS: intFrom(0, 0, 3600),
  /** Signs session tokens. `npm start` generates one into the data folder when unset. */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(".data"),
  EVIDENCE_DIR: z.string().optional(),
  /**
   * Demo organisations and accounts (published password) in an empty database.
   * Unset: `npm start` seeds them only when it listens on a loopback address,
   * and refuses to start on any other address while demo accounts still have
   * the published password (scripts/lib/demo-policy.ts).
   */
  SEED_DEMO: z
    .enum(["true", "false"], { error: "SEED_DEMO must be true or false" })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true")),
  /**
   * Proxies whose X-Forwarded-For is believed: comma-separated IPs/CIDRs. Unset:
   * the client is the socket's peer and X-Forwarded-For is ignored (lib/auth/request-meta.ts).
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .refine(
      (v) =>
        !v ||
        v.split(",").map((p) => p.trim()).filter(Boolean).every((p) => {
          const [addr = "", bits, extra] = p.split("/");
          const family = isIP(addr);
          const max = family === 6 ? 128 : 32;
          return family !== 0 && extra === undefined && (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= max));
        }),
      "TRUST_PROXY must list IP addresses or CIDRs separated by commas, e.g. 127.0.0.1, 10.0.0.0/8",
    ),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  AUTH_LOCKOUT_THRESHOLD: intFrom(5, 1, 100),
  AUTH_LOCKOUT_MINUTES: intFrom(15, 1, 24 * 60),
  /** Sign-in throttling (lib/data/throttle.ts): failed sign-ins allowed per client address, and in all, per window. */
  AUTH_THROTTLE_WINDOW_MINUTES: intFrom(10, 1, 24 * 60),
  AUTH_THROTTLE_PER_ADDRESS: intFrom(20, 1, 10_000),
  AUTH_THROTTLE_GLOBAL: intFrom(500, 1, 1_000_000),
  SESSION_IDLE_MINUTES: intFrom(30, 1, 24 * 60),
  SESSION_MAX_HOURS: intFrom(12, 1, 24 * 30),
  PASSWORD_MIN_LENGTH: intFrom(12, 12, 128),
  /** How many of the four character classes (lower, upper, digit, symbol) a password needs. */
  PASSWORD_MIN_CLASSES: intFrom(3, 0, 4),
  /**
   * Optional outgoing mail (lib/mail/smtp.ts). With SMTP_HOST set, a one-time set-password link is also mailed
   * to the user; it is still shown to the admin. Port 465 speaks TLS from the start, others upgrade with STARTTLS
   * when the server offers it. SMTP_FROM defaults to SMTP_USER.
   */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: intFrom(587, 1, 65_535),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().optional(),
  /** The deployment's time zone (IANA name): a cycle's opening and closing dates are days in this zone. */
  APP_TIME_ZONE: z
    .string()
    .default("Asia/Shanghai")
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en-CA", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "APP_TIME_ZONE must be an IANA time zone such as Asia/Shanghai"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** For tests that change settings between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** See DATABASE_POOL_MAX_WAIT_MS. */
export function poolMaxWaitMs(): number {
  const e = env();
  return e.DATABASE_POOL_MAX_WAIT_MS ?? (e.NODE_ENV === "test" ? 60_000 : 2000);
}

/** See ADMISSION_MAX_IN_FLIGHT: rendering is CPU work, so the default follows the CPUs. */
export function admissionLimit(cpus: number): number {
  return env().ADMISSION_MAX_IN_FLIGHT ?? Math.min(32, Math.max(4, 4 * cpus));
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Use `npm start` (which starts the embedded database) or set DATABASE_URL=postgresql://…",
    );
  }
  return url;
}

export function requireAuthSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) {
    throw new Error("NEXTAUTH_SECRET is not set (at least 32 characters). `npm start` generates one.");
  }
  return secret;
}
