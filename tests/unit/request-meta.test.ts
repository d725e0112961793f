import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "@/lib/env";
import { clientAddress, normalizeIp, parseTrustedProxies, PEER_HEADER, PEER_MARKER, requestMetaFrom } from "@/lib/auth/request-meta";

// The one rule for the client's address (issue 16, item 4): the socket's peer,
// unless TRUST_PROXY names it; then X-Forwarded-For from the right, skipping trusted hops.

const none = parseTrustedProxies(undefined);
const marker = globalThis as Record<symbol, unknown>;

afterEach(() => {
  delete marker[PEER_MARKER];
  delete process.env.TRUST_PROXY;
  resetEnvCache();
});

describe("clientAddress", () => {
  it("is the socket's peer without TRUST_PROXY, whatever X-Forwarded-For says", () => {
    expect(clientAddress("192.0.2.7", "203.0.113.99", none)).toBe("192.0.2.7");
    expect(clientAddress("::ffff:192.0.2.7", "203.0.113.99, 10.0.0.1", none)).toBe("192.0.2.7");
    expect(clientAddress(null, "203.0.113.99", none)).toBeNull();
  });

  it("takes the right-most untrusted entry when the peer is a trusted proxy", () => {
    const trusted = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");
    // The client forged the first entry; the proxy appended the real one.
    expect(clientAddress("127.0.0.1", "203.0.113.99, 198.51.100.20", trusted)).toBe("198.51.100.20");
    // Two trusted hops: the inner proxy's entry is skipped too.
    expect(clientAddress("127.0.0.1", "203.0.113.99, 198.51.100.20, 10.1.2.3", trusted)).toBe("198.51.100.20");
    // A peer that is not a trusted proxy: its header is not read.
    expect(clientAddress("192.0.2.9", "198.51.100.20", trusted)).toBe("192.0.2.9");
    // Trusted proxy but no header: the proxy itself is the best we know.
    expect(clientAddress("10.0.0.5", null, trusted)).toBe("10.0.0.5");
    // Garbage beyond the last trusted hop is not believed.
    expect(clientAddress("10.0.0.5", "not-an-ip, 10.0.0.6", trusted)).toBe("10.0.0.6");
  });

  it("matches IPv6 CIDRs and refuses a malformed TRUST_PROXY", () => {
    const trusted = parseTrustedProxies("fd00::/64");
    expect(clientAddress("fd00::2", "2001:db8::1", trusted)).toBe("2001:db8::1");
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/TRUST_PROXY/);
  });

  it("normalises addresses as proxies write them", () => {
    expect(normalizeIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normalizeIp("unknown")).toBeNull();
  });
});

describe("requestMetaFrom", () => {
  it("ignores a forged X-Forwarded-For without TRUST_PROXY", () => {
    marker[PEER_MARKER] = true;
    const h = new Headers({ [PEER_HEADER]: "192.0.2.7", "x-forwarded-for": "203.0.113.99", "user-agent": "UA" });
    expect(requestMetaFrom(h)).toEqual({ ip: "192.0.2.7", userAgent: "UA" });
  });

  it("honours X-Forwarded-For from a proxy named in TRUST_PROXY", () => {
    marker[PEER_MARKER] = true;
    process.env.TRUST_PROXY = "127.0.0.1";
    resetEnvCache();
    const h = { [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "203.0.113.99, 198.51.100.20" };
    expect(requestMetaFrom(h).ip).toBe("198.51.100.20");
  });

  it("trusts no header when the app was not started through scripts/server.ts", () => {
    // A bare `next start` passes a client's X-Forwarded-For and any header through unchanged.
    const h = new Headers({ [PEER_HEADER]: "192.0.2.7", "x-forwarded-for": "203.0.113.99" });
    expect(requestMetaFrom(h).ip).toBeNull();
    expect(requestMetaFrom(undefined)).toEqual({ ip: null, userAgent: null });
  });
});

describe("TRUST_PROXY setting", () => {
  it("is refused at start-up when it is not a list of IPs/CIDRs", () => {
    process.env.TRUST_PROXY = "10.0.0.0/8, proxy.internal";
    resetEnvCache();
    expect(() => env()).toThrow(/TRUST_PROXY/);
    process.env.TRUST_PROXY = "10.0.0.0/8, ::1, fd00::/64";
    resetEnvCache();
    expect(env().TRUST_PROXY).toBe("10.0.0.0/8, ::1, fd00::/64");
  });
});
