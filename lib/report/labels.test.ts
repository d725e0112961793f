import { describe, expect, it } from "vitest";
import { documentDate, workbookDateTime } from "./labels";

describe("document dates", () => {
  it("are China Standard Time, as the pages show them", () => {
    // 23:30 UTC on 2 December is 07:30 on 3 December in Beijing.
    const d = new Date("2026-12-02T23:30:00Z");
    expect(documentDate(d)).toBe("2026-12-03");
    expect(workbookDateTime(d).toISOString()).toBe("2026-12-03T07:30:00.000Z");
    expect(documentDate(new Date("2026-12-03T10:00:00Z"))).toBe("2026-12-03");
  });
});
