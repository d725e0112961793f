import fc from "fast-check";
import type { ActionTarget, RouteTarget } from "./discover";
import type { FuzzRequest } from "./client";

/**
 * Generated malformed requests. Every request is malformed on purpose
 * (wrong shape, wrong encoding, wrong method, oversized, hostile text, or
 * aimed at ids that do not exist), so none may change anything.
 */

const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Any UTF-16 code units, lone surrogates and controls included. */
const anyText = fc.string({ unit, maxLength: 40 });

export const HOSTILE_TEXT = [
  "\u0000",
  "before\u0000after",
  "\uD800",
  "lone \uDC00 low",
  "\u202Eevil\u202C",
  "\u2066isolate\u2069",
  "bell\u0007",
  "\u0085next-line",
  "漢".repeat(10_000),
  "😀".repeat(5_000),
  "'; DROP TABLE app_user; --",
  "<script>alert(1)</script>",
  "${7*7}{{7*7}}",
  "$@1",
  "$h0",
  "$K1",
];
const hostile = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), anyText);

const SEGMENTS = [
  "%E0%A4%A",
  "%",
  "%zz",
  "%00",
  "%C0%AE%C0%AE",
  "%ED%A0%80",
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "..%2F..%2Fetc%2Fpasswd",
  "x".repeat(3000),
  "%F0%9F%98%80",
  "1;DROP%20TABLE%20evidence",
];
const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SEGMENTS) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 2, arbitrary: anyText.map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "?")) || "_") },
);
const AUTH_ACTIONS = ["session", "csrf", "providers", "signin", "signout", "callback", "error", "_log", "verify-request", "credentials"];

const query = fc.oneof(
  fc.constant(""),
  fc.constantFrom("?limit=abc", "?limit=-1", "?limit=1e309", "?before=%E0%A4%A", "?callbackUrl=https://evil.example/", "?error=%00", "?a=%", "?__proto__[x]=1"),
  fc.array(fc.tuple(anyText, anyText), { maxLength: 3 }).map((kv) =>
    kv.length ? `?${kv.map(([k, v]) => `${encodeURIComponent(k.replace(/[\uD800-\uDFFF]/g, "?"))}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, "?"))}`).join("&")}` : "",
  ),
);

function fillPattern(pattern: string, segs: string[], rest: string[]): string {
  let i = 0;
  return pattern
    .split("/")
    .map((p) => {
      if (/^\[\.\.\..+\]$/.test(p)) return rest.join("/") || "x";
      if (/^\[.+\]$/.test(p)) return segs[i++ % segs.length] ?? "x";
      return p;
    })
    .join("/");
}

