import { z } from "zod";
import { L } from "../v2/build";

/**
 * How version 1.0's questions became 2.0's, kept as data: the version diff
 * page lists it, and comparisons across versions can say what changed.
 * Each 1.0 question appears in exactly one entry; each 2.0 question in at
 * least one (tested).
 */
export const MAPPING_KINDS = ["reworded", "merged", "split", "removed", "added"] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];

const localized = z.object({ "zh-CN": z.string().min(1), en: z.string().min(1) });
export const versionMappingSchema = z.object({
  from: z.string().regex(/^\d+\.\d+$/),
  to: z.string().regex(/^\d+\.\d+$/),
  entries: z
    .array(
      z
        .object({
          kind: z.enum(MAPPING_KINDS),
          from: z.array(z.string()),
          to: z.array(z.string()),
          note: localized,
        })
        .refine(
          (e) =>
            e.kind === "reworded" ? e.from.length === 1 && e.to.length === 1
            : e.kind === "merged" ? e.from.length >= 2 && e.to.length === 1
            : e.kind === "split" ? e.from.length === 1 && e.to.length >= 2
            : e.kind === "removed" ? e.from.length >= 1 && e.to.length === 0
            : e.from.length === 0 && e.to.length >= 1,
          { message: "entry shape does not match its kind" },
        ),
    )
    .min(1),
});
export type VersionMapping = z.infer<typeof versionMappingSchema>;

const e = (kind: MappingKind, from: string[], to: string[], zh: string, en: string) => ({ kind, from, to, note: L(zh, en) });

