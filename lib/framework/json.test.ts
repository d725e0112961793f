import { describe, expect, it } from "vitest";
import { defaultFramework, framework2 } from "./index";
import { exportFrameworkJson, parseFrameworkJson } from "./json";

describe("framework JSON export and import", () => {
  it("round-trips 1.0 and 2.0 exactly", () => {
    for (const fw of [defaultFramework, framework2]) {
      const back = parseFrameworkJson(exportFrameworkJson(fw));
      expect(back.ok && back.framework).toEqual(fw);
    }
  });

  it("refuses what the tests refuse: broken JSON, a duplicate criterion id, a quote outside its section", () => {
    expect(parseFrameworkJson("{")).toEqual({ ok: false, issues: ["not valid JSON"] });
    const doc = JSON.parse(exportFrameworkJson(framework2));
    doc.version = "2.1";
    doc.dimensions[1].indicators[0].questions[0].criteria["2"][0].id = doc.dimensions[0].indicators[0].questions[0].criteria["2"][0].id;
    const res = parseFrameworkJson(JSON.stringify(doc));
    expect(res.ok).toBe(false);
    expect(!res.ok && res.issues.some((i) => i.includes("duplicate criterion id"))).toBe(true);
    // With the paper given, a quote must sit in the section it names.
    const paper = "（四）推进政府智能治理体系变革 要完善人工智能顶层设计";
    const quoteCheck = parseFrameworkJson(exportFrameworkJson(framework2), { paper });
    expect(quoteCheck.ok).toBe(false);
  });
});
