import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, evaluateRules, reconcile, thresholdsFor, type UnitFacts } from "./rules";

const base: UnitFacts = {
  status: "APPROVED",
  daysToClose: 30,
  overallVerified: 60,
  overallSelf: 62,
  previousOverall: 58,
  dimensionLevels: { GOV: 3, SVC: 3, SUP: 3, MON: 3 },
  unsupported: 0,
  planOverdue: null,
};
const rules = (f: Partial<UnitFacts>, t = DEFAULT_THRESHOLDS) => evaluateRules({ ...base, ...f }, t).map((w) => w.rule);

describe("evaluateRules", () => {
  it("raises nothing for a healthy approved unit", () => {
    expect(rules({})).toEqual([]);
  });

  it("INDEX_DROP at exactly the threshold, critical at twice it, not below", () => {
    expect(rules({ previousOverall: 70, overallVerified: 60 })).toEqual(["INDEX_DROP"]);
    expect(rules({ previousOverall: 69.9, overallVerified: 60 })).toEqual([]);
    const w = evaluateRules({ ...base, previousOverall: 80, overallVerified: 60 });
    expect(w[0]).toMatchObject({ rule: "INDEX_DROP", severity: "CRITICAL", figures: { drop: 20, previous: 80, current: 60, threshold: 10 } });
    expect(rules({ previousOverall: null, overallVerified: 10, overallSelf: 10 })).toEqual([]);
  });

  it("DIMENSION_L1 lists the dimensions at level 1, only after approval", () => {
    const w = evaluateRules({ ...base, dimensionLevels: { GOV: 1, SVC: 2, SUP: 1, MON: 3 } });
    expect(w).toEqual([{ rule: "DIMENSION_L1", severity: "WARNING", figures: { dimensions: ["GOV", "SUP"], count: 2 } }]);
    expect(rules({ status: "SUBMITTED", dimensionLevels: { GOV: 1 } })).toEqual([]);
  });

  it("MON_LOW below the set level; level 1 also counts as DIMENSION_L1", () => {
    expect(rules({ dimensionLevels: { MON: 1 } })).toEqual(["DIMENSION_L1", "MON_LOW"]);
    expect(rules({ dimensionLevels: { MON: 2 } })).toEqual([]);
    expect(rules({ dimensionLevels: { MON: 2 } }, { ...DEFAULT_THRESHOLDS, monMinLevel: 3 })).toEqual(["MON_LOW"]);
  });

  it("DUE_SOON within the window when not submitted; OVERDUE after close without approval", () => {
    expect(rules({ status: "DRAFT", daysToClose: 7 })).toEqual(["DUE_SOON"]);
    expect(rules({ status: null, daysToClose: 3 })).toEqual(["DUE_SOON"]);
    expect(rules({ status: "DRAFT", daysToClose: 8 })).toEqual([]);
    expect(rules({ status: "SUBMITTED", daysToClose: 2 })).toEqual([]);
    expect(rules({ status: "RETURNED", daysToClose: -1 })).toEqual(["OVERDUE"]);
    expect(rules({ status: "SUBMITTED", daysToClose: -5, unsupported: 0 })).toEqual(["OVERDUE"]);
    expect(rules({ status: "APPROVED", daysToClose: -5 })).toEqual([]);
  });

  it("INFLATION from the self and verified overall indices", () => {
    expect(rules({ overallSelf: 75, overallVerified: 60 })).toEqual(["INFLATION"]);
    expect(rules({ overallSelf: 74.9, overallVerified: 60 })).toEqual([]);
  });

  it("UNSUPPORTED once submitted, not on a draft", () => {
    expect(rules({ status: "SUBMITTED", unsupported: 3 })).toEqual(["UNSUPPORTED"]);
    expect(rules({ status: "SUBMITTED", unsupported: 2 })).toEqual([]);
    expect(rules({ status: "DRAFT", unsupported: 9, daysToClose: 60 })).toEqual([]);
  });

  it("PLAN_OVERDUE only when plan data exists", () => {
    expect(rules({ planOverdue: 3 })).toEqual(["PLAN_OVERDUE"]);
    expect(rules({ planOverdue: 2 })).toEqual([]);
    expect(rules({ planOverdue: null })).toEqual([]);
  });
});

describe("thresholdsFor", () => {
  it("takes the deepest scope above the unit, else the defaults", () => {
    const scoped = [
      { path: "/p/", thresholds: { ...DEFAULT_THRESHOLDS, dropPoints: 5 } },
      { path: "/p/c/", thresholds: { ...DEFAULT_THRESHOLDS, dropPoints: 20 } },
    ];
    expect(thresholdsFor("/p/c/d/", scoped).dropPoints).toBe(20);
    expect(thresholdsFor("/p/x/", scoped).dropPoints).toBe(5);
    expect(thresholdsFor("/q/", scoped)).toBe(DEFAULT_THRESHOLDS);
  });
});

describe("reconcile", () => {
  const w = (rule: "OVERDUE" | "INFLATION") => ({ rule, severity: "WARNING" as const, figures: {} });
  it("raises once, updates while the cause persists, resolves when it ends, reopens when it returns", () => {
    expect(reconcile([], [w("OVERDUE")]).raise).toHaveLength(1);
    const kept = reconcile([{ id: "1", rule: "OVERDUE", resolved: false }], [w("OVERDUE")]);
    expect(kept).toMatchObject({ raise: [], update: [{ id: "1", reopen: false }], resolve: [] });
    expect(reconcile([{ id: "1", rule: "OVERDUE", resolved: false }], [])).toEqual({ raise: [], update: [], resolve: ["1"] });
    expect(reconcile([{ id: "1", rule: "OVERDUE", resolved: true }], []).resolve).toEqual([]);
    expect(reconcile([{ id: "1", rule: "OVERDUE", resolved: true }], [w("OVERDUE")]).update[0]?.reopen).toBe(true);
  });
});
