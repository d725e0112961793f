import type { Profile } from "../profile-schema";
import { L } from "./build";

const YES_NO = [
  { id: "yes", label: L("是", "Yes") },
  { id: "no", label: L("否", "No") },
];

// The applicability profile of 2.0: asked before the questions. Rules are data;
// lib/framework/profile.ts evaluates them and the engine counts the result as N/A.
export const profile2: Profile = {
  questions: [
    {
      id: "production",
      text: L(
        "本部门是否有在生产环境运行的人工智能应用（含上级或本级统建平台为本部门开通的应用）？",
        "Does the department have AI applications running in production (including ones a shared higher-level or same-level platform provides to it)?",
      ),
      help: L("工作人员自行使用的外部人工智能工具和尚在试点的应用不计入。", "External AI tools staff use on their own and applications still in pilot do not count."),
      options: YES_NO,
    },
    {
      id: "staffTools",
      text: L("工作人员是否在办公中使用外部人工智能工具（如互联网大模型服务）？", "Do staff use external AI tools for office work (such as online large-model services)?"),
      options: YES_NO,
    },
    {
      id: "platform",
      text: L("本部门在用人工智能应用的算力和模型主要来自哪里？", "Where do the compute and models of the department's AI applications mainly come from?"),
      options: [
        { id: "upper", label: L("全部由上级或本级统建平台提供", "All from a shared higher-level or same-level platform") },
        { id: "mixed", label: L("部分来自统建平台，部分自建或自行采购", "Partly a shared platform, partly built or bought by the department") },
        { id: "own", label: L("全部自建或自行采购", "All built or bought by the department") },
        { id: "none", label: L("没有在用应用", "No applications in use") },
      ],
    },
    {
      id: "publicService",
      text: L("本部门是否通过人工智能直接向群众、企业提供服务（如智能问答、导办）？", "Does the department use AI to serve citizens or businesses directly (such as question-answering or guidance)?"),
      options: YES_NO,
    },
    {
      id: "rightsDecisions",
      text: L(
        "本部门是否将人工智能用于影响群众、企业权益的决定，包括仅提供建议的情形？",
        "Does the department use AI in decisions that affect citizens' or businesses' rights, even if only to recommend?",
      ),
      options: YES_NO,
    },
    {
      id: "decisionSupport",
      text: L("本部门是否将人工智能用于辅助决策或民情分析？", "Does the department use AI for decision support or analysis of public sentiment?"),
      options: YES_NO,
    },
    {
      id: "ownData",
      text: L("本部门是否自行训练、微调模型，或自建知识库？", "Does the department train or fine-tune models, or build its own knowledge bases?"),
      options: YES_NO,
    },
    {
      id: "subordinates",
      text: L("本部门是否有下属单位或需要指导的下辖地区对口部门？", "Does the department have subordinate units, or counterpart departments below it that it guides?"),
      options: YES_NO,
    },
  ],
  rules: [
    {
      id: "noProduction",
      when: [{ question: "production", in: ["no"] }],
      notApplicable: ["GOV.2.2", "GOV.3.2", "SVC.1.1", "SVC.1.3", "SUP.2.2", "MON.1.1", "MON.1.2", "MON.1.3", "MON.2.1", "MON.2.2"],
      reason: L("本部门没有在生产环境运行的人工智能应用（见适用情况第 1 题）。", "The department has no AI applications in production (profile question 1)."),
    },
    {
      id: "noPublicService",
      when: [{ question: "publicService", in: ["no"] }],
      notApplicable: ["SVC.3.1", "SUP.4.2"],
      reason: L("本部门不通过人工智能直接向群众、企业提供服务（见适用情况第 4 题）。", "The department does not use AI to serve the public directly (profile question 4)."),
    },
    {
      id: "noRightsDecisions",
      when: [{ question: "rightsDecisions", in: ["no"] }],
      notApplicable: ["SUP.4.3"],
      reason: L("本部门不将人工智能用于影响权益的决定（见适用情况第 5 题）。", "The department does not use AI in decisions affecting rights (profile question 5)."),
    },
    {
      id: "noDecisionSupport",
      when: [{ question: "decisionSupport", in: ["no"] }],
      notApplicable: ["SVC.2.1", "SVC.2.2", "SVC.2.3"],
      reason: L("本部门不将人工智能用于辅助决策或民情分析（见适用情况第 6 题）。", "The department does not use AI for decision support or sentiment analysis (profile question 6)."),
    },
    {
      id: "noOwnData",
      when: [{ question: "ownData", in: ["no"] }],
      notApplicable: ["SUP.3.4"],
      reason: L("本部门不训练、不微调模型，也不自建知识库（见适用情况第 7 题）。", "The department neither trains nor fine-tunes models nor builds knowledge bases (profile question 7)."),
    },
    {
      id: "upperPlatform",
      when: [{ question: "platform", in: ["upper"] }],
      helpVariants: { "GOV.3.3": "upperOnly", "SUP.2.2": "upperPlatform", "MON.1.3": "upperPlatform" },
      reason: L("本部门应用全部依托统建平台（见适用情况第 3 题）。", "All the department's applications run on a shared platform (profile question 3)."),
    },
    {
      id: "noStaffTools",
      when: [{ question: "staffTools", in: ["no"] }],
      helpVariants: { "SUP.3.1": "noStaffTools" },
      reason: L("工作人员不使用外部人工智能工具（见适用情况第 2 题）。", "Staff do not use external AI tools (profile question 2)."),
    },
    {
      id: "noSubordinates",
      when: [{ question: "subordinates", in: ["no"] }],
      helpVariants: { "GOV.4.1": "noSubordinates" },
      reason: L("本部门无下属单位或下辖地区对口部门（见适用情况第 8 题）。", "The department has no subordinate units or counterparts below it (profile question 8)."),
    },
  ],
};
