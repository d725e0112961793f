import { governanceFrameworkDimension } from "./dimensions/d1-framework";
import { smartServiceDimension } from "./dimensions/d2-services";
import { supervisionRulesDimension } from "./dimensions/d3-supervision";
import { monitoringDimension } from "./dimensions/d4-monitoring";
import type { FrameworkInput } from "./schema";

/**
 * The default framework, version 1.0: four dimensions drawn from the paper's
 * recommendations for government AI governance (三（四） and 四（四）).
 * Published versions are immutable: a change to any text here is a new version.
 */
export const defaultFrameworkInput: FrameworkInput = {
  code: "AIGOV",
  version: "1.0",
  name: { "zh-CN": "人工智能治理成熟度评估框架", en: "AI governance maturity framework" },
  description: {
    "zh-CN":
      "依据《人工智能赋能新质生产力的理论逻辑及实践路径》一文关于推进政府智能治理体系变革的论述，从总体治理框架、智能化政务服务效能、公开透明的监管规则、常态化监测预警机制四个维度，评估政府部门对所用人工智能的治理成熟度。",
    en: "Based on the paper's recommendations for reforming government's intelligent governance, the framework assesses how maturely a government department governs the AI it uses, in four dimensions: an overall governance framework, efficient smart government services, transparent supervision rules, and regular monitoring and early warning.",
  },
  dimensions: [
    governanceFrameworkDimension,
    smartServiceDimension,
    supervisionRulesDimension,
    monitoringDimension,
  ],
};
