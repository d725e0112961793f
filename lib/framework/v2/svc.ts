import type { DimensionInput } from "../schema";
import { b, c, L, nist, q2, s, scope, SCOPE } from "./build";

// 2.0 dimension SVC — efficient smart government services (paper 四（四）"二是", 三（四）1–2).
export const svc2: DimensionInput = {
  code: "SVC",
  name: L("智能化政务服务效能", "Efficient smart government services"),
  description: L(
    "考察人工智能进入业务流程时的人机分工、试点和成效评估，辅助决策与民情分析的可靠性，以及面向群众的服务和生成内容的质量。",
    "How AI enters business processes — division of work between people and AI, pilots and measured results — how reliable decision support and sentiment analysis are, and the quality of public-facing services and generated content.",
  ),
  weight: 1,
  indicators: [
    {
      code: "SVC.1",
      name: L("流程、试点与成效", "Processes, pilots and results"),
      description: L("人机分工和复核节点、试点的边界与退出、上线前后的成效对比。", "Division of work and review points, pilot boundaries and exits, before-and-after results."),
      weight: 1,
      questions: [
        q2({
          code: "SVC.1.1",
          text: L(
            "本部门在引入人工智能的业务中，是否重新梳理流程，明确人工智能与工作人员的分工和人工复核节点？",
            "Where the department brings AI into its work, has it redrawn the process and fixed the division of work between AI and staff and the points where a person reviews the output?",
          ),
          help: L(
            "人工复核节点是指人工智能输出进入下一环节前，由指定岗位核对、修改或否决的环节。本题不要求全部输出人工复核，但复核比例须书面规定。",
            "A review point is where a designated post checks, edits or rejects AI output before it moves on. Not every output need be reviewed, but the review or sampling rate must be set in writing.",
          ),
          scope: SCOPE.production,
          allowNA: true,
          criteria: {
            2: [c("workflow-ai-steps", "每个在用应用均书面说明人工智能用于哪些业务环节、输出供谁使用", "For every application in use it is written down which steps AI is used in and who uses its output")],
            3: [
              c("workflow-map", "每个在用应用形成流程图，标明人工智能处理环节、人工复核节点和复核人岗位，经业务处室负责人签字确认", "Every application in use has a process map showing the AI steps, the review points and the reviewing post, signed off by the head of the business division"),
              c("workflow-review-rate", "人工复核节点书面规定复核比例或抽查比例，复核记录可查", "Each review point has a written review or sampling rate, and reviews are recorded"),
            ],
            4: [c("workflow-override-stats", "每季度统计人工复核中修改或否决人工智能输出的比例，纳入人工智能治理报告", "Every quarter the share of AI outputs edited or rejected at review is counted and goes into the AI-governance report")],
            5: [c("workflow-redesign", "每年依据修改、否决比例和差错情况调整人机分工或复核比例，调整经业务处室负责人批准并记录", "Every year the division of work or the review rate is adjusted from the edit and rejection rates and errors, approved by the head of the business division and recorded")],
          },
          evidence: [L("流程图及签字确认页", "Process maps with sign-off"), L("复核记录样本", "Sample review records")],
          source: { section: "四（四）", quote: "驱动政务系统、政务流程的智能化转型" },
          basis: [s("GUIDELINE", "运行管理·辅助型定位"), b("AISGF_1", "6.3 (h)"), ...nist("GOVERN 3.2", "MAP 3.5")],
        }),
        q2({
          code: "SVC.1.2",
          text: L(
            "本部门试点人工智能新应用时，是否事先设定试点范围、风险边界、评价指标和退出条件？",
            "When the department pilots a new AI application, does it set the scope, risk boundaries, success measures and exit conditions beforehand?",
          ),
          help: L(
            "试点是指在限定范围、限定期限内试用人工智能应用。先试点、后推广可以避免抑制创新，同时把风险限定在可控范围内。",
            "A pilot is a trial of an AI application within a set scope and period. Piloting before scaling up leaves room for innovation while keeping the risk contained.",
          ),
          scope: L(
            "本题所称试点，是指在限定范围、限定期限内试用人工智能应用，含试用外部人工智能工具；近三年未开展试点的，可选择不适用并说明理由。",
            "A pilot here is a time-limited, limited-scope trial of an AI application, including a trial of an external AI tool. A department that has run no pilot in the last three years may answer \"not applicable\" and say so.",
          ),
          allowNA: true,
          criteria: {
            2: [c("pilot-plan", "每项试点均有书面方案，写明试点范围和期限", "Every pilot has a written plan stating its scope and duration")],
            3: [
              c("pilot-boundaries", "试点方案写明风险边界（不得处理的数据和事项）、评价指标和退出条件，经牵头处室审核", "The plan states the risk boundaries (data and matters the pilot must not touch), success measures and exit conditions, and the lead division has reviewed it"),
              c("pilot-closing-decision", "试点结束时形成总结，写明是否达到评价指标，并作出推广、调整或终止的书面决定", "At the end a written summary states whether the measures were met, with a written decision to scale up, adjust or stop"),
            ],
            4: [c("pilot-stats", "统计试点数量、达标数量和终止数量，每年纳入人工智能治理报告", "The number of pilots, those meeting their measures and those stopped are counted and go into the AI-governance report every year")],
            5: [c("pilot-template-update", "每年依据试点总结修订试点方案模板和评价指标，修订记录可查", "Every year the pilot plan template and measures are revised from the pilot summaries, with records")],
          },
          evidence: [L("试点方案", "Pilot plans"), L("试点总结和书面决定", "Pilot summaries and decisions")],
          source: { section: "四（四）", quote: "既要避免抑制技术创新" },
          basis: [s("GUIDELINE", "规范部署·审慎选择实施路径"), ...nist("MANAGE 1.1", "MAP 1.5")],
        }),
        q2({
          code: "SVC.1.3",
          text: L(
            "本部门是否以上线前后的对比数据评估人工智能应用的实际成效？",
            "Does the department measure the actual results of its AI applications with before-and-after figures?",
          ),
          help: L(
            "成效指标应与场景论证时的预期一致，如办理时长、人工工作量、群众满意度。运行费用和人工复核投入一并记录，避免只看收益不看成本。",
            "Result measures should match what was expected when the use case was approved — handling time, staff workload, satisfaction. Running costs and review effort are recorded too, so that benefits are not counted without costs.",
          ),
          scope: SCOPE.production,
          allowNA: true,
          criteria: {
            2: [c("benefit-expected", "每个在用应用书面写明预期成效指标（如办理时长、人工工作量、群众满意度）", "Every application in use has written expected-result measures (such as handling time, staff workload, satisfaction)")],
            3: [
              c("benefit-baseline", "上线前采集成效指标的基线数据，上线后 6 个月内采集同口径数据完成对比", "Baseline figures are collected before launch and comparable figures within six months after, and compared"),
              c("benefit-cost", "对比同时记录应用的年度运行费用和人工复核投入", "The comparison also records the annual running cost and the staff time spent on review"),
            ],
            4: [c("benefit-stats", "每年更新全部在用应用的成效对比数据，纳入人工智能治理报告", "Every year the comparison is updated for all applications in use and goes into the AI-governance report")],
            5: [c("benefit-decisions", "依据成效对比对未达预期的应用作出调整、合并或停用决定，决定及理由书面记录", "Applications that fall short are adjusted, merged or retired on the strength of the comparison, with the decision and reasons recorded")],
          },
          evidence: [L("基线和上线后对比数据", "Baseline and post-launch figures"), L("调整或停用决定", "Decisions to adjust or retire")],
          source: { section: "四（四）", quote: "提升政府智能治理效能" },
          basis: [s("GUIDELINE", "总体要求·安全稳妥、务求实效"), ...nist("MAP 3.1", "MAP 3.2")],
        }),
      ],
    },
    {
      code: "SVC.2",
      name: L("辅助决策与民情感知", "Decision support and public sentiment"),
      description: L("决策分析的使用、模型验证和适用范围说明，以及民情分析中的个人信息保护和人工研判。", "Use of analysis in decisions, model validation and stated limits, and personal-information protection and human judgement in sentiment analysis."),
      weight: 1,
      questions: [
        q2({
          code: "SVC.2.1",
          text: L(
            "本部门将人工智能用于辅助决策时，是否明确适用的决策事项，并将分析结果及审核意见作为决策材料的组成部分？",
            "Where the department uses AI to support decisions, has it named the decisions concerned, and are the analysis and the reviewing division's opinion part of the decision papers?",
          ),
          help: L(
            "数据驱动的辅助决策是为决策者提供依据，不替代决策者的判断。本题考察分析结果如何进入决策程序。",
            "Data-driven decision support informs the decision-maker; it does not replace their judgement. The question asks how the analysis enters the decision procedure.",
          ),
          scope: SCOPE.support,
          allowNA: true,
          criteria: {
            2: [c("decision-use-listed", "书面列出使用人工智能辅助分析的决策事项", "The decisions for which AI analysis is used are listed in writing")],
            3: [
              c("decision-analysis-annexed", "清单内事项提交决策时，人工智能分析结果及其数据来源、时间范围作为上会材料附件", "When a listed matter goes for decision, the AI analysis, its data sources and period are attached to the meeting papers"),
              c("decision-review-opinion", "上会材料写明承办处室对分析结果的审核意见，包括采纳、部分采纳或不采纳的理由", "The papers state the responsible division's view of the analysis, with reasons for adopting it in full, in part or not at all"),
            ],
            4: [c("decision-use-stats", "统计清单内事项使用分析结果的比例和采纳情况，每年纳入人工智能治理报告", "The share of listed decisions that used the analysis, and how it was taken up, are counted and go into the AI-governance report every year")],
            5: [c("decision-followup", "对采纳分析结果作出的决策，执行满一年时对照实际情况评估分析结果的准确性，评估记录可查", "For decisions based on the analysis, its accuracy is checked against what happened after a year, with records")],
          },
          evidence: [L("辅助决策事项清单", "The list of AI-supported decisions"), L("附有分析结果的上会材料", "Meeting papers with the analysis attached")],
          source: { section: "三（四）1", quote: "推动数据驱动的智能决策替代经验决策" },
          basis: [s("GUIDELINE", "应用场景·辅助决策"), ...nist("MAP 1.1", "MAP 3.3")],
        }),
        q2({
          code: "SVC.2.2",
          text: L(
            "用于辅助决策或民情分析的模型，是否在使用前用历史数据验证准确性，并书面说明适用范围和局限？",
            "Are models used for decision support or sentiment analysis validated on historical data before use, with their scope and limits stated in writing?",
          ),
          help: L(
            "用历史数据验证，是指用已知结果的历史数据检验模型预测与实际是否一致。适用范围和局限说明应随分析结果提供给使用处室。",
            "Validation on historical data means checking the model's predictions against past cases whose outcome is known. The statement of scope and limits goes to the divisions that use the analysis, together with it.",
          ),
          scope: SCOPE.support,
          allowNA: true,
          criteria: {
            2: [c("model-purpose-doc", "每个辅助决策模型均有书面说明，写明用途和输入数据", "Every decision-support model has a written description of its purpose and input data")],
            3: [
              c("model-validation", "模型投入使用前用本部门历史数据验证准确性，验证方法、数据和结果形成书面报告", "Before use the model is validated on the department's historical data; method, data and results are written up"),
              c("model-limits-doc", "书面说明写明适用范围、已知局限和不得使用的情形，随分析结果提供给使用处室", "The written description states the scope, known limits and cases where the model must not be used, and goes to user divisions with the analysis"),
            ],
            4: [c("model-accuracy-tracking", "使用中定期比对预测与实际结果，准确率每半年统计一次，纳入人工智能治理报告", "In use, predictions are compared with outcomes; accuracy is counted every six months and goes into the AI-governance report")],
            5: [c("model-revalidation", "数据来源、业务规则或模型版本变化时重新验证，未通过验证的暂停使用，记录可查", "The model is revalidated whenever data sources, business rules or the model version change; a model that fails is suspended, with records")],
          },
          evidence: [L("模型验证报告", "Model validation reports"), L("适用范围和局限说明", "Statements of scope and limits")],
          source: { section: "三（四）1", quote: "构建更加精准的算法模型" },
          basis: [b("AISGF_1", "4.1.1 (a)"), ...nist("MAP 2.2", "MEASURE 2.5", "MEASURE 2.9")],
        }),
        q2({
          code: "SVC.2.3",
          text: L(
            "本部门使用人工智能分析民情、识别苗头事件时，是否规定数据来源、个人信息保护和人工研判要求？",
            "When the department uses AI to read public sentiment and spot emerging incidents, has it set rules on data sources, personal-information protection and human judgement?",
          ),
          help: L(
            "民情分析常用热线工单、网上留言等含个人信息的数据。国家机关处理个人信息不得超出履行法定职责所必需的范围。",
            "Sentiment analysis often uses hotline tickets and online messages that contain personal information. State bodies may process personal information only as far as their statutory duties require.",
          ),
          scope: SCOPE.support,
          allowNA: true,
          criteria: {
            2: [c("sentiment-sources-listed", "书面列明民情分析使用的数据来源和用途", "The data sources and purposes of sentiment analysis are listed in writing")],
            3: [
              c("sentiment-pi-minimised", "分析前对个人信息作去标识化处理，分析结果不含可识别个人的信息，处理方式书面规定", "Personal information is de-identified before analysis and results contain nothing that identifies a person; the method is set in writing"),
              c("sentiment-human-triage", "人工智能识别的苗头事件经人工研判后再按程序处置，研判记录可查", "Emerging incidents flagged by AI are assessed by a person before they are acted on through the normal procedure, with records"),
            ],
            4: [c("sentiment-alert-stats", "每季度统计人工智能预警数、经研判确认数和误报数，纳入人工智能治理报告", "Every quarter AI alerts, alerts confirmed on assessment and false alarms are counted and go into the AI-governance report")],
            5: [c("sentiment-rule-tuning", "每半年依据误报、漏报情况调整预警规则或模型参数，调整记录可查", "Every six months alert rules or model settings are adjusted for false alarms and misses, with records")],
          },
          evidence: [L("数据来源和去标识化规定", "Rules on data sources and de-identification"), L("人工研判记录", "Records of human assessment")],
          source: { section: "三（四）1", quote: "对苗头事件进行预警、预判、预防" },
          basis: [b("PIPL", "第六条"), b("PIPL", "第三十四条"), ...nist("MEASURE 2.10")],
        }),
      ],
    },
    {
      code: "SVC.3",
      name: L("服务与生成内容质量", "Quality of services and generated content"),
      description: L("面向群众的智能问答服务质量，以及生成内容的核对、审核和标识。", "Quality of public-facing question-answering, and checking, review and labelling of generated content."),
      weight: 1,
      questions: [
        q2({
          code: "SVC.3.1",
          text: L(
            "本部门面向群众、企业的智能问答或导办服务，是否规定服务范围、提供转人工服务并抽检答复质量？",
            "For its AI question-answering or guidance services to citizens and businesses, has the department set the scope of service, offered a human handover and sampled the quality of answers?",
          ),
          help: L(
            "知识库的质量和更新时限见数据质量相关问题；向群众明示人工智能身份见透明度相关问题。本题考察服务运行本身。",
            "Knowledge-base quality and update deadlines are asked about under data quality, and telling users they are dealing with AI under transparency. This question is about running the service itself.",
          ),
          scope: SCOPE.public,
          allowNA: true,
          criteria: {
            2: [c("qa-scope-defined", "书面规定智能问答的服务范围，超出范围的问题引导至人工或其他渠道", "The scope of the service is set in writing, and questions outside it are directed to staff or another channel")],
            3: [
              c("qa-human-handoff", "群众可随时转人工服务，转人工入口在对话页面持续显示", "Users can switch to a person at any time, and the handover option stays visible on the chat page"),
              c("qa-sampling", "每月抽检答复，抽检量不少于当月答复量的 1% 或 100 条，抽检记录可查", "Answers are sampled every month — at least 1% of the month's answers or 100, whichever is less — with records"),
            ],
            4: [c("qa-quality-stats", "每季度统计答复准确率、转人工率、未解决率和满意度，纳入人工智能治理报告", "Every quarter answer accuracy, handover rate, unresolved rate and satisfaction are counted and go into the AI-governance report")],
            5: [c("qa-error-fix-loop", "抽检和投诉发现的错误答复逐条登记原因，5 个工作日内修正知识库或提示词并复测，记录可查", "Each wrong answer found by sampling or complaint is logged with its cause, and the knowledge base or prompt is fixed and retested within five working days, with records")],
          },
          evidence: [L("服务范围说明", "The statement of service scope"), L("月度抽检记录", "Monthly sampling records")],
          source: { section: "三（四）2", quote: "为群众提供咨询服务" },
          basis: [s("GUIDELINE", "应用场景·智能问答"), ...nist("MEASURE 3.3", "GOVERN 5.1")],
        }),
        q2({
          code: "SVC.3.2",
          text: L(
            "本部门对人工智能生成的答复、文稿、摘要等内容，在使用或对外发布前是否有人工核对和审核要求，防范“幻觉”？",
            "Does the department require AI-generated answers, drafts and summaries to be checked and reviewed by a person before they are used or published, to guard against hallucination?",
          ),
          help: L(
            "“幻觉”是指人工智能生成看似合理但与事实不符的内容，如虚构政策条文、数据或引文。指引要求落实大模型辅助型定位，防范“幻觉”等风险。",
            "Hallucination is AI output that sounds plausible but is false — invented policy clauses, figures or citations. The 2025 guideline requires large models to stay in an assisting role and guards against hallucination.",
          ),
          scope: scope(SCOPE.all, L("含工作人员使用外部人工智能工具生成的内容。", "It includes content staff produce with external AI tools.")),
          criteria: {
            2: [c("genai-human-check-rule", "已书面要求：人工智能生成的内容须经使用人核对事实、数据和引文后方可使用", "A written rule requires the user to check facts, figures and citations in AI-generated content before using it")],
            3: [
              c("genai-release-review", "对外发布或以部门名义报送的生成内容，须经承办处室负责人审核，审核记录可查", "Generated content published or submitted in the department's name is reviewed by the head of the responsible division, with records"),
              c("genai-label", "对外发布的人工智能生成合成内容按规定添加显式标识", "AI-generated or synthetic content published externally carries the required visible label"),
            ],
            4: [c("genai-error-stats", "登记审核中发现的事实错误、虚构引文等幻觉问题，每季度统计一次，纳入人工智能治理报告", "Hallucinations found at review — factual errors, invented citations — are logged and counted every quarter, and go into the AI-governance report")],
            5: [c("genai-guardrail-update", "每半年依据幻觉问题登记更新提示词模板、知识库或审核要点，更新记录可查", "Every six months prompt templates, the knowledge base or review checklists are updated from the hallucination log, with records")],
          },
          evidence: [L("核对和审核要求", "The checking and review rules"), L("审核记录和幻觉问题登记", "Review records and the hallucination log")],
          source: { section: "四（四）", quote: "又要管控技术风险外溢" },
          basis: [s("GUIDELINE", "运行管理·防范幻觉"), b("GENAI", "第四条（五）"), s("LABELING", "显式标识"), b("AISGF_1", "4.2.3 (a)"), ...nist("MAP 2.2", "MEASURE 2.5")],
        }),
      ],
    },
  ],
};
