import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";

afterAll(() => disconnectDb());

describe("GET /api/health", () => {
  it("answers ok when the database is up", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 with db down when the database is unreachable", async () => {
    const real = process.env.DATABASE_URL;
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
    resetEnvCache();
    try {
      const res = await GET();
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "degraded", db: "down" });
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = real;
      resetEnvCache();
    }
    expect((await GET()).status).toBe(200);
  });
});
