import type { RequestMeta } from "@/lib/data/audit";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined | null;

function header(h: HeaderSource, name: string): string | null {
  if (!h) return null;
  if (typeof (h as Headers).get === "function") return (h as Headers).get(name);
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

/** Client IP and user agent for the audit log. The first X-Forwarded-For entry is the client when a proxy is in front. */
export function requestMetaFrom(h: HeaderSource): RequestMeta {
  const fwd = header(h, "x-forwarded-for");
  const ip = fwd ? fwd.split(",")[0]!.trim() : header(h, "x-real-ip");
  return { ip: ip || null, userAgent: header(h, "user-agent") };
}
