import { describe, expect, it } from "vitest";
import { defaultFramework } from "@/lib/framework";
import { wrapAxisName } from "./wrap";

describe("wrapAxisName", () => {
  it("wraps the English dimension names onto lines of at most 18 characters (or one long word)", () => {
    for (const d of defaultFramework.dimensions) {
      const wrapped = wrapAxisName(d.name.en);
      expect(wrapped.replace(/\n/g, " ")).toBe(d.name.en.replace(/\s+/g, " "));
      for (const line of wrapped.split("\n")) expect(line.length <= 18 || !line.includes(" ")).toBe(true);
    }
    expect(wrapAxisName("Smart government service efficiency")).toBe("Smart government\nservice efficiency");
  });

  it("leaves Chinese names alone", () => {
    for (const d of defaultFramework.dimensions) expect(wrapAxisName(d.name["zh-CN"])).toBe(d.name["zh-CN"]);
  });
});
