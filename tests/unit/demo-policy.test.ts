import { describe, expect, it } from "vitest";
import { demoPolicy, isLoopbackHost } from "@/scripts/lib/demo-policy";

describe("demo data policy of npm start", () => {
  it("knows loopback addresses from reachable ones", () => {
    for (const h of ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"]) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ["0.0.0.0", "::", "192.0.2.2", "10.0.0.1", "fd00::2", "app.example.gov.cn"]) {
      expect(isLoopbackHost(h), h).toBe(false);
    }
  });

  it("seeds the demo by default only on loopback, and refuses published passwords elsewhere", () => {
    expect(demoPolicy("localhost", undefined)).toEqual({ loopback: true, seed: true, allowPublishedPassword: true });
    expect(demoPolicy("0.0.0.0", undefined)).toEqual({ loopback: false, seed: false, allowPublishedPassword: false });
    expect(demoPolicy("192.0.2.2", "false")).toEqual({ loopback: false, seed: false, allowPublishedPassword: false });
    expect(demoPolicy("192.0.2.2", "true")).toEqual({ loopback: false, seed: true, allowPublishedPassword: true });
    expect(demoPolicy("127.0.0.1", "false")).toEqual({ loopback: true, seed: false, allowPublishedPassword: true });
    expect(() => demoPolicy("localhost", "yes")).toThrow(/SEED_DEMO/);
  });
});
