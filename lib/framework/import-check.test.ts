import { describe, expect, it } from "vitest";
import zh from "@/messages/frameworkAdmin.zh-CN.json";
import { defaultFramework, framework2 } from "./index";
import { checkFrameworkText, describeWhere } from "./import-check";
import { exportFrameworkJson } from "./json";

/** The catalogue's words with {name} filled, as the route handler does. */
const t = (key: string, params: Record<string, string | number> = {}) => {
  let node: unknown = zh;
  for (const part of key.split(".")) node = (node as Record<string, unknown>)?.[part];
  return String(node ?? key).replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
};

describe("framework import check", () => {
  it("accepts both bundled versions exactly as exported, and summarizes them", () => {
    for (const fw of [defaultFramework, framework2]) {
      const res = checkFrameworkText(exportFrameworkJson(fw), t, true);
      expect(res.ok && res.framework).toEqual(fw);
    }
    const res = checkFrameworkText(`\uFEFF${exportFrameworkJson(framework2)}`, t, true);
    expect(res.ok && res.summary).toMatchObject({ code: "AIGOV", version: "2.0", dimensions: 4, questions: 39, criteria: true, profile: true });
  });

  it("says each problem in words, where it is and what is wrong", () => {
    const doc = JSON.parse(exportFrameworkJson(framework2));
    doc.profile.rules[0].notApplicable = ["GOV.9.9"];
    doc.dimensions[3].indicators[0].questions[0].basis[0].clause = "";
    doc.version = "二";
    const res = checkFrameworkText(JSON.stringify(doc), t, true);
    expect(res.ok).toBe(false);
    const lines = res.ok ? [] : res.problems.map((p) => `${p.where}：${p.message}`);
    expect(lines.some((l) => /^适用情况 › 规则 \S+ › 不适用题目 › 第 1 项：规则 \S+ 引用了不存在的题目 GOV\.9\.9。$/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith("维度 MON › 指标 MON.1 › 题目 MON.1.1 › 第 1 条依据 › 条款："))).toBe(true);
    expect(lines.some((l) => l.startsWith("版本号："))).toBe(true);
  });

  it("names the path even where the document has no codes to name it by", () => {
    expect(describeWhere(["dimensions", 2, "indicators", 0, "code"], { dimensions: [] }, t)).toBe("维度 第 3 个 › 指标 第 1 个 › 编号");
    expect(describeWhere([], {}, t)).toBe("整个文件");
  });
});