const BOUNDARY = "----fuzzboundary";
const brokenMultipart = fc.oneof(
  fc.constant(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4`),
  fc.constant(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="1_$ACTION_ID_00"\r\n\r\n\r\n--${BOUNDARY}--\r\n`),
  fc.constantFrom('["$K1"]', '["$B1"]', '["$B2"]', '[{"a":"$Q1"}]', "[]", "null", '["$@1"]').map(
    (root) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n${root}\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="1"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
  ),
  anyText.map((s) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${s}"\r\n\r\n${s}\r\n--${BOUNDARY}--\r\n`),
);
const body: fc.Arbitrary<{ type?: string; body?: string | Uint8Array; chunked?: boolean }> = fc.oneof(
  fc.constant({}),
  fc.constantFrom("{", "null", "", "true", "42", "[", '{"a":', "\u0000").map((b) => ({ type: "application/json", body: b })),
  fc.jsonValue({ maxDepth: 3 }).map((v) => ({ type: "application/json", body: JSON.stringify(v) })),
  fc.dictionary(anyText, anyText, { maxKeys: 4 }).map((d) => ({
    type: "application/x-www-form-urlencoded",
    body: Object.entries(d).map(([k, v]) => `${encodeURIComponent(k.replace(/[\uD800-\uDFFF]/g, "?"))}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, "?"))}`).join("&") + "&bad=%E0%A4%A",
  })),
  brokenMultipart.map((b) => ({ type: `multipart/form-data; boundary=${BOUNDARY}`, body: b })),
  fc.constant({ type: "multipart/form-data", body: "no boundary" }),
  fc.constant({ type: "application/octet-stream", body: new Uint8Array([0xff, 0xfe, 0x00, 0xc3, 0x28]) }),
  fc.constant({ type: "text/plain", body: new Uint8Array([0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d]) }),
  fc.constantFrom(false, true).map((chunked) => ({ type: "application/json", body: `"${"x".repeat(1_200_000)}"`, chunked })),
);

const method = fc.constantFrom("GET", "GET", "HEAD", "POST", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
const origin = fc.oneof(
  { weight: 6, arbitrary: fc.constant<string | undefined>(undefined) },
  { weight: 1, arbitrary: fc.constantFrom("http://evil.example", "null", "::::", "http://[bad") },
);
const fetchSite = fc.oneof({ weight: 6, arbitrary: fc.constant<string | undefined>(undefined) }, { weight: 1, arbitrary: fc.constant("cross-site") });

function headersOf(type: string | undefined, o: string | undefined, site: string | undefined): Record<string, string> {
  const h: Record<string, string> = {};
  if (type) h["content-type"] = type;
  if (o) h.origin = o;
  if (site) h["sec-fetch-site"] = site;
  return h;
}

export function routeRequests(target: RouteTarget, role: string, seed: number, runs: number): FuzzRequest[] {
  const rest = fc.array(fc.oneof(fc.constantFrom(...AUTH_ACTIONS), segment), { minLength: 1, maxLength: 3 });
  const arb = fc.record({ segs: fc.array(segment, { minLength: 1, maxLength: 2 }), rest, query, method, body, origin, site: fetchSite });
  return fc.sample(arb, { seed, numRuns: runs }).map((s) => ({
    method: s.method,
    path: fillPattern(target.pattern, s.segs, s.rest) + s.query,
    headers: headersOf(s.body.type, s.origin, s.site),
    body: s.body.body,
    chunked: s.body.chunked,
    role,
    label: `${target.kind} ${target.pattern}`,
  }));
}

/** Argument lists our actions cannot accept: wrong shapes, hostile text, references React would resolve. */
const uuid = fc.uuid();
const template = fc.oneof(
  fc.record({
    assessmentId: uuid,
    questionCode: fc.constantFrom("GOV.1.1", "X", "GOV.1.1\u0000"),
    expectedVersion: fc.constantFrom(0, -1, 1.5, 1e309 as number),
    answer: fc.record({ level: fc.constantFrom(1, 0, 6, null), na: fc.boolean(), naReason: hostile, note: hostile }),
  }),
  fc.record({ assessmentId: uuid, questionCode: fc.constant("GOV.1.1"), text: hostile }),
  fc.record({ assessmentId: uuid, questionCode: fc.constant("GOV.1.1"), url: hostile.map((s) => `https://example.org/${s}`) }),
  fc.record({ assessmentId: uuid, questionCode: fc.constant("GOV.1.1"), verifiedLevel: fc.constant(1), comment: hostile }),
  fc.record({ evidenceId: fc.constantFrom("not-a-uuid", "%E0%A4%A", "") }),
  fc.record({ cycleId: anyText, orgUnitId: uuid }),
  fc.record({ locale: hostile }),
  fc.record({ name: hostile, displayName: hostile, reason: hostile, email: hostile }),
);
const args = fc.oneof(
  fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }),
  fc.tuple(template),
  fc.constantFrom(["$@1"], ["$h0"], ["$K1"], [{ a: "$Q1" }], ["$T"], ["$B1"], ["$F1"], ["$W1"], ["$i1"]),
);
const actionBody: fc.Arbitrary<{ type?: string; body: string | Uint8Array; chunked?: boolean }> = fc.oneof(
  { weight: 6, arbitrary: args.map((a) => ({ type: "text/plain;charset=UTF-8", body: JSON.stringify(a) })) },
  { weight: 2, arbitrary: fc.constantFrom("null", "", "true", "42", "-0", "[", "{}", '"x"').map((b) => ({ type: "text/plain;charset=UTF-8", body: b })) },
  { weight: 1, arbitrary: fc.constant({ type: "text/plain;charset=UTF-8", body: JSON.stringify(Array(1001).fill(null)) }) },
  { weight: 1, arbitrary: fc.constantFrom(false, true).map((chunked) => ({ type: "text/plain;charset=UTF-8", body: `["${"x".repeat(1_200_000)}"]`, chunked })) },
  { weight: 1, arbitrary: fc.constant({ type: "text/plain;charset=UTF-8", body: new Uint8Array([0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d]) }) },
  { weight: 2, arbitrary: brokenMultipart.map((b) => ({ type: `multipart/form-data; boundary=${BOUNDARY}`, body: b })) },
  { weight: 1, arbitrary: fc.constantFrom("application/json", "application/x-www-form-urlencoded", "").map((type) => ({ type: type || undefined, body: "[{}" })) },
);

/** An argument list that happens to be valid for an action must not be sent: it could change data. */
function couldBeValid(body: string | Uint8Array): boolean {
  if (typeof body !== "string") return false;
  try {
    const a = JSON.parse(body);
    if (!Array.isArray(a) || a.length === 0) return false;
    const first = a[0];
    if (first && typeof first === "object" && !Array.isArray(first)) {
      const keys = Object.keys(first);
      return keys.length === 0 || (keys.length === 1 && keys[0] === "locale" && ["en", "zh-CN"].includes(first.locale));
    }
    return false;
  } catch {
    return false;
  }
}

export function actionRequests(target: ActionTarget, role: string, seed: number, runs: number): FuzzRequest[] {
  const actionId = fc.oneof({ weight: 8, arbitrary: fc.constant(target.id) }, { weight: 1, arbitrary: fc.constantFrom("0".repeat(42), "not-an-action", target.id + "00") });
  const arb = fc.record({ body: actionBody, actionId, origin, site: fetchSite, segs: fc.array(segment, { minLength: 1, maxLength: 2 }) });
  return fc
    .sample(arb, { seed, numRuns: runs })
    .filter((s) => !couldBeValid(s.body.body))
    .map((s) => ({
      method: "POST",
      path: fillPattern(target.pagePattern, s.segs, ["x"]),
      headers: { ...headersOf(s.body.type, s.origin, s.site), "next-action": s.actionId, accept: "text/x-component" },
      body: s.body.body,
      chunked: s.body.chunked,
      role,
      label: `action ${target.name}`,
    }));
}
