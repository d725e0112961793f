// Writes docs/framework-2.0-sample.md: for ten 2.0 questions, the Chinese criteria of L3 and L4 and the
// instrument clauses cited, so they can be read without opening the code.
// Usage: node --import tsx scripts/framework-sample.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { allQuestions, framework2, INSTRUMENTS } from "../lib/framework";

const CODES = ["GOV.1.3", "GOV.3.3", "GOV.4.2", "SVC.3.2", "SUP.2.1", "SUP.2.2", "SUP.3.2", "SUP.3.3", "SUP.4.1", "MON.1.3"];
const byCode = new Map(allQuestions(framework2).map((q) => [q.code, q]));
const lines: string[] = [
  "# 框架 2.0 样题：第三级、第四级条件及依据",
  "",
  "由 `scripts/framework-sample.ts` 依据 `lib/framework/v2/` 中的框架数据生成，请勿手工修改。每道题第三级、第四级均“在上一级基础上”累加；作答规则为“全部条件均满足的最高一级”。标注“（二手来源）”的条款只见到报道或第三方转引，未读到正式文本。",
  "",
];
for (const code of CODES) {
  const q = byCode.get(code);
  if (!q?.criteria || !q.basis) throw new Error(`${code} has no criteria or basis`);
  lines.push(`## ${code} ${q.text["zh-CN"]}`, "");
  lines.push(`**适用范围**：${q.scope?.["zh-CN"] ?? ""}`, "");
  for (const level of ["3", "4"] as const) {
    lines.push(`**第${level === "3" ? "三级（稳健级）" : "四级（量化管理级）"}**：在上一级基础上——`, "");
    q.criteria[level].forEach((c, i) => lines.push(`${i + 1}. ${c["zh-CN"]}（\`${c.id}\`）`));
    lines.push("");
  }
  lines.push("**依据**：");
  lines.push("");
  for (const b of q.basis) lines.push(`- ${INSTRUMENTS[b.instrument].name["zh-CN"]} ${b.clause}${b.secondary ? "（二手来源）" : ""}`);
  lines.push(`- 论文出处：${q.source.section}“${q.source.quote}”`, "");
}
writeFileSync(path.resolve(__dirname, "../docs/framework-2.0-sample.md"), lines.join("\n"));
console.log(`docs/framework-2.0-sample.md: ${CODES.length} questions`);
