import { describe, expect, it } from "vitest";
import { answerFor, resolveQuestion } from "./answers";
import { q } from "./test-fixtures";
import type { AnswerInput } from "./types";

const plain = q("GOV.1.1"); // allowNA false, evidence from L3
const optional = q("GOV.1.2", { allowNA: true });

describe("resolveQuestion: inclusion (rule 1)", () => {
  it("is unanswered with no answer, a null level or an out-of-range level", () => {
    expect(resolveQuestion(plain, undefined, "self")).toEqual({ kind: "unanswered" });
    expect(resolveQuestion(plain, {}, "self")).toEqual({ kind: "unanswered" });
    expect(resolveQuestion(plain, { level: null }, "self")).toEqual({ kind: "unanswered" });
    expect(resolveQuestion(plain, { level: 6 } as unknown as AnswerInput, "self")).toEqual({ kind: "unanswered" });
    expect(resolveQuestion(plain, { level: 2.5 } as unknown as AnswerInput, "self")).toEqual({ kind: "unanswered" });
  });

  it("is N/A where N/A is allowed, even when a stale level is sent along", () => {
    expect(resolveQuestion(optional, { na: true }, "self")).toEqual({ kind: "na" });
    expect(resolveQuestion(optional, { na: true, level: 4 }, "self")).toEqual({ kind: "na" });
  });

  it("ignores N/A where it is not allowed: answered with a level, unanswered without", () => {
    expect(resolveQuestion(plain, { na: true, level: 2 }, "self")).toEqual({
      kind: "answered",
      level: 2,
      effective: 2,
      unsupported: false,
    });
    expect(resolveQuestion(plain, { na: true }, "self")).toEqual({ kind: "unanswered" });
  });

  it("uses the answered level under basis self, evidence or not", () => {
    expect(resolveQuestion(plain, { level: 5, verifiedLevel: 2 }, "self")).toEqual({
      kind: "answered",
      level: 5,
      effective: 5,
      unsupported: true,
    });
  });
});

describe("resolveQuestion: verified basis (rule 2)", () => {
  const effective = (answer: AnswerInput, question = plain) => {
    const state = resolveQuestion(question, answer, "verified");
    return state.kind === "answered" ? state.effective : state.kind;
  };

  it("uses verifiedLevel when present, above or below the answer, with or without evidence", () => {
    expect(effective({ level: 4, verifiedLevel: 2 })).toBe(2);
    expect(effective({ level: 2, verifiedLevel: 5 })).toBe(5);
    expect(effective({ level: 5, evidence: 0, verifiedLevel: 4 })).toBe(4);
  });

  it("keeps a level at or above the threshold when it has evidence", () => {
    expect(effective({ level: 5, evidence: 2 })).toBe(5);
    expect(effective({ level: 3, evidence: 1 })).toBe(3);
  });

  it("drops an unevidenced level at or above the threshold to threshold − 1", () => {
    expect(effective({ level: 5 })).toBe(2);
    expect(effective({ level: 3, evidence: 0 })).toBe(2);
    expect(effective({ level: 4, verifiedLevel: null })).toBe(2);
    expect(effective({ level: 5 }, q("X.1.1", { evidenceFromLevel: 4 }))).toBe(3);
  });

  it("leaves levels below the threshold alone", () => {
    expect(effective({ level: 2 })).toBe(2);
    expect(effective({ level: 1 })).toBe(1);
  });

  it("never goes below L1 when evidence is needed from L1", () => {
    expect(effective({ level: 1 }, q("X.1.1", { evidenceFromLevel: 1 }))).toBe(1);
    expect(effective({ level: 4 }, q("X.1.1", { evidenceFromLevel: 1 }))).toBe(1);
  });

  it("treats a negative or non-numeric evidence count as none", () => {
    expect(effective({ level: 4, evidence: -1 })).toBe(2);
    expect(effective({ level: 4, evidence: Number.NaN })).toBe(2);
  });

  it("does not turn an unanswered question into an answered one via verifiedLevel", () => {
    expect(effective({ verifiedLevel: 4 })).toBe("unanswered");
  });
});

describe("resolveQuestion: unsupported (rule 10)", () => {
  const flag = (answer: AnswerInput) => {
    const state = resolveQuestion(plain, answer, "self");
    return state.kind === "answered" && state.unsupported;
  };
  it("flags answered level ≥ threshold with zero or missing evidence only", () => {
    expect(flag({ level: 3 })).toBe(true);
    expect(flag({ level: 5, evidence: 0 })).toBe(true);
    expect(flag({ level: 3, evidence: 1 })).toBe(false);
    expect(flag({ level: 2 })).toBe(false);
  });
  it("looks at the answered level, not the verified one", () => {
    expect(flag({ level: 4, verifiedLevel: 1 })).toBe(true);
    expect(flag({ level: 2, verifiedLevel: 5 })).toBe(false);
  });
});

describe("answerFor", () => {
  it("ignores inherited properties and null entries", () => {
    expect(answerFor({}, "constructor")).toBeUndefined();
    expect(answerFor({ "GOV.1.1": null }, "GOV.1.1")).toBeUndefined();
    expect(answerFor({ "GOV.1.1": { level: 2 } }, "GOV.1.1")).toEqual({ level: 2 });
  });
});
