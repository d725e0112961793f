/** A bare HTTP client for the fuzz suite: cookies by hand, no redirects followed, resets reported. */

export interface FuzzRequest {
  method: string;
  /** Path and query, sent as is (malformed percent-encoding included). */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Send the body with chunked transfer encoding (no Content-Length). */
  chunked?: boolean;
  role: string;
  label: string;
}

export interface FuzzReply {
  status: number;
  text: string;
  reset?: string;
}

export async function send(base: string, req: FuzzRequest, cookie: string | undefined): Promise<FuzzReply> {
  const headers: Record<string, string> = { ...req.headers };
  if (cookie) headers.cookie = cookie;
  let body: BodyInit | undefined;
  if (req.body !== undefined && req.method !== "GET" && req.method !== "HEAD") {
    const bytes = typeof req.body === "string" ? new TextEncoder().encode(req.body) : req.body;
    body = req.chunked
      ? new ReadableStream<Uint8Array>({
          start(c) {
            for (let i = 0; i < bytes.byteLength; i += 64 * 1024) c.enqueue(bytes.subarray(i, i + 64 * 1024));
            c.close();
          },
        })
      : (bytes as unknown as BodyInit);
  }
  try {
    const res = await fetch(base + req.path, {
      method: req.method,
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
      ...(req.chunked ? { duplex: "half" } : {}),
    } as RequestInit);
    const text = req.method === "HEAD" ? "" : await res.text();
    return { status: res.status, text: text.slice(0, 300_000) };
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return { status: 0, text: "", reset: `${(err as Error).message}${cause ? ` (${cause.code ?? ""} ${cause.message ?? ""})` : ""}` };
  }
}

/** Stack frames, driver and framework internals that must never reach a client. */
export const LEAK = new RegExp(
  [
    String.raw`\bat [\w$.<>]+ \(`, // a stack frame
    String.raw`node_modules`,
    String.raw`\.(?:ts|js|mjs|cjs):\d+:\d+`,
    String.raw`Prisma(?:Client)?[A-Z]\w*Error`,
    String.raw`invalid input syntax`,
    String.raw`invalid byte sequence`,
    String.raw`violates (?:foreign key|unique|check|not-null) constraint`,
    String.raw`syntax error at or near`,
    String.raw`ECONNREFUSED|ECONNRESET`,
    String.raw`Invariant:`,
    String.raw`Body exceeded`,
    String.raw`Server Actions request`,
    String.raw`Unexpected token`,
    String.raw`is not valid JSON`,
    String.raw`TypeError: |ReferenceError: |RangeError: |SyntaxError: `,
  ].join("|"),
);

/** A reply that breaks the rules, described; null when it is fine. */
export function verdict(reply: FuzzReply): string | null {
  if (reply.reset) return `connection failed: ${reply.reset}`;
  if (reply.status >= 500) return `status ${reply.status}`;
  const leak = LEAK.exec(reply.text);
  if (leak) return `leak: …${reply.text.slice(Math.max(0, leak.index - 80), leak.index + 120)}…`;
  return null;
}

/** A curl command that reproduces the request (bodies over 2 KB are summarised). */
export function reproduce(base: string, req: FuzzRequest): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const parts = [`curl -i -X ${req.method}`, q(base + req.path)];
  for (const [k, v] of Object.entries(req.headers)) parts.push(`-H ${q(`${k}: ${v}`)}`);
  if (req.chunked) parts.push(`-H 'Transfer-Encoding: chunked'`);
  if (req.body !== undefined) {
    const text = typeof req.body === "string" ? req.body : `<${req.body.byteLength} bytes>`;
    parts.push(text.length > 2048 ? `--data-binary ${q(`<${text.length} chars starting ${JSON.stringify(text.slice(0, 200))}>`)}` : `--data-binary ${q(text)}`);
  }
  return `[${req.role}] ${req.label}\n  ${parts.join(" ")}\n  (session cookie of ${req.role} omitted)`;
}

/** Signs a demo account in through next-auth's own endpoints; returns the Cookie header value. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(res);
  const session = [...jar.keys()].find((k) => k.includes("session-token"));
  if (!session) throw new Error(`could not sign in ${email}: status ${res.status}`);
  return cookieHeader();
}
