import { describe, expect, it } from "vitest";
import { allQuestions, defaultFramework, framework2 } from "../index";
import { mapping1to2 } from "./mapping-1.0-2.0";

describe("mapping 1.0 → 2.0", () => {
  const old = allQuestions(defaultFramework).map((q) => q.code);
  const next = allQuestions(framework2).map((q) => q.code);

  it("names every 1.0 question in exactly one entry, and only existing codes", () => {
    const from = mapping1to2.entries.flatMap((e) => e.from);
    expect([...from].sort()).toEqual([...old].sort());
    expect(from.filter((c, i) => from.indexOf(c) !== i)).toEqual([]);
  });

  it("reaches every 2.0 question, and only existing codes", () => {
    const to = new Set(mapping1to2.entries.flatMap((e) => e.to));
    expect([...to].filter((c) => !next.includes(c))).toEqual([]);
    expect(next.filter((c) => !to.has(c))).toEqual([]);
  });

  it("uses every kind of change", () => {
    expect(new Set(mapping1to2.entries.map((e) => e.kind))).toEqual(new Set(["reworded", "merged", "split", "removed", "added"]));
  });
});
