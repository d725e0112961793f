import { vi } from "vitest";

/**
 * Integration tests call the real server actions, route handlers and data
 * layer against a real PostgreSQL. Only the Next.js request context is
 * replaced: who is signed in (the session cookie's claims) and the cache
 * revalidation calls, which need a running Next server.
 */
vi.mock("@/lib/auth/session-claims", () => ({ readSessionClaims: vi.fn(async () => null) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ "user-agent": "vitest", "x-forwarded-for": "192.0.2.10" })),
  cookies: vi.fn(async () => ({ get: () => undefined, set: vi.fn(), getAll: () => [] })),
}));
