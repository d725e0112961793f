import { BlockList, isIP } from "node:net";
import type { RequestMeta } from "@/lib/data/audit";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { PEER_HEADER, PEER_MARKER } from "./peer-header";

/**
 * The one rule for the client's address, used by the audit log, sessions and
 * sign-in throttling alike:
 *
 *   the address of the TCP peer (the socket), unless that peer is a proxy named
 *   in TRUST_PROXY; then X-Forwarded-For is read from the right, skipping the
 *   trusted proxies, and the first address that is not trusted is the client.
 *
 * Next's own server does not expose the socket to route handlers, and it only
 * fills X-Forwarded-For from the socket when the client sent none — so the
 * header alone can always be forged. scripts/server.ts (what `npm start`
 * runs) therefore overwrites PEER_HEADER on every request with the socket's
 * address, whatever the client sent, and sets PEER_MARKER so this module
 * knows the header is its own. Without that server (a bare `next start`, unit
 * tests) the address is unknown (null) rather than guessed from a header a
 * client can write.
 */

export { PEER_HEADER, PEER_MARKER };

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined | null;

function header(h: HeaderSource, name: string): string | null {
  if (!h) return null;
  if (typeof (h as Headers).get === "function") return (h as Headers).get(name);
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v.join(", ") : (v ?? null);
}

/** `::ffff:192.0.2.1` (IPv4 on a dual-stack socket) → `192.0.2.1`; anything that is not an address → null. */
export function normalizeIp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let ip = raw.trim();
  // "[2001:db8::1]:443" or "192.0.2.1:8080" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":"));
  ip = ip.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) ip = mapped[1]!;
  return isIP(ip) ? ip.toLowerCase() : null;
}

/** TRUST_PROXY: comma-separated IPs or CIDRs (IPv4 or IPv6), e.g. `127.0.0.1, 10.0.0.0/8`. */
export function parseTrustedProxies(spec: string | undefined): BlockList {
  const list = new BlockList();
  for (const part of (spec ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
    const [addr, bits] = part.split("/");
    const ip = normalizeIp(addr);
    if (!ip) throw new Error(`TRUST_PROXY: "${part}" is not an IP address or CIDR`);
    const family = isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(ip, family);
    else {
      const prefix = Number(bits);
      const max = family === "ipv6" ? 128 : 32;
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) throw new Error(`TRUST_PROXY: bad prefix in "${part}"`);
      list.addSubnet(ip, prefix, family);
    }
  }
  return list;
}

function isTrusted(list: BlockList, ip: string): boolean {
  return list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

/**
 * The rule itself, pure: the socket peer's address, the X-Forwarded-For
 * header as received, and the trusted proxies → the client's address.
 */
export function clientAddress(peer: string | null, forwardedFor: string | null, trusted: BlockList): string | null {
  let client = normalizeIp(peer);
  if (!client || !isTrusted(trusted, client)) return client;
  const hops = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeIp(hops[i]);
    // A trusted proxy only ever appends a real address; garbage came from
    // beyond it, so the last address a trusted hop vouched for is the answer.
    if (!hop) return client;
    client = hop;
    if (!isTrusted(trusted, hop)) return hop;
  }
  return client;
}

let trustedCache: { spec: string | undefined; list: BlockList } | undefined;
function trustedProxies(): BlockList {
  const spec = env().TRUST_PROXY;
  if (!trustedCache || trustedCache.spec !== spec) trustedCache = { spec, list: parseTrustedProxies(spec) };
  return trustedCache.list;
}

let warned = false;
/** Whether the peer header was written by scripts/server.ts in this process (and so cannot come from the client). */
function peerHeaderIsOurs(): boolean {
  const ours = (globalThis as Record<symbol, unknown>)[PEER_MARKER] === true;
  if (!ours && !warned && env().NODE_ENV === "production") {
    warned = true;
    logger().warn(
      "client addresses are unknown: the app was not started through scripts/server.ts (`npm start`), so the socket address is not available",
    );
  }
  return ours;
}

/** Client address and user agent of a request, for the audit log, sessions and sign-in throttling. */
export function requestMetaFrom(h: HeaderSource): RequestMeta {
  const peer = peerHeaderIsOurs() ? header(h, PEER_HEADER) : null;
  const ip = clientAddress(peer, header(h, "x-forwarded-for"), trustedProxies());
  return { ip, userAgent: header(h, "user-agent") };
}
