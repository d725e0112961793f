/**
 * Expected failures the user can act on. The data layer throws these; the
 * action/route wrappers turn them into a translated message and a status code.
 * Anything else is logged and shown as a generic error — no stack traces or
 * SQL ever reach the browser.
 */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "VALIDATION"
  | "UNAVAILABLE"
  | "INTERNAL";

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly status: number;
  /** Message-catalogue key (under "errors.") shown to the user. */
  readonly messageKey: string;
  constructor(messageKey: string, detail?: string) {
    super(detail ?? messageKey);
    this.name = new.target.name;
    this.messageKey = messageKey;
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = "UNAUTHENTICATED" as const;
  readonly status = 401;
  constructor(detail?: string) {
    super("unauthenticated", detail);
  }
}

export class ForbiddenError extends AppError {
  readonly code = "FORBIDDEN" as const;
  readonly status = 403;
  constructor(detail?: string, messageKey = "forbidden") {
    super(messageKey, detail);
  }
}

/** Also used for objects outside the caller's scope, so ids of other tenants leak nothing. */
export class NotFoundError extends AppError {
  readonly code = "NOT_FOUND" as const;
  readonly status = 404;
  constructor(detail?: string) {
    super("notFound", detail);
  }
}

export class ConflictError extends AppError {
  readonly code = "CONFLICT" as const;
  readonly status = 409;
  constructor(
    messageKey = "conflict",
    detail?: string,
    /** Safe, user-facing data about the conflict (e.g. the other person's answer). */
    readonly details?: unknown,
  ) {
    super(messageKey, detail);
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

export class ValidationError extends AppError {
  readonly code = "VALIDATION" as const;
  readonly status = 400;
  constructor(
    readonly issues: FieldIssue[] = [],
    messageKey = "validation",
  ) {
    super(messageKey, issues.map((i) => `${i.path}: ${i.message}`).join("; ") || messageKey);
  }
}

/** The database is briefly away (refused, reset, timed out): the request may be retried as it was. */
export class UnavailableError extends AppError {
  readonly code = "UNAVAILABLE" as const;
  readonly status = 503;
  /** messageKey "busy": the database is up but every connection stayed taken beyond the bound (lib/db-gate.ts). */
  constructor(detail?: string, messageKey = "unavailable") {
    super(messageKey, detail);
  }
}

/** Seconds a client should wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

// Failures after which the same request, sent again a little later, is right: the database (or the connection to
// it) is briefly away, read-only, or full. Connection-level failures of the pg driver, Prisma's pg adapter and
// Node's sockets, and these SQLSTATEs:
//  - class 08, connection exception: 08000, 08001 (cannot connect), 08003 (no connection), 08004 (server rejected
//    the connection), 08006 (connection failure), 08007 (transaction resolution unknown: a retried save meets the
//    optimistic lock, so it cannot land twice) — not 08P01 (protocol violation: a bug);
//  - 25006 read_only_sql_transaction: the connection reached a server that is (now) a standby — seen during a
//    Patroni failover, before HAProxy follows the new primary; the app opens no read-only transactions of its own
//    on a request's path (only the backup's dump does);
//  - 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up, in recovery), 57P05 idle
//    session timeout (the server closed the connection);
//  - 53300 too many connections.
// Left out on purpose (a retry would fail the same way, or the operator must act): 57P04 database dropped, 53100
// disk full, 53200 out of memory, 28xxx authentication, 3D000 no such database (listed below by the adapter's kind,
// as before), 57014 statement cancelled, 40001/40P01 (serialisation failure, deadlock: the app runs every
// transaction at READ COMMITTED, where the first does not arise, and a deadlock is a bug to find in the log as
// INTERNAL, not a warning to retry).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN",
  "P1001", "P1002", "P1008", "P1017", "P2024",
  "08000", "08001", "08003", "08004", "08006", "08007", "25006", "57P01", "57P02", "57P03", "57P05", "53300",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
// "…is not queryable": pg's answer when a pooled client that lost its connection (a failover) is used again.
const UNAVAILABLE_TEXT = /connection terminated|is not queryable|connection refused|server closed the connection|timeout exceeded when trying to connect|connection timeout|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|cannot execute \w+ in a read-only transaction|Can't reach database server/i;
// Input the database cannot hold (SQLSTATE 22021 NUL / bad encoding, 22001 too long, 22P02 malformed literal, 22P05 untranslatable).
const BAD_INPUT_CODES = new Set(["22021", "22001", "22P02", "22P05", "P2000"]);

function* causes(err: unknown): Generator<Record<string, unknown>> {
  let cur: unknown = err;
  for (let depth = 0; depth < 6 && cur && typeof cur === "object"; depth++) {
    const o = cur as Record<string, unknown>;
    yield o;
    if (o.meta && typeof o.meta === "object") {
      const meta = o.meta as Record<string, unknown>;
      yield meta;
      if (meta.driverAdapterError && typeof meta.driverAdapterError === "object") yield* causes(meta.driverAdapterError);
    }
    cur = o.cause;
  }
}

/**
 * The one place driver errors get a kind: the action and route wrappers call
 * it for anything that is not already an AppError. A database that is away is
 * UNAVAILABLE (retry later), input the database cannot hold is VALIDATION;
 * anything else stays unknown (null) and is a bug (INTERNAL).
 */
export function classifyError(err: unknown): AppError | null {
  if (isAppError(err)) return err;
  for (const o of causes(err)) {
    const code = typeof o.code === "string" ? o.code : typeof o.originalCode === "string" ? o.originalCode : undefined;
    const kind = typeof o.kind === "string" ? o.kind : undefined;
    if ((code && UNAVAILABLE_CODES.has(code)) || (kind && UNAVAILABLE_KINDS.has(kind))) return new UnavailableError(code ?? kind);
    if (code && BAD_INPUT_CODES.has(code)) return new ValidationError([], "validation");
    if (code === "EDBBUSY" || (typeof o.message === "string" && o.message.startsWith("database busy:"))) return new UnavailableError("busy", "busy");
    if (typeof o.message === "string" && UNAVAILABLE_TEXT.test(o.message)) return new UnavailableError("connection");
  }
  return null;
}