export const mapping1to2: VersionMapping = versionMappingSchema.parse({
  from: "1.0",
  to: "2.0",
  entries: [
    e("reworded", ["GOV.1.1"], ["GOV.1.1"], "任务分解并入第三级条件；量化目标的统计纳入人工智能治理报告。", "Task breakdown is now a level 3 condition; target tracking feeds the AI-governance report."),
    e("reworded", ["GOV.1.2"], ["GOV.1.2"], "聚焦基本原则和不得由人工智能独立作出的决定类型。", "Now about the principles and the decisions AI must not make on its own."),
    e("merged", ["GOV.1.3", "SVC.4.1", "SUP.2.1", "SUP.2.2", "MON.3.1"], ["SUP.2.1"], "五道题评的是同一份风险评估与分级办法，合并为一题；高风险审批统一为部门领导班子集体研究。", "Five questions scored the same risk-grading rules; merged into one, with high-risk approval by the collective leadership."),
    e("merged", ["GOV.2.1", "SVC.1.1"], ["GOV.3.1"], "应用台账只评一次，并明确包括外部人工智能工具。", "The inventory is scored once and explicitly includes external AI tools."),
    e("merged", ["GOV.2.2", "SUP.1.2"], ["GOV.3.2"], "同一份管理办法不再评两次。", "The same management rules are no longer scored twice."),
    e("split", ["GOV.2.3"], ["GOV.3.1", "SUP.3.2"], "模型、版本、部署方式登记并入应用清单；数据来源登记并入敏感数据汇聚一题。", "Model, version and hosting are now inventory fields; data sources move to the aggregation question."),
    e("merged", ["GOV.3.1", "GOV.4.1"], ["GOV.2.1"], "领导机制与跨处室统筹合为一题，内部牵头单位统一称“牵头处室”。", "Leadership and internal coordination are one question; the internal lead unit is always the lead division."),
    e("merged", ["GOV.3.2", "SUP.1.1"], ["SUP.1.1"], "制度衔接与合规依据清单合为一题。", "Consistency of rules and the list of legal obligations are one question."),
    e("split", ["GOV.3.3"], ["GOV.3.3", "GOV.4.1"], "集约复用上级和本级统建平台单列一题；与网信、保密、数据管理部门和上级的协同另列一题。", "Reuse of shared platforms becomes its own question; coordination with other authorities and the level above another."),
    e("reworded", ["GOV.4.2"], ["GOV.2.2"], "应用责任人仅针对在生产环境运行的应用。", "Application owners now concern applications in production only."),
    e("split", ["GOV.4.3"], ["MON.4.1", "GOV.2.2"], "定期报告统一为一份人工智能治理报告；考核并入应用责任人一题。", "Periodic reporting becomes the one AI-governance report; appraisal moves to the application-owner question."),
    e("reworded", ["SVC.1.2"], ["SVC.1.1"], "流程图和复核比例成为可检查的条件。", "Process maps and review rates become checkable conditions."),
    e("reworded", ["SVC.1.3"], ["SVC.1.3"], "成效对比同时记录运行费用和人工复核投入。", "The comparison also records running cost and review effort."),
    e("reworded", ["SVC.2.1"], ["SVC.2.1"], "仅适用于将人工智能用于辅助决策的部门。", "Applies only where AI supports decisions."),
    e("merged", ["SVC.2.2", "SUP.3.2"], ["SUP.3.4"], "两题都要求数据质量标准，合并为训练数据和知识库质量一题。", "Both asked for data-quality standards; merged into one question on training data and knowledge bases."),
    e("reworded", ["SVC.2.3"], ["SVC.2.2"], "“回测”改为“用历史数据验证”，并要求书面说明适用范围和局限。", "\"Back-testing\" becomes validation on historical data, with a written statement of scope and limits."),
    e("merged", ["SVC.3.1", "MON.2.3"], ["SVC.3.1"], "智能问答服务质量、评价和投诉合为一题，不再要求舆情监测。", "Service quality, ratings and complaints are one question; public-opinion monitoring is no longer asked."),
    e("reworded", ["SVC.3.2"], ["SVC.2.3"], "增加个人信息去标识化和人工研判条件。", "Adds de-identification and human assessment."),
    e("removed", ["SVC.3.3"], [], "该题不涉及人工智能治理（精细化管理），删除。", "Not about AI governance (general fine-grained management); removed."),
    e("reworded", ["SVC.4.2"], ["SVC.1.2"], "试点可按实际选择不适用。", "A department with no pilots may answer not applicable."),
    e("merged", ["SVC.4.3", "MON.2.1", "MON.2.2"], ["MON.2.1"], "复评与监测阈值挂钩，不再另设研判会。", "Reassessment is triggered by monitoring thresholds; no separate review meetings."),
    e("reworded", ["SUP.1.3"], ["SUP.1.2"], "公开时限改为 20 个工作日，不公开可能暴露攻击面的技术细节。", "Update deadline is 20 working days; technical details that aid attackers are not published."),
    e("removed", ["SUP.2.3"], [], "事件报告、处置和复盘已由事件处置指标的三道题覆盖，删除以免重复计分。", "Incident reporting, handling and review are covered by the three incident questions; removed to avoid double scoring."),
    e("merged", ["SUP.3.1", "MON.3.3"], ["SUP.3.1"], "同一项拦截措施不再出现在两个级别；合同条款移至供应商一题。", "The same blocking control no longer sits at two levels; contract terms move to the supplier question."),
    e("reworded", ["SUP.3.3"], ["SUP.3.2"], "数据来源登记成为防范敏感数据汇聚的第一步。", "Recording data sources becomes the first step against aggregation risk."),
    e("split", ["SUP.4.1"], ["GOV.3.1", "SUP.4.1"], "模型台账并入应用清单；备案核验、合同条款和退出安排成为供应商一题。", "The model register joins the inventory; filing checks, contract terms and exit form the supplier question."),
    e("split", ["SUP.4.2"], ["SUP.4.2", "SVC.3.2"], "向群众明示人工智能留在本题；生成内容标识移至生成内容审核一题。", "Telling the public about AI stays; labelling of generated content moves to the content-review question."),
    e("reworded", ["SUP.4.3"], ["SUP.4.3"], "增加偏差检查，去掉依赖他人的条件。", "Adds a bias check; drops conditions that depended on others."),
    e("merged", ["MON.1.1", "MON.1.2"], ["MON.1.1"], "监测范围和监测指标合为一题，仅针对在生产环境运行的应用。", "Monitoring scope and measures are one question, for applications in production only."),
    e("reworded", ["MON.1.3"], ["MON.1.2"], "增加日志中个人信息最小化要求。", "Adds minimisation of personal information in logs."),
    e("reworded", ["MON.3.2"], ["MON.2.2"], "人工办理途径作为第二级条件。", "A manual route becomes the level 2 condition."),
    e("reworded", ["MON.4.1"], ["MON.3.1"], "演练改进事项的跟踪纳入人工智能治理报告。", "Tracking of drill improvements feeds the AI-governance report."),
    e("reworded", ["MON.4.2"], ["MON.3.2"], "“未遂事件”改称“险情”；删除“逐年下降”等结果性要求。", "\"Near miss\" is now 险情; outcome requirements such as year-on-year decline are dropped."),
    e("reworded", ["MON.4.3"], ["MON.3.3"], "整改台账统一在复盘一题。", "The remediation list lives in the review question."),
    e("added", [], ["GOV.1.3"], "新增：按共性高频需求和减负实效选择场景。", "New: choosing use cases by common needs and burden relief."),
    e("added", [], ["GOV.4.2"], "新增：人员培训与防范自动化偏见。", "New: staff training and automation bias."),
    e("added", [], ["SUP.2.2"], "新增：上线前安全测试（提示词注入、资源耗尽等）。", "New: security testing before launch (prompt injection, resource exhaustion and more)."),
    e("added", [], ["SUP.3.3"], "新增：数据出境。", "New: cross-border data."),
    e("added", [], ["MON.1.3"], "新增：人工智能数据备份和恢复。", "New: backup and recovery of AI data."),
    e("added", [], ["MON.4.2"], "新增：年度自查与独立评估。", "New: yearly self-check and independent evaluation."),
  ],
});

export const VERSION_MAPPINGS: readonly VersionMapping[] = [mapping1to2];

export function findMapping(from: string, to: string): VersionMapping | undefined {
  return VERSION_MAPPINGS.find((m) => m.from === from && m.to === to);
}
