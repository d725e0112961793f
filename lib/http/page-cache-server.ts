import http from "node:http";
import { FILL_HEADER, PageCache, cacheKeyOf, replyFrom, type CacheKey, type OriginResponse } from "./page-cache";

/**
 * The Node side of the public-page cache (lib/http/page-cache.ts) for
 * scripts/server.ts. A miss is rendered by asking this same server over
 * loopback, as a plain anonymous reader would: identity encoding, only the
 * locale cookie, a fixed Host (the copy is shared, so nothing of the client's
 * request but the key may shape it), and FILL_HEADER so that request goes to
 * the app (through admission control, as any anonymous render does).
 */

export interface Origin {
  /** Where this server listens (an unspecified address is reached over loopback). */
  host: string;
  port: number;
}

const MAX_BODY = 8 * 1024 * 1024;
const RENDER_TIMEOUT_MS = 30_000;

function loopback(host: string): string {
  if (host === "0.0.0.0" || host === "") return "127.0.0.1";
  if (host === "::" || host === "[::]") return "::1";
  return host.replace(/^\[(.*)\]$/, "$1");
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/** One anonymous render of `k` by the app behind this server. */
export function renderThroughApp(origin: Origin, k: CacheKey): Promise<OriginResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: loopback(origin.host),
        port: origin.port,
        method: "GET",
        path: k.url,
        agent,
        timeout: RENDER_TIMEOUT_MS,
        headers: {
          host: `localhost:${origin.port}`,
          accept: "text/html",
          "accept-encoding": "identity",
          cookie: `NEXT_LOCALE=${k.locale}`,
          [FILL_HEADER]: "1",
          ...(k.https ? { "x-forwarded-proto": "https" } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size > MAX_BODY) req.destroy(new Error("page too large to cache"));
          else chunks.push(c);
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("render timed out")));
    req.on("error", reject);
    req.end();
  });
}

export class PublicPageCache {
  readonly cache: PageCache;

  constructor(
    private readonly origin: Origin,
    options: { ttlMs: number; maxEntries?: number; maxBytes?: number },
    private readonly render: (origin: Origin, k: CacheKey) => Promise<OriginResponse> = renderThroughApp,
  ) {
    this.cache = new PageCache(options);
  }

  /** The key when this request may be answered from the cache; null: the app answers it. */
  keyOf(req: http.IncomingMessage): CacheKey | null {
    return cacheKeyOf({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers });
  }

  /** Answers from the cache (rendering on a miss); false when it could not, and the app must answer. */
  async serve(k: CacheKey, req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
    const entry = await this.cache.getOrFill(k.key, () => this.render(this.origin, k));
    if (!entry) return false;
    const reply = replyFrom(entry, { method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers });
    if (!reply) return false;
    if (res.destroyed) return true;
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of reply.headers) {
      const prev = headers[name];
      headers[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
    res.writeHead(reply.status, headers);
    res.end(reply.body);
    return true;
  }
}
