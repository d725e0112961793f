import type { Resolver } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { lazyResolver } from "@/components/questionnaire/lazy-resolver";

type Fields = { value: string };
const options = { fields: {}, shouldUseNativeValidation: false } as Parameters<Resolver<Fields>>[2];

describe("lazyResolver", () => {
  it("loads the resolver on the first validation only, then reuses it", async () => {
    const inner = vi.fn<Resolver<Fields>>(async (values) => ({ values, errors: {} }));
    const load = vi.fn(async () => inner);
    const resolver = lazyResolver<Fields>(load);
    expect(load).not.toHaveBeenCalled();
    await expect(resolver({ value: "a" }, undefined, options)).resolves.toEqual({ values: { value: "a" }, errors: {} });
    await resolver({ value: "b" }, undefined, options);
    expect(load).toHaveBeenCalledTimes(1);
    expect(inner).toHaveBeenCalledTimes(2);
  });

  it("tries the load again after it failed (a chunk lost while offline)", async () => {
    const inner: Resolver<Fields> = async (values) => ({ values, errors: {} });
    const load = vi.fn<() => Promise<Resolver<Fields>>>().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(inner);
    const resolver = lazyResolver<Fields>(load);
    await expect(resolver({ value: "a" }, undefined, options)).rejects.toThrow("offline");
    await expect(resolver({ value: "a" }, undefined, options)).resolves.toEqual({ values: { value: "a" }, errors: {} });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
