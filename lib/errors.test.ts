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
    ["server shutting down (57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["Prisma P1001", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
    ["Prisma pool timeout P2024", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })],
    ["driver adapter kind", withCause({ kind: "DatabaseNotReachable", host: "x" })],
    ["adapter error in meta", Object.assign(new Error("x"), { meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } })],
  ])("%s → UNAVAILABLE", (_name, err) => {
    expect(classifyError(err)).toBeInstanceOf(UnavailableError);
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
