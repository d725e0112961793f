import type { FrameworkInput } from "./schema";
import { L } from "./v2/build";
import { glossary2 } from "./v2/glossary";
import { gov2 } from "./v2/gov";
import { mon2 } from "./v2/mon";
import { profile2 } from "./v2/profile";
import { sup2 } from "./v2/sup";
import { svc2 } from "./v2/svc";

/**
 * Framework version 2.0. Same four dimensions as 1.0 (the paper's four
 * recommendations) so trends across versions stay comparable; each level is a
 * set of checkable criteria, each control sits at one level of one question,
 * and each question names the instrument clauses it implements. Published
 * versions are immutable: a change to any text here after publication is a
 * new version.
 */
export const framework2Input: FrameworkInput = {
  code: "AIGOV",
  version: "2.0",
  name: L("人工智能治理成熟度评估框架", "AI governance maturity framework"),
  description: L(
    "从总体治理框架、智能化政务服务效能、公开透明的监管规则、常态化监测预警机制四个维度，评估政府部门对所用人工智能的治理成熟度。四个维度取自《人工智能赋能新质生产力的理论逻辑及实践路径》一文关于推进政府智能治理体系变革的建议；各题的具体要求依据《政务领域人工智能大模型部署应用指引》、人工智能安全治理框架、相关法律法规和 NIST AI RMF 1.0。",
    "Assesses how maturely a government department governs the AI it uses, in four dimensions — overall governance framework, efficient smart services, transparent supervision rules, regular monitoring and early warning — taken from the paper's recommendations on reforming government's intelligent governance. The specific requirements rest on the 2025 guideline on large models in government, the AI Safety Governance Framework, the relevant laws and NIST AI RMF 1.0.",
  ),
  dimensions: [gov2, svc2, sup2, mon2],
  profile: profile2,
  answeringRule: L(
    "请选择全部条件均满足的最高一级：某一级的每一项条件都能以证明材料证实，且以下各级条件也全部满足，方可选择该级。",
    "Choose the highest level whose conditions are all met: a level may be chosen only when every one of its conditions can be shown with evidence and all conditions of the levels below are met too.",
  ),
  glossary: glossary2,
  reportQuestion: "MON.4.1",
};
