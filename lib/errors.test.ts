import { describe, expect, it } from "vitest";
import { classifyError, NotFoundError, UnavailableError, ValidationError } from "./errors";

/** The one place driver errors get their kind (issue 15 §2). */
describe("classifyError", () => {
  const withCause = (cause: unknown) => Object.assign(new Error("wrapped"), { cause });

  it.each([
    ["pg: connection refused", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["pg: reset", Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" })],
    ["pg: timeout", new Error("timeout exceeded when trying to connect")],
    ["pg: terminated", new Error("Connection terminated unexpectedly")],
    ["pg: a client used again after its connection failed", new Error("Client has encountered a connection error and is not queryable")],
    ["server shutting down (57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["Prisma P1001", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
    ["Prisma pool timeout P2024", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })],
    ["driver adapter kind", withCause({ kind: "DatabaseNotReachable", host: "x" })],
    ["adapter error in meta", Object.assign(new Error("x"), { meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } })],
  ])("%s → UNAVAILABLE", (_name, err) => {
    expect(classifyError(err)).toBeInstanceOf(UnavailableError);
  });

  // A PostgreSQL error as the pg driver raises it, and as Prisma's pg adapter wraps it (kind "postgres", originalCode).
  const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "ERROR" });
  const viaAdapter = (code: string, message: string) =>
    Object.assign(new Error("x"), { meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: code, code, originalMessage: message } } } });

  it.each([
    ["25006", "cannot execute UPDATE in a read-only transaction"], // a Patroni failover: the connection reached the demoted primary
    ["57P01", "terminating connection due to administrator command"],
    ["57P02", "terminating connection because of crash of another server process"],
    ["57P03", "the database system is in recovery mode"],
    ["57P05", "terminating connection due to idle-session timeout"],
    ["53300", "sorry, too many clients already"],
    ["08000", "connection exception"],
    ["08003", "connection does not exist"],
    ["08006", "connection failure"],
    ["08007", "transaction resolution unknown"],
  ])("SQLSTATE %s (%s) → UNAVAILABLE, from the driver and through the adapter", (code, message) => {
    for (const err of [pgError(code, message), viaAdapter(code, message), withCause(pgError(code, message))]) {
      expect(classifyError(err)).toMatchObject({ code: "UNAVAILABLE", messageKey: "unavailable", status: 503 });
    }
  });

  it("knows a read-only or recovering server by its message when the code is lost on the way", () => {
    for (const m of ["cannot execute INSERT in a read-only transaction", "the database system is in recovery mode", "the database system is not yet accepting connections"]) {
      expect(classifyError(new Error(m))).toBeInstanceOf(UnavailableError);
    }
  });

  it.each([
    ["08P01", "invalid message format"], // protocol violation: a bug, retrying would not help
    ["57P04", "database dropped"],
    ["53100", "could not extend file: No space left on device"],
    ["28P01", "password authentication failed for user"],
    ["40001", "could not serialize access due to concurrent update"],
    ["40P01", "deadlock detected"],
    ["57014", "canceling statement due to statement timeout"],
    ["42P01", "relation does not exist"],
  ])("SQLSTATE %s (%s) is not UNAVAILABLE: retrying later would not help, or it is a bug", (code, message) => {
    for (const err of [pgError(code, message), viaAdapter(code, message)]) {
      expect(classifyError(err)?.code).not.toBe("UNAVAILABLE");
    }
  });

  it("a database busy beyond the pool's bound (lib/db-gate.ts) is UNAVAILABLE with the busy message", () => {
    const busy = Object.assign(new Error("database busy: no connection within 2001 ms"), { code: "EDBBUSY" });
    for (const err of [busy, withCause(busy), new Error("database busy: no connection within 5 ms")]) {
      expect(classifyError(err)).toMatchObject({ code: "UNAVAILABLE", messageKey: "busy", status: 503 });
    }
  });

  it.each([
    ["NUL byte (22021)", Object.assign(new Error("invalid byte sequence for encoding UTF8: 0x00"), { code: "22021" })],
    ["value too long (22001)", withCause({ originalCode: "22001" })],
    ["malformed uuid (22P02)", Object.assign(new Error("invalid input syntax for type uuid"), { code: "22P02" })],
  ])("%s → VALIDATION", (_name, err) => {
    expect(classifyError(err)).toBeInstanceOf(ValidationError);
  });

  it("keeps app errors and leaves bugs unclassified", () => {
    const nf = new NotFoundError();
    expect(classifyError(nf)).toBe(nf);
    expect(classifyError(new TypeError("x is undefined"))).toBeNull();
    expect(classifyError("a string")).toBeNull();
    // A cycle of causes ends.
    const a: { cause?: unknown } = {};
    a.cause = a;
    expect(classifyError(a)).toBeNull();
  });
});
