import { describe, expect, it } from "vitest";
import { allQuestions, defaultFramework, framework2 } from "../index";
import { carryRoute, planCarryOver, type PriorAnswer } from "./carry-over";

const answered = (level: number, verifiedLevel: number | null = null): PriorAnswer => ({ level, na: false, naReason: null, verifiedLevel });
const na = (reason: string): PriorAnswer => ({ level: null, na: true, naReason: reason, verifiedLevel: null });
const all1 = (level: number) => Object.fromEntries(allQuestions(defaultFramework).map((q) => [q.code, answered(level)]));

describe("carry-over rule", () => {
  const to2 = carryRoute(defaultFramework, framework2)!;

  it("finds a route only within one framework family: same version, or a mapping that exists", () => {
    expect(carryRoute(framework2, framework2)).toEqual({ kind: "same" });
    expect(to2.kind).toBe("mapped");
    expect(carryRoute(framework2, defaultFramework)).toBeNull();
    expect(carryRoute({ code: "OTHER", version: "1.0" }, { code: "AIGOV", version: "1.0" })).toBeNull();
  });

  it("same version: each question takes its own answer, N/A with its reason", () => {
    const q = allQuestions(framework2);
    const naQ = q.find((x) => x.allowNA)!;
    const plan = planCarryOver({ kind: "same" }, framework2, { [q[0]!.code]: answered(4), [naQ.code]: na("本部门无此业务") });
    expect(plan[q[0]!.code]).toEqual({ level: 4, na: false, naReason: null, from: [q[0]!.code] });
    expect(plan[naQ.code]).toMatchObject({ na: true, naReason: "本部门无此业务" });
    expect(Object.keys(plan)).toHaveLength(2);
  });

  it("merged questions take the lowest level of their sources, never a higher one", () => {
    const prior = { ...all1(4), "GOV.1.3": answered(2), "SVC.4.1": answered(5), "SUP.2.1": answered(3), "SUP.2.2": answered(4), "MON.3.1": answered(5) };
    const plan = planCarryOver(to2, framework2, prior);
    expect(plan["SUP.2.1"]).toEqual({ level: 2, na: false, naReason: null, from: ["GOV.1.3", "SVC.4.1", "SUP.2.1", "SUP.2.2", "MON.3.1"] });
  });

  it("a question fed by a split and other entries takes the lowest of all of them", () => {
    // GOV.3.1 (the inventory) draws on GOV.2.1 + SVC.1.1 (merged), GOV.2.3 (split) and SUP.4.1 (split).
    const plan = planCarryOver(to2, framework2, { ...all1(4), "GOV.2.3": answered(3), "SUP.4.1": answered(2) });
    expect(plan["GOV.3.1"]!.level).toBe(2);
    expect(new Set(plan["GOV.3.1"]!.from)).toEqual(new Set(["GOV.2.1", "SVC.1.1", "GOV.2.3", "SUP.4.1"]));
    // The other half of the GOV.2.3 split carries its level too, bounded by its other source.
    expect(plan["SUP.3.2"]!.level).toBe(3);
  });

  it("counts a reviewer's downgrade, and leaves added questions and those with an unanswered source empty", () => {
    const prior: Record<string, PriorAnswer> = { ...all1(3), "GOV.1.1": answered(4, 2) };
    delete prior["GOV.3.2"]; // merged with SUP.1.1 into SUP.1.1
    const plan = planCarryOver(to2, framework2, prior);
    expect(plan["GOV.1.1"]!.level).toBe(2);
    expect(plan["SUP.1.1"]).toBeUndefined();
    for (const added of mappingAdded()) expect(plan[added], added).toBeUndefined();
    expect(Object.values(plan).every((a) => a.level === null || a.level <= 3)).toBe(true);
  });

  it("carries N/A only when every source was N/A and the new question allows it; levels win over N/A sources", () => {
    const q2 = allQuestions(framework2);
    const plan = planCarryOver(to2, framework2, { ...all1(3), "SVC.2.1": na("不使用人工智能辅助决策"), "GOV.2.1": na("无"), "SVC.1.1": answered(2) });
    // SVC.2.1 → SVC.2.1 (reworded), which allows N/A.
    expect(q2.find((q) => q.code === "SVC.2.1")!.allowNA).toBe(true);
    expect(plan["SVC.2.1"]).toMatchObject({ na: true, level: null, naReason: "不使用人工智能辅助决策" });
    // GOV.3.1 draws on an N/A source and answered ones: the lowest answered level.
    expect(plan["GOV.3.1"]).toMatchObject({ na: false, level: 2 });
    // A question that does not allow N/A is not given one.
    const noNa = q2.find((q) => !q.allowNA && q.code === "GOV.1.1")!;
    expect(planCarryOver(to2, framework2, { ...all1(3), "GOV.1.1": na("x") })[noNa.code]).toBeUndefined();
  });
});

function mappingAdded(): string[] {
  return ["GOV.1.3", "GOV.4.2", "SUP.2.2", "SUP.3.3", "MON.1.3", "MON.4.2"];
}
