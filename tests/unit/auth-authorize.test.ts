import { describe, expect, it, vi } from "vitest";

// An error inside sign-in must never reach the browser: next-auth 4 would put a
// thrown error's message into the redirect URL (?error=…).
vi.mock("@/lib/data/auth", () => ({
  signInWithPassword: vi.fn(async () => {
    throw new Error('relation "app_user" does not exist at 10.0.0.5:5432');
  }),
  signOut: vi.fn(),
}));
vi.mock("@/lib/logger", () => ({ logger: () => ({ error: vi.fn(), warn: vi.fn() }) }));

describe("sign-in errors", () => {
  it("answer like a wrong password, with nothing of the error", async () => {
    const { authOptions } = await import("@/lib/auth/options");
    const provider = authOptions().providers[0] as unknown as {
      options: { authorize: (c: Record<string, string>, req: unknown) => Promise<unknown> };
    };
    const result = await provider.options.authorize(
      { email: "someone@example.gov.cn", password: "Some#Password-1" },
      { headers: {} },
    );
    expect(result).toBeNull();
  });
});
