import type { DimensionInput } from "../schema";
import { b, c, L, nist, q2, s, SCOPE } from "./build";

// 2.0 dimension MON — regular monitoring and early warning (paper 四（四）"建立常态化监测预警机制").
export const mon2: DimensionInput = {
  code: "MON",
  name: L("常态化监测预警机制", "Regular monitoring and early warning"),
  description: L(
    "考察在用人工智能应用的运行监测、日志和备份，预警、复评和人工接管，事件的预案、登记、报告和复盘，以及汇总各项统计的人工智能治理报告和年度自查。",
    "Monitoring, logs and backups of AI in use; warnings, reassessment and human takeover; incident plans, logging, reporting and review; and the AI-governance report that brings the figures together, with a yearly self-check.",
  ),
  weight: 1,
  indicators: [
    {
      code: "MON.1",
      name: L("运行监测、日志与备份", "Monitoring, logs and backups"),
      description: L("监测方案和记录、日志留存和追溯、人工智能数据的备份和恢复。", "Monitoring plans and records, log retention and traceability, backup and recovery of AI data."),
      weight: 1,
      questions: [
        q2({
          code: "MON.1.1",
          text: L(
            "本部门是否对在用人工智能应用的运行状况和输出质量开展常态化监测？",
            "Does the department routinely monitor how its AI applications in use are running and the quality of their output?",
          ),
          help: L(
            "监测指标可包括可用性、响应时间、输出准确性抽查结果、拦截和投诉情况。监测方案应与应用的风险等级相适应。",
            "Measures may include availability, response time, results of output sampling, blocks and complaints. The monitoring plan should fit the application's risk grade.",
          ),
          scope: SCOPE.production,
          allowNA: true,
          criteria: {
            2: [c("monitor-owner", "每个在用应用明确监测责任人", "Every application in use has a named person responsible for monitoring it")],
            3: [
              c("monitor-plan", "每个在用应用制定监测方案，列明监测指标、频次和阈值", "Every application in use has a monitoring plan setting out measures, frequency and thresholds"),
              c("monitor-records", "按方案频次开展监测并形成监测记录", "Monitoring is carried out at the planned frequency and recorded"),
            ],
            4: [c("monitor-stats", "监测指标按月汇总，超阈值情况及处理结果纳入人工智能治理报告", "Measures are summarised monthly; threshold breaches and how they were handled go into the AI-governance report")],
            5: [c("monitor-indicator-review", "每年依据事件和监测结果复核监测指标和阈值，复核记录可查", "Every year the measures and thresholds are reviewed against incidents and monitoring results, with records")],
          },
          evidence: [L("监测方案", "Monitoring plans"), L("监测记录", "Monitoring records")],
          source: { section: "四（四）", quote: "建立常态化监测预警机制" },
          basis: [b("ALGO", "第八条"), ...nist("MEASURE 2.4", "GOVERN 1.5")],
        }),
        q2({
          code: "MON.1.2",
          text: L(
            "在用人工智能应用是否记录输入、输出、模型版本和操作人，日志留存不少于六个月并能追溯？",
            "Do AI applications in use log input, output, model version and operator, keep the logs for at least six months, and allow results to be traced?",
          ),
          help: L(
            "网络安全法要求网络日志留存不少于六个月。日志中的个人信息应按最小必要原则记录。",
            "The Cybersecurity Law requires network logs to be kept for at least six months. Personal information in logs should be kept to the minimum necessary.",
          ),
          scope: SCOPE.production,
          allowNA: true,
          criteria: {
            2: [c("log-enabled", "在用应用开启访问和操作日志", "Access and operation logging is switched on for applications in use")],
            3: [
              c("log-fields-retention", "日志记录时间、操作人、输入、输出和模型或知识库版本，留存不少于 6 个月", "Logs record time, operator, input, output and model or knowledge-base version, and are kept for at least six months"),
              c("log-minimised", "日志中的个人信息按最小必要原则记录或去标识化，日志访问权限限于指定人员", "Personal information in logs is minimised or de-identified, and only designated staff can read the logs"),
            ],
            4: [c("log-trace-test", "每半年随机抽取输出开展追溯测试，追溯成功率纳入人工智能治理报告", "Every six months randomly chosen outputs are traced back; the success rate goes into the AI-governance report")],
            5: [c("log-change-register", "模型、知识库和提示词的每次变更均登记版本号、变更内容和审批人，能与日志对应", "Every change to a model, knowledge base or prompt is registered with version, content and approver, and can be matched to the logs")],
          },
          evidence: [L("日志字段说明和留存设置", "Log field list and retention settings"), L("追溯测试记录", "Trace-test records")],
          source: { section: "四（四）", quote: "建立常态化监测预警机制" },
          basis: [b("CSL", "第二十一条（三）"), b("ALGO", "第二十八条第二款"), b("PIPL", "第六条"), b("AISGF_1", "6.1 (f)"), ...nist("MEASURE 2.8")],
        }),
        q2({
          code: "MON.1.3",
          text: L(
            "本部门是否对人工智能应用的知识库、提示词模板、配置和业务数据进行备份，并验证能够恢复？",
            "Does the department back up the knowledge bases, prompt templates, configuration and business data of its AI applications, and check that they can be restored?",
          ),
          help: L(
            "人工智能安全治理框架要求重点领域使用者制定数据备份和恢复计划。知识库和提示词模板往往是本部门多年积累，丢失后难以重建。",
            "The AI Safety Governance Framework asks users in key sectors to have data backup and recovery plans. Knowledge bases and prompt templates often represent years of work and are hard to rebuild.",
          ),
          helpVariants: {
            upperPlatform: L(
              "应用由上级或本级统建平台提供的，平台侧备份由运营方负责，本部门须书面确认其备份安排，并自行备份本部门维护的知识库和提示词模板。",
              "Where a shared platform provides the application, the operator backs up the platform; the department confirms those arrangements in writing and backs up the knowledge bases and prompt templates it maintains itself.",
            ),
          },
          scope: SCOPE.production,
          allowNA: true,
          criteria: {
            2: [c("backup-exists", "知识库、提示词模板和配置有备份", "Knowledge bases, prompt templates and configuration are backed up")],
            3: [
              c("backup-plan", "制定数据备份和恢复计划，明确备份范围、频次、保存地点和恢复时限", "A backup and recovery plan sets scope, frequency, storage location and recovery time"),
              c("backup-separate-protected", "备份与生产环境分开存放，备份的访问权限和加密要求与原数据一致", "Backups are stored apart from production, with the same access and encryption rules as the original data"),
            ],
            4: [c("backup-restore-drill", "每年至少开展一次恢复演练，恢复用时和完整性纳入人工智能治理报告", "A restore drill is run at least once a year; time taken and completeness go into the AI-governance report")],
            5: [c("backup-plan-review", "每年依据恢复演练结果和应用变化修订备份和恢复计划，修订记录可查", "Every year the plan is revised from drill results and changes to applications, with records")],
          },
          evidence: [L("备份和恢复计划", "The backup and recovery plan"), L("恢复演练记录", "Restore drill records")],
          source: { section: "四（四）", quote: "明确数据安全要求" },
          basis: [b("AISGF_1", "6.3 (f)"), b("CSL", "第二十一条（四）"), b("NDSR", "第九条"), ...nist("MANAGE 4.1", "GOVERN 6.2")],
        }),
      ],
    },
    {
      code: "MON.2",
      name: L("预警与人工接管", "Warnings and human takeover"),
      description: L("分级预警和专项复评，以及暂停、降级和转人工办理。", "Graded warnings and special reassessment, and pausing, degrading or switching to manual handling."),
      weight: 1,
      questions: [
        q2({
          code: "MON.2.1",
          text: L(
            "监测指标触及阈值时，是否按等级发出预警，并在规定时限内完成专项复评？",
            "When a measure crosses its threshold, is a graded warning issued and a special reassessment completed within a set time?",
          ),
          help: L(
            "专项复评是对触发预警的应用重新判断能否继续使用，结论可以是继续使用、限制使用或暂停。",
            "A special reassessment decides afresh whether the application that triggered the warning may continue: continue, restrict or suspend.",
          ),
          scope: SCOPE.production,
          allowNA: true,
          criteria: {
            2: [c("alert-escalation", "监测发现异常时，由监测责任人报告应用责任人", "When monitoring finds an anomaly, the monitoring lead reports it to the application owner")],
            3: [
              c("alert-grading", "印发预警规则，按影响范围和严重程度分级，明确各级预警的报告对象和响应时限", "Issued warning rules grade warnings by reach and severity and set who is told and the response time for each grade"),
              c("alert-reassessment", "触及阈值的应用在规定时限内完成专项复评，作出继续使用、限制使用或暂停的决定并记录", "An application that crosses a threshold is reassessed within the set time, with a recorded decision to continue, restrict or suspend"),
            ],
            4: [c("alert-stats", "每季度统计各级预警数量、响应时长和复评完成情况，纳入人工智能治理报告", "Every quarter warnings by grade, response times and completed reassessments are counted and go into the AI-governance report")],
            5: [c("alert-rule-review", "每年依据预警和事件复盘结果修订预警规则，修订记录可查", "Every year the warning rules are revised from warnings and incident reviews, with records")],
          },
          evidence: [L("预警规则", "The warning rules"), L("专项复评记录", "Reassessment records")],
          source: { section: "四（四）", quote: "建立常态化监测预警机制" },
          basis: [b("DSL", "第二十九条"), b("CSL", "第五十四条"), ...nist("MEASURE 3.1", "MANAGE 2.3")],
        }),
        q2({
          code: "MON.2.2",
          text: L(
            "在用人工智能应用出现异常时，能否及时暂停、降级或转为人工办理？",
            "If an AI application in use goes wrong, can it be paused, degraded or switched to manual handling in time?",
          ),
          help: L(
            "降级是指关闭部分功能（如只检索不生成）继续提供服务。人工办理途径应在平时保持可用，而不是出现异常后临时组建。",
            "Degrading means keeping the service up with some functions off (for example, search without generation). The manual route should be kept ready at all times, not improvised after a failure.",
          ),
          scope: SCOPE.production,
          allowNA: true,
          criteria: {
            2: [c("fallback-manual-route", "每个在用应用均保留可以启用的人工办理途径", "Every application in use has a manual route that can be switched on")],
            3: [
              c("fallback-switch-authority", "每个在用应用具备暂停或降级的技术手段，书面明确有权决定暂停的人员和启动条件", "Every application in use can be paused or degraded, and who may order this and when is set in writing"),
              c("fallback-switch-time", "书面规定从决定暂停到切换人工办理的时限，不超过 30 分钟", "The time from the decision to pause to manual handling is set in writing at no more than 30 minutes"),
            ],
            4: [c("fallback-drill", "每年对每个在用应用至少开展一次暂停和切换演练，切换用时纳入人工智能治理报告", "Every application in use has a pause-and-switch drill at least once a year; switch-over times go into the AI-governance report")],
            5: [c("fallback-dependency-map", "梳理应用之间、应用与统建平台之间的依赖关系，对暂停任一应用影响的其他业务有书面应对安排", "Dependencies between applications and on shared platforms are mapped, with written arrangements for the other work affected when any one application is paused")],
          },
          evidence: [L("暂停和切换规程", "The pause and switch-over procedure"), L("切换演练记录", "Switch-over drill records")],
          source: { section: "四（四）", quote: "避免技术风险过度溢出" },
          basis: [s("GUIDELINE", "运行管理·辅助型定位"), b("AISGF_1", "6.3 (h)"), ...nist("MANAGE 2.4")],
        }),
      ],
    },
    {
      code: "MON.3",
      name: L("事件处置", "Incident handling"),
      description: L("应急预案和演练、事件和险情的登记和报告、复盘和整改。", "Emergency plans and drills, logging and reporting of incidents and near misses, review and remediation."),
      weight: 1,
      questions: [
        q2({
          code: "MON.3.1",
          text: L(
            "本部门是否制定人工智能安全事件应急预案（可为网络安全应急预案的专章），并定期演练？",
            "Does the department have an emergency plan for AI incidents (it may be a chapter of the cybersecurity emergency plan), and does it run drills?",
          ),
          help: L(
            "人工智能事件包括数据泄露、违规或错误输出造成影响、被攻击或滥用等。工作人员使用外部工具时发生的泄露也属于本题范围。",
            "AI incidents include data leaks, harmful or wrong output that causes damage, and attacks or misuse. Leaks through staff use of external tools are included.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("incident-plan-coverage", "网络安全应急预案已将人工智能应用纳入适用范围", "The cybersecurity emergency plan explicitly covers AI applications")],
            3: [
              c("incident-ai-chapter", "预案专章写明人工智能事件类型、分级标准、处置流程和报告时限", "A chapter of the plan sets out AI incident types, grading, handling steps and reporting deadlines"),
              c("incident-drill", "每年至少开展一次人工智能事件演练，形成演练记录和改进事项", "At least one AI incident drill is held each year, with a record and improvement items"),
            ],
            4: [c("incident-drill-followup", "演练改进事项逐项跟踪，完成情况纳入人工智能治理报告", "Improvement items from drills are tracked one by one; their status goes into the AI-governance report")],
            5: [c("incident-plan-revision", "每年依据演练和事件复盘结果修订预案专章，修订经部门领导班子审定", "Every year the chapter is revised from drills and incident reviews, and the leadership approves the revision")],
          },
          evidence: [L("应急预案（人工智能专章）", "The emergency plan (AI chapter)"), L("演练记录", "Drill records")],
          source: { section: "四（四）", quote: "管控技术风险外溢" },
          basis: [b("CSL", "第二十五条"), b("DSL", "第二十三条"), b("NDSR", "第十一条"), ...nist("GOVERN 4.3")],
        }),
        q2({
          code: "MON.3.2",
          text: L(
            "人工智能相关事件和险情是否逐一登记，须报告的是否按规定时限报告？",
            "Are AI incidents and near misses logged one by one, and are reportable ones reported within the legal deadlines?",
          ),
          help: L(
            "险情是指未造成后果但暴露风险的情况，如被拦截的违规输入、被人工发现的错误输出。发生危害国家安全、公共利益的网络数据安全事件，应在 24 小时内向有关主管部门报告。",
            "A near miss exposes a risk without causing harm — a blocked prohibited input, a wrong output caught by a reviewer. Network data security incidents that endanger national security or the public interest must be reported to the competent authority within 24 hours.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("incident-log", "人工智能相关事件均登记，记录时间、涉及应用、经过和处置情况", "AI incidents are logged with time, application, what happened and how it was handled")],
            3: [
              c("incident-near-miss", "登记范围包括未造成后果的险情", "The log includes near misses that caused no harm"),
              c("incident-reporting-deadline", "须报告的事件按规定时限向主管部门报告，涉及个人信息的依法通知当事人", "Reportable incidents are reported to the competent authority within the legal deadlines, and affected individuals are notified where the law requires"),
            ],
            4: [c("incident-stats", "每季度按类型、等级和应用统计事件和险情，纳入人工智能治理报告", "Every quarter incidents and near misses are counted by type, grade and application and go into the AI-governance report")],
            5: [c("incident-trend", "每年对事件和险情开展趋势分析，同类事件重复发生的列为重点整改事项，分析结论纳入人工智能治理报告", "Every year incidents and near misses are analysed for trends; recurring types become priority fixes, and the findings go into the AI-governance report")],
          },
          evidence: [L("事件和险情登记表", "The incident and near-miss log"), L("报告记录", "Reporting records")],
          source: { section: "四（四）", quote: "政府部门也要注意对人工智能技术进行有效监管" },
          basis: [b("NDSR", "第十一条"), b("PIPL", "第五十七条"), b("DSL", "第二十九条"), ...nist("MANAGE 4.3")],
        }),
        q2({
          code: "MON.3.3",
          text: L(
            "人工智能事件处置后，是否开展复盘，查明原因并整改到位？",
            "After an AI incident, is it reviewed, its causes established and the fixes carried through?",
          ),
          help: L(
            "复盘关注根本原因（制度、流程、数据、模型或人员），而不仅是直接原因。",
            "A review looks for root causes — rules, process, data, model or people — not only the immediate cause.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("review-summary", "较大及以上人工智能事件处置后形成书面总结", "A written summary is made after every significant or more serious AI incident")],
            3: [
              c("review-root-cause", "每起登记的事件在 30 日内完成复盘，写明直接原因和根本原因", "Every logged incident is reviewed within 30 days, stating the immediate and root causes"),
              c("review-remediation-ledger", "复盘提出的整改事项列入整改台账，明确责任处室和时限", "Fixes from reviews go on a remediation list with a responsible division and deadline"),
            ],
            4: [c("review-closure-stats", "统计整改事项按期完成率，纳入人工智能治理报告", "The share of fixes completed on time is counted and goes into the AI-governance report")],
            5: [c("review-effect-verify", "整改完成后验证效果，同类问题再次出现的重新复盘，验证记录可查", "The effect of each fix is verified; if the same problem recurs it is reviewed again, with records")],
          },
          evidence: [L("复盘报告", "Review reports"), L("整改台账", "The remediation list")],
          source: { section: "四（四）", quote: "细化风险管控策略" },
          basis: [s("AISGF_2", "全流程治理机制"), b("ALGO", "第七条"), ...nist("MANAGE 4.2")],
        }),
      ],
    },
    {
      code: "MON.4",
      name: L("治理报告与自查", "Governance report and self-check"),
      description: L("汇总各项统计的人工智能治理报告，以及年度自查和独立评估。", "The AI-governance report that brings all figures together, and the yearly self-check and independent evaluation."),
      weight: 1,
      questions: [
        q2({
          code: "MON.4.1",
          text: L(
            "本部门是否定期编制人工智能治理报告，统一汇总各项统计，报部门领导班子？",
            "Does the department regularly produce an AI-governance report that brings all the figures together, for its leadership?",
          ),
          help: L(
            "其他问题第四级要求的统计均纳入这一份报告，不另设专项报表，以统筹减负。报告可与网络安全、数据安全工作报告合并编制。",
            "The figures that other questions ask for at level 4 all go into this one report rather than separate returns, to keep the reporting burden down. It may be combined with the cybersecurity or data-security report.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("report-annual", "每年向部门领导班子书面报告人工智能工作情况", "Every year the leadership receives a written report on AI work")],
            3: [
              c("report-compiled", "牵头处室每半年编制人工智能治理报告，汇总应用清单变化、风险分级、监测预警、事件和整改情况，报部门领导班子", "Every six months the lead division compiles the AI-governance report — inventory changes, risk grading, monitoring and warnings, incidents and fixes — for the leadership"),
              c("report-single-channel", "各处室的人工智能统计数据统一通过该报告报送，不另设专项报表", "Divisions' AI figures are all submitted through this report, with no separate returns"),
            ],
            4: [c("report-indicator-definitions", "报告各项统计指标的口径书面规定，报告列出与上期的对比", "Each figure in the report has a written definition, and the report compares it with the previous period")],
            5: [c("report-indicator-pruning", "每年复核报告指标体系，删减不再用于决策的指标，复核结论载入当期报告", "Every year the set of figures is reviewed and those no longer used for decisions are dropped; the conclusions are recorded in that period's report")],
          },
          evidence: [L("人工智能治理报告", "The AI-governance reports"), L("统计指标口径说明", "The definitions of the figures")],
          source: { section: "四（四）", quote: "建立常态化监测预警机制" },
          basis: [s("GUIDELINE", "运行管理·统筹减负和赋能"), ...nist("GOVERN 1.5", "MANAGE 4.2")],
        }),
        q2({
          code: "MON.4.2",
          text: L(
            "本部门是否每年对人工智能管理制度的执行情况开展自查，并由独立于应用建设运行的人员牵头？",
            "Does the department check every year how its AI rules are applied, led by people independent of those who build and run the applications?",
          ),
          help: L(
            "自查可由内审、保密、法规等处室牵头。独立评估可委托第三方机构开展。",
            "The self-check may be led by the internal audit, secrecy or legal division. An independent evaluation may be contracted to a third party.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("selfcheck-annual", "每年对照本部门人工智能管理制度开展一次自查", "Once a year the department checks itself against its AI rules")],
            3: [
              c("selfcheck-independent", "自查由未参与应用建设和运行的处室或人员牵头，覆盖全部在用应用和外部人工智能工具", "The check is led by a division or people not involved in building or running the applications, and covers every application and external AI tool in use"),
              c("selfcheck-evidence-based", "自查逐项查阅证明材料，不以口头汇报代替", "The check examines the evidence item by item rather than relying on verbal accounts"),
            ],
            4: [c("selfcheck-stats", "自查发现问题数和整改完成率纳入人工智能治理报告", "Findings of the check and the rate of fixes go into the AI-governance report")],
            5: [c("selfcheck-external", "每三年至少委托一次第三方机构开展独立评估，评估意见逐项整改", "At least every three years an independent third party is commissioned to evaluate, and each finding is acted on")],
          },
          evidence: [L("自查方案和自查报告", "The self-check plan and findings"), L("第三方评估报告", "Third-party evaluation reports")],
          source: { section: "四（四）", quote: "对人工智能技术进行有效监管" },
          basis: [b("CSL", "第三十八条"), ...nist("MEASURE 1.3")],
        }),
      ],
    },
  ],
};
