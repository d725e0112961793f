import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeText, textRuleIssues } from "./text";

describe("text rules", () => {
  it("names the field and the reason", () => {
    expect(textRuleIssues({ answer: { note: "a\u0000b", naReason: "ok" }, password: "\u0000" })).toEqual([
      { path: "answer.note", message: "text.nul" },
    ]);
    expect(textRuleIssues({ list: ["fine", "x\uD800"] })).toEqual([{ path: "list.1", message: "text.surrogate" }]);
    expect(textRuleIssues({ name: "\u202Egnp.exe" })).toEqual([{ path: "name", message: "text.bidi" }]);
    expect(textRuleIssues({ name: "\u0007" })).toEqual([{ path: "name", message: "text.control" }]);
    expect(textRuleIssues({ "\u0000": 1 })).toEqual([{ path: "(key)", message: "text.nul" }]);
  });

  it("lets through CJK, emoji (surrogate pairs), tabs, newlines and RTL marks", () => {
    for (const s of ["数".repeat(10_000), "😀".repeat(5_000), "第一行\n\t第二行\r\n", "👩‍💻", "\u200F", "العربية"]) {
      expect(safeText.safeParse(s).success).toBe(true);
    }
  });

  it("any string of well-formed Unicode without controls or bidi overrides passes; adding one fails", () => {
    const clean = fc.string({ unit: "grapheme", maxLength: 50 }).filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(s));
    fc.assert(
      fc.property(clean, fc.constantFrom("\u0000", "\u001b", "\u202E", "\uDC00"), fc.nat(), (s, bad, at) => {
        expect(safeText.safeParse(s).success).toBe(true);
        const i = at % (s.length + 1);
        expect(safeText.safeParse(s.slice(0, i) + bad + s.slice(i)).success).toBe(false);
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});
