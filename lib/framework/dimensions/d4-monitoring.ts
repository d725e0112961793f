import type { DimensionInput } from "../schema";

/**
 * Dimension 4 — 常态化监测预警机制 / Regular monitoring and early warning.
 * Source: paper sections 三（四）and 四（四）.
 */
export const monitoringDimension: DimensionInput = {
  code: "MON",
  name: { "zh-CN": "常态化监测预警机制", en: "Regular monitoring and early warning" },
  description: {
    "zh-CN":
      "考察部门是否对所使用的人工智能系统开展常态化监测，能够对苗头性问题及早预警、预判、预防，管控技术风险外溢，并建立应急处置和复盘改进机制，将事件教训转化为制度规则。",
    en: "Whether the department keeps routine watch on the AI systems it uses, spots early signs of trouble and acts before they become incidents, stops technical failures from spreading to the public, to decisions or to other systems, and handles incidents through rehearsed plans and reviews whose lessons are written back into its rules.",
  },
  weight: 1,
  indicators: [
    // ───────────────────────────── MON.1 ─────────────────────────────
    {
      code: "MON.1",
      name: { "zh-CN": "常态化监测", en: "Routine monitoring" },
      description: {
        "zh-CN":
          "明确监测对象、内容、频次和责任，对在用人工智能系统的运行状况、输出质量和使用情况持续监测并留痕可查。",
        en: "Defining what is monitored, how often and by whom, and keeping a continuous, recorded watch on how the department's AI systems run, what they produce and how they are used.",
      },
      weight: 1,
      questions: [
        {
          code: "MON.1.1",
          text: {
            "zh-CN":
              "是否建立覆盖本部门全部在用人工智能系统的常态化监测机制，明确监测对象、监测内容、频次和责任人？",
            en: "Has the department set up routine monitoring that covers every AI system it uses, with defined scope, content, frequency and named owners?",
          },
          help: {
            "zh-CN":
              "“常态化监测”指按固定频次持续开展的监测，而非出现问题后的临时检查。在用系统包括自建、采购、上级平台提供的系统以及工作人员办公使用的外部大模型工具；由供应商或上级平台实施的监测，本部门能按期获取并审阅结果的，可以计入。",
            en: "“Routine” means monitoring on a fixed schedule, not checks made only after something goes wrong. Systems in use include those built in-house, bought in or provided by a higher-level platform, and external large-model tools that staff use for work. Monitoring carried out by a vendor or platform counts if the department receives and reviews the results on schedule.",
          },
          levels: [
            {
              "zh-CN":
                "未提出任何监测要求。系统是否正常、输出是否可靠，主要靠使用人员发现问题后临时反映，没有监测记录。",
              en: "There are no monitoring requirements. Problems with a system or its output come to light only when users happen to report them, and nothing is recorded.",
            },
            {
              "zh-CN":
                "部分系统（通常是重点系统或合同中约定监测的系统）开展了监测并有记录，但监测内容和频次由各处室或供应商自行确定，尚未覆盖全部在用系统。",
              en: "Some systems — usually flagship systems or those whose contracts require it — are monitored and records exist, but each division or vendor decides what to check and how often, and not every system in use is covered.",
            },
            {
              "zh-CN":
                "已印发部门统一的人工智能监测制度，建立在用系统清单；清单内每个系统均明确监测内容、频次、责任处室和责任人，并按制度执行、留存记录。",
              en: "A department-wide AI monitoring policy has been issued and there is a register of systems in use. Every registered system has defined monitoring content and frequency, a responsible division and a named officer, and monitoring is carried out as the policy requires, with records kept.",
            },
            {
              "zh-CN":
                "在统一制度基础上，设定监测覆盖率、按期执行率等管理指标及目标值（如清单内系统监测覆盖率100%），由归口管理部门每季度统计通报，结果纳入处室考核。",
              en: "On top of the policy, management indicators with targets are set — such as monitoring coverage (e.g. 100% of registered systems) and on-schedule completion. The lead office reports on them every quarter and the results count in divisions' performance assessments.",
            },
            {
              "zh-CN":
                "依据季度统计结果和事件情况，每年至少修订一次监测制度，调整监测内容和频次；与上级部门或同行对标，并向其他部门分享监测机制建设经验。",
              en: "Quarterly figures and incident experience lead to at least one revision of the monitoring policy a year, adjusting what is monitored and how often. The department benchmarks itself against higher-level bodies or peers and shares its approach with other departments.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能系统监测管理制度（印发文件）", en: "AI monitoring policy (as issued)" },
            {
              "zh-CN": "在用人工智能系统清单及监测责任分工表",
              en: "Register of AI systems in use, with monitoring responsibilities",
            },
            {
              "zh-CN": "近三个月的监测记录或监测平台截图",
              en: "Monitoring records from the last three months, or screenshots of the monitoring platform",
            },
            {
              "zh-CN": "监测覆盖率、按期执行率季度通报",
              en: "Quarterly report on monitoring coverage and on-schedule completion",
            },
          ],
          weight: 2,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "由信息中心牵头梳理在用人工智能系统，先对12345智能客服、大模型办公助手等重点系统明确监测内容和责任人，开始留存监测记录。",
              en: "The IT centre leads a stocktake of AI systems in use and, starting with key systems such as the 12345 hotline bot and the large-model office assistant, sets out what to monitor and who does it, and starts keeping monitoring records.",
            },
            {
              "zh-CN":
                "由归口管理部门起草并印发部门统一的人工智能监测制度，建立在用系统清单，将全部系统纳入监测，落实到责任处室和责任人。",
              en: "The lead office drafts and issues a department-wide AI monitoring policy, sets up a register of systems in use, and brings every system under monitoring with a responsible division and named officer.",
            },
            {
              "zh-CN":
                "设定监测覆盖率、按期执行率等指标及目标值，由归口管理部门每季度统计通报，并纳入处室年度考核。",
              en: "Set indicators and targets such as monitoring coverage and on-schedule completion; the lead office reports on them quarterly and they are built into divisions' annual assessment.",
            },
            {
              "zh-CN":
                "每年结合指标数据和事件情况修订监测制度，与上级部门或同行开展对标，并通过经验交流会或案例材料对外分享做法。",
              en: "Revise the monitoring policy every year in light of the figures and incidents, benchmark against higher-level bodies or peers, and share the approach through exchange meetings or written case studies.",
            },
          ],
          source: { section: "四（四）", quote: "建立常态化监测预警机制" },
        },
        {
          code: "MON.1.2",
          text: {
            "zh-CN":
              "是否对在用人工智能系统的输出质量和运行状况设定监测指标并持续监测（如答复准确率、转人工率、事项办理成功率、系统可用率、响应时长）？",
            en: "Does the department track defined measures of output quality and operational health for its AI systems — for example answer accuracy, hand-off-to-staff rate, case resolution rate, availability and response time?",
          },
          help: {
            "zh-CN":
              "本题关注系统“答得对不对、用得好不好”，而不仅是“系统是否在线”。输出质量可通过人工抽检、用户评价、与标准答案比对等方式测量；运行状况包括可用率、响应时长、调用量异常波动等。",
            en: "This question is about whether the system gets things right and serves its purpose, not just whether it is up. Output quality can be measured by staff reviewing a sample of answers, by user ratings or by comparison with reference answers; operational health covers availability, response time and unusual swings in usage.",
          },
          levels: [
            {
              "zh-CN": "只在系统宕机或群众投诉时才关注系统状况，从未检查输出质量。",
              en: "Attention is paid only when a system goes down or a complaint comes in; output quality is never checked.",
            },
            {
              "zh-CN":
                "对部分系统监测可用率、响应时长等运行指标（多由供应商提供数据）；输出质量偶尔人工抽查，抽查数量和频次不固定。",
              en: "Some systems are watched for availability and response time, mostly through vendor reports. Output is spot-checked now and then, with no set sample size or schedule.",
            },
            {
              "zh-CN":
                "制定统一的监测指标清单，对全部在用系统同时监测运行指标和输出质量指标；输出质量按规定的数量和频次（如每月每个系统抽检不少于规定条数）人工抽检，并留存抽检记录。",
              en: "A standard list of measures covers both operational and output-quality indicators for every system in use. Staff review a sample of output at a set size and frequency (e.g. a fixed minimum number of answers per system each month), and each review is recorded.",
            },
            {
              "zh-CN":
                "各项指标均设定目标值和阈值（如答复准确率不低于规定数值），按月形成监测报告报归口管理部门审阅；指标未达标的，启动整改并跟踪至达标。",
              en: "Every measure has a target and threshold (e.g. answer accuracy no lower than a stated figure). A monthly monitoring report goes to the lead office for review, and any shortfall triggers remedial work that is tracked until the target is met.",
            },
            {
              "zh-CN":
                "知识库、提示词或模型版本的每次更新均注明所针对的监测问题，并对比更新前后的指标验证效果；指标体系每年复核更新，并与同类部门或上级平台数据比对。",
              en: "Every update to a knowledge base, prompt or model version records which monitoring finding it addresses, and the measures before and after are compared to confirm it worked. The indicator set is reviewed every year and compared with similar departments or the higher-level platform.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "监测指标清单（含目标值和阈值）", en: "List of monitoring measures, with targets and thresholds" },
            { "zh-CN": "月度监测报告", en: "Monthly monitoring reports" },
            { "zh-CN": "输出质量人工抽检记录表", en: "Records of staff sample reviews of output" },
            { "zh-CN": "监测平台或运维看板截图", en: "Screenshots of the monitoring platform or operations dashboard" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "由业务处室会同供应商对12345智能客服等重点系统开展可用率、响应时长监测，每月人工抽查一批输出结果并留存记录。",
              en: "The business division and the vendor start tracking availability and response time for key systems such as the 12345 bot, and staff review a batch of outputs each month and keep a record.",
            },
            {
              "zh-CN":
                "由信息中心牵头制定统一的监测指标清单和抽检规则（抽检数量、频次、评判标准），覆盖全部在用系统。",
              en: "The IT centre leads the drafting of a standard list of measures and sampling rules (sample size, frequency, marking criteria) that apply to every system in use.",
            },
            {
              "zh-CN":
                "为各项指标设定目标值和阈值，按月形成监测报告报归口管理部门审阅，对未达标指标建立整改台账。",
              en: "Set targets and thresholds for each measure, send a monthly monitoring report to the lead office, and open a remediation log for any measure that falls short.",
            },
            {
              "zh-CN":
                "建立“监测—优化—验证”闭环，依据监测数据更新知识库或模型版本并验证效果，每年复核指标体系并与同类部门比对。",
              en: "Close the loop from monitoring to improvement to verification: update knowledge bases or model versions based on the data, check that the change worked, and review the indicator set yearly against similar departments.",
            },
          ],
          source: { section: "三（四）2", quote: "提升事项办理成功率" },
        },
        {
          code: "MON.1.3",
          text: {
            "zh-CN":
              "是否完整留存人工智能系统的调用日志、输入输出记录和模型版本变更记录，能够对具体结果追溯来源？",
            en: "Does the department keep complete records of AI system use, inputs and outputs, and model version changes, so that any given result can be traced back to its source?",
          },
          help: {
            "zh-CN":
              "可追溯是指出现问题时能够查明某一结果由哪个系统、哪个模型版本、基于什么输入、在何时生成、由谁使用。日志保存期限应符合网络安全和档案管理有关规定。",
            en: "Traceability means that when something goes wrong you can establish which system and model version produced a result, from what input, when, and who used it. Log retention should follow cybersecurity and records-management rules.",
          },
          levels: [
            {
              "zh-CN": "未提出日志留存要求，不清楚系统是否记录输入输出，出现问题后无法查明结果来源。",
              en: "Nothing requires logs to be kept; nobody is sure whether inputs and outputs are recorded, and when something goes wrong the source of a result cannot be established.",
            },
            {
              "zh-CN":
                "部分系统留存了调用日志或对话记录，但记录字段不全、保存期限不一，模型版本变更未登记，查询须依赖供应商。",
              en: "Some systems keep usage logs or chat transcripts, but fields are incomplete, retention periods vary, model version changes are not recorded, and retrieving anything depends on the vendor.",
            },
            {
              "zh-CN":
                "制度明确所有在用系统必须记录的日志字段（时间、使用人、输入、输出、模型版本）和保存期限（不少于6个月）；模型和知识库变更登记台账；本部门可自行查询日志。",
              en: "Policy sets the fields every system must log (time, user, input, output, model version) and a retention period of at least six months. Changes to models and knowledge bases are entered in a change log, and the department can search its logs without going through the vendor.",
            },
            {
              "zh-CN":
                "每季度检查日志完整率，并随机选取结果开展追溯测试、统计追溯成功率；发现缺失的限期整改，检查结果报归口管理部门。",
              en: "Every quarter, log completeness is checked and randomly chosen results are traced back to measure the trace success rate. Gaps must be fixed by a deadline, and results go to the lead office.",
            },
            {
              "zh-CN":
                "每季度利用日志开展统计分析，发现异常使用和质量问题；日志规范随新系统、新规定及时更新，写入系统采购和验收要求，并向同级部门提供参考。",
              en: "Logs are analysed every quarter to detect unusual use and quality problems. Logging standards are updated as new systems and rules arrive, written into procurement and acceptance requirements, and offered to peer departments as a reference.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "日志管理规定（含记录字段和保存期限）",
              en: "Logging rules, including required fields and retention period",
            },
            {
              "zh-CN": "日志查询界面截图或脱敏后的日志样例",
              en: "Screenshot of the log search screen, or an anonymised log extract",
            },
            { "zh-CN": "模型与知识库变更登记台账", en: "Change log for models and knowledge bases" },
            { "zh-CN": "日志完整性及追溯测试检查记录", en: "Records of log-completeness checks and trace-back tests" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "由安全管理员会同供应商核实各系统日志记录情况，对重点系统开启调用日志和输入输出记录。",
              en: "The security administrator and vendors check what each system currently logs, and switch on usage and input/output logging for key systems.",
            },
            {
              "zh-CN":
                "由信息中心制定日志管理规定，统一日志字段和保存期限，建立模型与知识库变更登记台账，并在合同中约定本部门的日志自主查询权限。",
              en: "The IT centre issues logging rules with standard fields and retention periods, sets up a change log for models and knowledge bases, and secures in contracts the department's right to search logs directly.",
            },
            {
              "zh-CN": "由安全管理员每季度抽查日志完整率并开展追溯测试，形成检查记录，对缺失项限期整改。",
              en: "The security administrator checks log completeness and runs trace-back tests every quarter, records the results, and sets deadlines for fixing gaps.",
            },
            {
              "zh-CN": "将日志规范写入系统采购和验收要求，定期利用日志开展异常分析，并向同级部门分享日志规范。",
              en: "Write the logging standard into procurement and acceptance requirements, analyse logs regularly for anomalies, and share the standard with peer departments.",
            },
          ],
          source: { section: "四（四）", quote: "算法模型透明度要求" },
        },
      ],
    },
    // ───────────────────────────── MON.2 ─────────────────────────────
    {
      code: "MON.2",
      name: { "zh-CN": "预警与预判", en: "Early warning and anticipation" },
      description: {
        "zh-CN":
          "设定预警指标、阈值和分级响应规则，定期研判监测数据，对苗头性、倾向性问题及早预警、预判、预防。",
        en: "Setting warning indicators, thresholds and graded responses, analysing monitoring data on a schedule, and acting early on signs of emerging problems.",
      },
      weight: 1,
      questions: [
        {
          code: "MON.2.1",
          text: {
            "zh-CN":
              "是否设定人工智能风险预警指标、阈值和预警分级，并明确预警发出、接收和响应的流程与时限？",
            en: "Has the department set warning indicators, thresholds and alert levels for AI risks, with a defined process and time limits for raising, receiving and responding to alerts?",
          },
          help: {
            "zh-CN":
              "预警是在问题造成实际损害前发出提示，例如准确率连续下降、投诉量突增、出现敏感或违规内容、异常调用等。“分级”指按严重程度区分（如一般、较重、严重），不同级别对应不同的报告对象和响应时限。",
            en: "A warning is raised before a problem does real harm — for example a sustained fall in accuracy, a spike in complaints, sensitive or non-compliant content, or unusual usage. Alert levels grade severity (e.g. minor, serious, severe), and each level has its own reporting line and response time.",
          },
          levels: [
            {
              "zh-CN": "未设定预警指标和阈值，问题发生后才处理，没有预警记录。",
              en: "No warning indicators or thresholds exist; problems are dealt with after they happen and no alerts are recorded.",
            },
            {
              "zh-CN":
                "个别系统设置了告警（多为宕机、性能告警），告警推送给运维人员，但未覆盖输出质量和内容风险，也未规定响应时限。",
              en: "A few systems have alarms, mostly for outages and performance, which go to technical staff. Output quality and content risks are not covered and no response times are set.",
            },
            {
              "zh-CN":
                "已印发预警规则，明确各类风险的预警指标、阈值和分级标准，以及各级预警的接收人、报告路径和响应时限；预警通过系统自动推送或值班机制及时传达，处置情况登记在预警台账。",
              en: "Written warning rules set the indicators, thresholds and severity levels for each type of risk, and for each level who receives the alert, how it is escalated and how fast it must be answered. Alerts are pushed automatically or passed on through the duty roster, and how each was handled is entered in an alert log.",
            },
            {
              "zh-CN":
                "按季度统计预警响应及时率、误报率和漏报率（事后发现但未触发预警的事件比例），据此调整阈值，分析结果报分管领导。",
              en: "Each quarter the department measures on-time response, false alarms and missed alerts (incidents found later that triggered no warning), adjusts thresholds accordingly, and reports the analysis to the responsible deputy head.",
            },
            {
              "zh-CN":
                "依据季度分析每年至少修订一次预警规则，引入趋势预警和多指标组合预警；与上级部门、同行共享预警指标和典型案例，参与区域或行业预警规则的制定。",
              en: "The quarterly analysis leads to at least one revision of the warning rules a year, adding trend-based and multi-indicator warnings. Indicators and typical cases are shared with higher-level bodies and peers, and the department contributes to regional or sector warning rules.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能风险预警规则（含指标、阈值、分级和响应时限）",
              en: "AI risk warning rules (indicators, thresholds, levels, response times)",
            },
            { "zh-CN": "预警台账", en: "Alert log" },
            { "zh-CN": "预警推送系统或告警配置截图", en: "Screenshots of alert routing or alarm settings" },
            { "zh-CN": "预警有效性季度分析报告", en: "Quarterly analysis of warning effectiveness" },
          ],
          weight: 1.5,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "由安全管理员会同运维团队为重点系统配置宕机、性能等基础告警，并指定告警接收人。",
              en: "The security administrator and the operations team set up basic outage and performance alarms for key systems and name who receives them.",
            },
            {
              "zh-CN":
                "由信息中心牵头制定并印发人工智能风险预警规则，补充输出质量、内容安全、异常调用等预警指标，明确分级标准、报告路径和响应时限，建立预警台账。",
              en: "The IT centre leads the issue of AI risk warning rules that add output-quality, content-safety and unusual-usage indicators, set severity levels, escalation paths and response times, and establish an alert log.",
            },
            {
              "zh-CN": "每季度统计预警响应及时率、误报率和漏报率，形成分析报告报分管领导，并据此调整阈值。",
              en: "Measure on-time response, false alarms and missed alerts every quarter, report the analysis to the responsible deputy head, and adjust thresholds accordingly.",
            },
            {
              "zh-CN":
                "引入趋势预警和组合预警持续优化预警规则，每年向上级部门或同行报送典型预警案例，参与区域预警规则研讨。",
              en: "Add trend-based and combined warnings to keep improving the rules, send typical warning cases to higher-level bodies or peers each year, and take part in work on regional warning rules.",
            },
          ],
          source: { section: "三（四）1", quote: "对苗头事件进行预警、预判、预防" },
        },
        {
          code: "MON.2.2",
          text: {
            "zh-CN":
              "是否定期对监测和预警数据开展分析研判，识别苗头性、倾向性问题，并提前采取防范措施？",
            en: "Does the department regularly analyse its monitoring and alert data to pick out emerging problems and take preventive action before they cause harm?",
          },
          help: {
            "zh-CN":
              "“预判”强调从分散的监测数据中发现趋势，如某类问题答错率逐月上升、投诉集中于某项功能、模型升级后表现变化等。研判可采取定期会商、专题分析报告等形式，关键在于形成防范措施并落实到位。",
            en: "Anticipation means spotting trends in scattered monitoring data — the error rate on one type of question creeping up month by month, complaints clustering on one feature, behaviour changing after a model upgrade. It can take the form of regular review meetings or analytical reports; what matters is that preventive actions come out of it and are carried through.",
          },
          levels: [
            {
              "zh-CN": "未开展研判，监测数据只用于处理个别问题。",
              en: "No analysis is done; monitoring data are used only to fix individual problems.",
            },
            {
              "zh-CN":
                "在重大活动、系统升级前或发生问题后临时组织分析，有会议纪要或分析材料，但没有固定周期，也未形成防范措施清单。",
              en: "Analysis is arranged ad hoc — before major events or system upgrades, or after a problem — and leaves minutes or notes, but there is no fixed schedule and no list of preventive actions.",
            },
            {
              "zh-CN":
                "建立定期研判机制（每月或每季度召开风险研判会），由归口管理部门组织技术、业务、安全人员参加，形成研判报告和防范措施清单，明确责任处室和完成时限。",
              en: "Risk review meetings are held on a fixed cycle (monthly or quarterly), convened by the lead office with technical, business and security staff. Each produces a report and a list of preventive actions with responsible divisions and deadlines.",
            },
            {
              "zh-CN":
                "跟踪防范措施按期完成率及措施落实后相关指标的变化；每季度评估研判准确性（预判的风险是否发生、实际发生的问题是否已被提前识别），形成评估报告。",
              en: "On-time completion of preventive actions and the change in related indicators afterwards are tracked. Every quarter the department assesses how well its analysis predicted events — whether flagged risks materialised and whether actual problems had been spotted in advance — and writes this up.",
            },
            {
              "zh-CN":
                "运用趋势分析模型或智能分析工具辅助研判，依据评估结果持续改进研判方法；研判成果与上级部门、同类部门共享，形成典型风险清单并每年更新。",
              en: "Trend models or analytical tools support the reviews, and the method is improved in light of the quarterly assessments. Findings are shared with higher-level bodies and similar departments, and a list of typical risks is compiled and updated every year.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "风险研判会议纪要", en: "Minutes of risk review meetings" },
            { "zh-CN": "定期研判报告", en: "Periodic risk analysis reports" },
            {
              "zh-CN": "防范措施清单及落实情况跟踪表",
              en: "List of preventive actions with progress tracking",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "在系统升级、重大活动等关键节点前，由信息中心组织一次专题风险分析，形成书面分析材料。",
              en: "Before key moments such as system upgrades or major events, the IT centre runs a focused risk analysis and puts it in writing.",
            },
            {
              "zh-CN":
                "由归口管理部门建立每月或每季度风险研判会制度，明确参会人员、研判内容和报告格式，对防范措施建立责任清单。",
              en: "The lead office sets up monthly or quarterly risk review meetings with defined attendees, agenda and report format, and assigns every preventive action to an owner.",
            },
            {
              "zh-CN": "建立防范措施落实台账，每季度统计完成率并评估研判准确性，形成评估报告。",
              en: "Keep a tracking log of preventive actions, measure completion and assess how accurate the analysis was each quarter, and write up the results.",
            },
            {
              "zh-CN":
                "引入趋势分析工具辅助研判，根据评估结果改进研判方法，并与上级部门或同类部门定期交流研判成果。",
              en: "Bring in trend-analysis tools, refine the method based on the assessments, and exchange findings regularly with higher-level bodies or similar departments.",
            },
          ],
          source: { section: "三（四）1", quote: "通过数据分析和逻辑推演" },
        },
        {
          code: "MON.2.3",
          text: {
            "zh-CN":
              "对面向公众提供的人工智能服务，是否监测群众评价、投诉和网络舆情，及时发现由人工智能引发的不满或负面反应？",
            en: "For AI services offered to the public, does the department monitor ratings, complaints and online sentiment to pick up dissatisfaction or adverse reactions caused by the AI?",
          },
          help: {
            "zh-CN":
              "适用于12345智能客服、政务服务智能问答、智能导办等直接面向群众和企业的服务；未提供面向公众的人工智能服务的，可选择“不适用”。监测渠道包括服务评价、投诉工单、12345转办记录和网络舆情。",
            en: "Applies to services that deal directly with citizens and businesses, such as 12345 hotline bots, online Q&A assistants and guided-service bots. A department with no public-facing AI service may answer “not applicable”. Channels include service ratings, complaint tickets, 12345 referrals and online sentiment.",
          },
          levels: [
            {
              "zh-CN": "未专门收集群众对人工智能服务的评价和投诉，相关意见混在一般投诉中，无法单独识别。",
              en: "Public feedback on the AI service is not collected separately; it is mixed in with general complaints and cannot be picked out.",
            },
            {
              "zh-CN":
                "服务界面设有满意度评价或投诉入口，业务处室不定期查看，但未对涉及人工智能的投诉单独标识和统计，网络舆情未纳入监测。",
              en: "The service has a rating or complaint button that the business division checks from time to time, but AI-related complaints are not tagged or counted and online sentiment is not monitored.",
            },
            {
              "zh-CN":
                "明确专门处室或岗位负责，对涉及人工智能服务的评价、投诉和舆情单独标识，每周汇总；发现负面意见集中或敏感舆情时按预警规则上报处置。",
              en: "A named division or post is responsible. Ratings, complaints and online comment about the AI service are tagged and summarised every week, and clusters of negative feedback or sensitive posts are escalated under the warning rules.",
            },
            {
              "zh-CN":
                "设定满意度、投诉率、投诉办结时限等指标及目标值，每月统计分析投诉原因分布并报分管领导，据此督促整改。",
              en: "Satisfaction, complaint rate and complaint resolution time have targets. The causes of complaints are analysed monthly and reported to the responsible deputy head, who uses them to drive fixes.",
            },
            {
              "zh-CN":
                "每月依据投诉原因分析更新知识库、答复话术或服务流程，并在次月跟踪相关满意度变化；每半年公开服务改进情况，并与同类热线或服务平台比对。",
              en: "Each month the complaint analysis leads to updates to knowledge bases, scripted replies or service flows, and the effect on satisfaction is checked the following month. Service improvements are published every six months and results are compared with similar hotlines or platforms.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能服务评价与投诉统计表",
              en: "Statistics on ratings and complaints about the AI service",
            },
            {
              "zh-CN": "舆情监测报告或舆情系统截图",
              en: "Online sentiment reports or screenshots of the sentiment-monitoring system",
            },
            { "zh-CN": "涉人工智能投诉处置台账", en: "Log of AI-related complaints and how they were handled" },
          ],
          weight: 1,
          allowNA: true,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "由负责该服务的业务处室在服务界面设置满意度评价和投诉入口，并安排专人定期查看。",
              en: "The business division running the service adds rating and complaint options to the service and assigns someone to check them regularly.",
            },
            {
              "zh-CN":
                "明确归口处室，对涉人工智能的投诉和舆情单独标识、每周汇总，发现负面意见集中或敏感舆情按预警规则上报。",
              en: "Assign a lead division to tag AI-related complaints and online comment, summarise them weekly, and escalate clusters of negative feedback or sensitive posts under the warning rules.",
            },
            {
              "zh-CN": "设定满意度、投诉率等指标及目标值，每月形成投诉原因分析报告报分管领导，建立整改台账。",
              en: "Set targets for satisfaction and complaint rate, send a monthly analysis of complaint causes to the responsible deputy head, and keep a remediation log.",
            },
            {
              "zh-CN":
                "建立“反馈—整改—回访”闭环，依据分析结果持续优化知识库和服务流程，定期公开改进情况并与同类平台比对。",
              en: "Close the loop from feedback to fix to follow-up call: keep improving knowledge bases and service flows based on the analysis, publish improvements periodically and compare results with similar platforms.",
            },
          ],
          source: { section: "三（四）1", quote: "快速识别和预测民众情绪变化" },
        },
      ],
    },
    // ───────────────────────────── MON.3 ─────────────────────────────
    {
      code: "MON.3",
      name: { "zh-CN": "风险外溢防控", en: "Containing risk spillover" },
      description: {
        "zh-CN":
          "识别人工智能风险向群众、行政决策、其他系统和数据环境传导的路径，采取分级管控、熔断降级和数据防泄露措施，避免技术风险过度溢出。",
        en: "Identifying how AI failures could spread to the public, to administrative decisions, to other systems or to data, and containing them through graded controls, shut-off and fallback arrangements, and data-leak prevention.",
      },
      weight: 1,
      questions: [
        {
          code: "MON.3.1",
          text: {
            "zh-CN":
              "是否梳理本部门人工智能风险可能向外传导的路径（如错误答复直达群众、辅助结论进入行政决策、输出数据流入其他系统），并按风险等级采取相应管控措施？",
            en: "Has the department mapped how risks from its AI could spread beyond the system — wrong answers reaching the public, machine-generated conclusions feeding administrative decisions, output flowing into other systems — and applied controls matched to the level of risk?",
          },
          help: {
            "zh-CN":
              "“风险外溢”指人工智能的错误或缺陷超出系统本身，影响群众和企业权益或政府公信力。管控措施包括输出前人工审核、涉及权益的决定须经人工确认、限定使用范围等，场景风险越高，措施应越严。",
            en: "“Spillover” means an AI error or flaw reaching beyond the system itself and affecting the rights of citizens or businesses, or public trust in government. Controls include human review before release, mandatory human sign-off on decisions that affect people's rights, and limits on where a tool may be used; the higher the risk, the stricter the control.",
          },
          levels: [
            {
              "zh-CN": "未分析风险外溢路径，人工智能输出可直接对外发布或直接用于作出决定，没有管控要求。",
              en: "Nobody has looked at how risks could spread; AI output can go straight to the public or straight into decisions, with no controls.",
            },
            {
              "zh-CN":
                "对个别高关注场景（如对外答复、公文起草）提出了人工审核要求，但未系统梳理外溢路径，也未划分风险等级。",
              en: "A few high-profile uses (such as replies to the public or drafting official documents) require human review, but spillover paths have not been mapped systematically and uses are not graded by risk.",
            },
            {
              "zh-CN":
                "对全部在用场景梳理外溢路径并评定风险等级，形成场景风险清单；按等级规定管控措施（如高风险场景输出须经人工确认，涉及行政相对人权益的决定不得由人工智能单独作出），并写入业务流程执行。",
              en: "Every use has been mapped for spillover paths and given a risk rating in a register. Controls are set by rating — for example, high-risk output must be confirmed by staff, and no decision affecting a person's rights may be made by AI alone — and are written into business procedures and followed.",
            },
            {
              "zh-CN":
                "每季度抽查管控措施执行记录（如人工确认记录），统计未经审核外发次数、审核中发现的错误数等指标；场景风险清单每半年复核一次。",
              en: "Control records (such as human sign-offs) are sample-checked every quarter, and indicators such as output released without review and errors caught at review are counted. The risk register is reviewed every six months.",
            },
            {
              "zh-CN":
                "每半年复核时依据检查数据和事件情况调整场景风险等级和管控强度，有记录表明既放宽了低风险场景限制、也收紧了高风险场景要求，兼顾创新与安全；做法形成规范并与其他部门交流。",
              en: "At each six-monthly review, ratings and controls are adjusted in light of inspection data and incidents, with records showing limits eased on low-risk uses as well as tightened on high-risk ones, so that innovation is not stifled. The approach is written up as a standard and shared with other departments.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能应用场景风险清单（含外溢路径和风险等级）",
              en: "Register of AI uses with spillover paths and risk ratings",
            },
            { "zh-CN": "分级管控措施规定", en: "Rules setting controls by risk level" },
            { "zh-CN": "人工审核或人工确认记录", en: "Human review or sign-off records" },
            { "zh-CN": "管控措施执行情况抽查报告", en: "Reports of sample checks on control compliance" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "由业务处室对对外答复、公文起草等高关注场景明确人工审核要求，并留存审核记录。",
              en: "Business divisions require human review for high-profile uses such as replies to the public and drafting official documents, and keep review records.",
            },
            {
              "zh-CN":
                "由归口管理部门组织各处室梳理全部应用场景的外溢路径，评定风险等级，形成场景风险清单，并印发分级管控措施。",
              en: "The lead office has every division map spillover paths for all its AI uses and rate their risk, compiles a risk register, and issues controls by risk level.",
            },
            {
              "zh-CN":
                "每季度抽查人工确认等管控措施执行情况，统计未经审核外发等指标，每半年复核场景风险清单并形成报告。",
              en: "Sample-check compliance with controls such as human sign-off every quarter, count indicators such as output released without review, and review the risk register every six months with a written report.",
            },
            {
              "zh-CN": "依据检查数据和事件情况动态调整风险等级和管控强度，形成分级管控规范并向其他部门推广。",
              en: "Adjust ratings and controls as inspection data and incidents come in, and turn the approach into a standard that other departments can adopt.",
            },
          ],
          source: { section: "四（四）", quote: "管控技术风险外溢" },
        },
        {
          code: "MON.3.2",
          text: {
            "zh-CN":
              "发现人工智能系统异常时，是否能够及时暂停、降级或转由人工处理，并明确由谁决定、如何恢复？",
            en: "When an AI system misbehaves, can the department quickly suspend it, scale it back or switch to staff handling — and is it clear who decides and how service is restored?",
          },
          help: {
            "zh-CN":
              "“熔断”指出现严重问题时立即停止人工智能功能；“降级”指关闭部分功能或改为仅供参考；“人工接管”指业务转由工作人员办理。关键是具备可用的技术手段（如一键关停）、明确的决策授权和恢复条件，并保证业务不中断。",
            en: "“Shut-off” means stopping the AI function at once when something serious happens; “scaling back” means turning off some features or making output advisory only; “manual takeover” means staff handle the work instead. What matters is a working technical means (such as a kill switch), clear authority to use it, set conditions for restoring service, and no break in the service itself.",
          },
          levels: [
            {
              "zh-CN": "没有暂停或切换手段，出现问题须联系供应商处理，停用需要多长时间、由谁决定均不明确。",
              en: "There is no way to pause or switch over. The vendor has to be called, and nobody knows how long stopping the system would take or who would decide.",
            },
            {
              "zh-CN":
                "部分系统可以手动关闭或转人工，但依赖个别技术人员操作，没有书面的触发条件和授权规定，从未测试。",
              en: "Some systems can be switched off or handed to staff, but only particular technical people know how; there are no written triggers or rules on who may authorise it, and it has never been tested.",
            },
            {
              "zh-CN":
                "所有在用系统均具备暂停、降级或转人工的技术手段；书面规定触发条件、决策授权（如由分管领导或值班负责人决定）、操作步骤、替代服务方案和恢复条件，相关人员知晓并能操作。",
              en: "Every system in use can be suspended, scaled back or handed to staff. Written rules set the triggers, who may authorise it (e.g. the responsible deputy head or the duty manager), the steps, the fallback service and the conditions for restoring it, and the staff concerned know them and can carry them out.",
            },
            {
              "zh-CN":
                "设定切换时限目标（如接到指令后30分钟内完成停用或转人工），每年至少测试一次，记录实际用时和业务中断情况，未达标的限期整改。",
              en: "There is a target switch-over time (e.g. suspension or handover to staff within 30 minutes of the order). It is tested at least once a year, actual time and any service disruption are recorded, and shortfalls are fixed by a deadline.",
            },
            {
              "zh-CN":
                "每次测试或实际启用后修订操作规程和替代方案，切换用时稳定达到目标并逐步压缩；将熔断能力作为新系统建设的必备验收条件，并与上级平台、其他部门共享经验。",
              en: "The procedure and fallbacks are revised after every test or real activation, and switch-over time consistently meets the target and keeps coming down. Shut-off capability is a mandatory acceptance criterion for new systems, and lessons are shared with the higher-level platform and other departments.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能系统熔断、降级与人工接管操作规程",
              en: "Procedure for shutting off, scaling back and handing AI systems over to staff",
            },
            { "zh-CN": "一键关停或切换功能截图", en: "Screenshot of the kill switch or switch-over function" },
            { "zh-CN": "切换测试记录（含实际用时）", en: "Switch-over test records, including time taken" },
            {
              "zh-CN": "合同中关于供应商配合停用的条款",
              en: "Contract clauses requiring the vendor to support suspension",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "由信息中心会同供应商确认重点系统的关停和转人工方法，并在值班手册中写明操作步骤和联系人。",
              en: "The IT centre and vendors confirm how key systems can be stopped or handed to staff, and write the steps and contacts into the duty handbook.",
            },
            {
              "zh-CN":
                "为全部在用系统制定熔断、降级与人工接管操作规程，明确触发条件、决策授权、替代服务和恢复条件，并在合同中约定供应商配合义务。",
              en: "Issue a shut-off, scale-back and manual-takeover procedure for every system in use, covering triggers, authority, fallback service and restoration conditions, and put the vendor's duty to cooperate into contracts.",
            },
            {
              "zh-CN": "设定切换时限目标，每年至少开展一次切换测试并记录实际用时，形成测试报告，对不达标项限期整改。",
              en: "Set a target switch-over time, test at least once a year and record the actual time, write a test report, and fix shortfalls by a deadline.",
            },
            {
              "zh-CN": "依据测试和实际启用情况持续优化切换流程，将熔断能力写入新系统验收条件，并向上级平台和其他部门分享经验。",
              en: "Keep improving the switch-over process based on tests and real use, make shut-off capability an acceptance condition for new systems, and share lessons with the higher-level platform and other departments.",
            },
          ],
          source: { section: "四（四）", quote: "避免技术风险过度溢出" },
        },
        {
          code: "MON.3.3",
          text: {
            "zh-CN":
              "是否监测并防范经由人工智能系统发生的数据泄露和越界使用，如将敏感信息输入外部大模型、输出内容暴露个人信息等？",
            en: "Does the department monitor and prevent data leaks and misuse through AI systems — for example staff pasting sensitive material into external large-model tools, or personal information appearing in output?",
          },
          help: {
            "zh-CN":
              "使用人工智能会产生新的数据外流渠道。防范措施包括明确禁止输入的信息类别（涉密、敏感、个人信息等）、网络访问控制、输入输出敏感信息检测与拦截，以及对违规使用的监测和处理。涉密信息处理须严格执行保密管理规定。",
            en: "Using AI opens new routes for data to leave the department. Safeguards include a clear list of information that must never be entered (classified, sensitive, personal data and so on), network access controls, detection and blocking of sensitive content in inputs and outputs, and monitoring of and action on misuse. Classified information remains strictly subject to secrecy rules.",
          },
          levels: [
            {
              "zh-CN":
                "未对人工智能使用中的数据安全提出要求，工作人员可自行使用外部大模型处理工作材料，没有监测手段。",
              en: "No data-security rules apply to AI use. Staff may put work material into any external large-model tool, and nothing is monitored.",
            },
            {
              "zh-CN":
                "发布了使用提醒或通知，禁止将涉密、敏感信息输入外部大模型，但主要依靠工作人员自觉，没有技术检测手段和检查记录。",
              en: "A notice or reminder forbids entering classified or sensitive information into external tools, but compliance relies on staff; there is no technical detection and no inspection record.",
            },
            {
              "zh-CN":
                "制度明确禁止输入的信息类别和允许使用的工具范围；在网络或系统层面部署访问控制及输入输出敏感信息检测、拦截措施；违规事件登记并处理。",
              en: "Policy lists the categories of information that must not be entered and the tools staff may use. Access controls and detection and blocking of sensitive content in inputs and outputs are in place at network or system level, and violations are logged and dealt with.",
            },
            {
              "zh-CN":
                "按月统计拦截次数、违规事件数及处理情况，每半年开展一次专项检查，结果报分管领导并纳入处室考核。",
              en: "Blocked attempts, violations and their handling are counted monthly. A targeted inspection is carried out every six months, reported to the responsible deputy head and counted in division assessments.",
            },
            {
              "zh-CN":
                "依据统计和检查结果每季度更新检测规则和禁止类别，针对高发问题开展专项培训；提供合规的内部替代工具，从源头减少违规使用，并与网信、保密等部门共享典型案例。",
              en: "Detection rules and prohibited categories are updated every quarter from the figures and inspections, with targeted training on recurring problems. Approved in-house tools are provided so staff have no reason to use unapproved ones, and typical cases are shared with the cyberspace and secrecy authorities.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能使用数据安全管理规定（含禁止输入信息类别）",
              en: "Data-security rules for AI use, including prohibited categories of information",
            },
            {
              "zh-CN": "敏感信息检测或拦截系统截图",
              en: "Screenshot of the sensitive-data detection or blocking system",
            },
            { "zh-CN": "违规事件登记台账", en: "Log of violations" },
            { "zh-CN": "数据安全专项检查报告", en: "Report of the targeted data-security inspection" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "由保密管理员和网络安全管理员印发使用提醒，明确禁止将涉密、敏感和个人信息输入外部大模型。",
              en: "The secrecy officer and the network security administrator issue a notice forbidding staff to enter classified, sensitive or personal information into external large-model tools.",
            },
            {
              "zh-CN":
                "由信息中心牵头制定人工智能使用数据安全管理规定，明确可用工具和禁止输入类别，部署访问控制和敏感信息检测拦截措施，建立违规事件台账。",
              en: "The IT centre leads the issue of data-security rules for AI use that list approved tools and prohibited content, deploys access controls and sensitive-data detection and blocking, and sets up a log of violations.",
            },
            {
              "zh-CN": "按月统计拦截和违规情况，每半年开展一次专项检查，形成报告报分管领导并纳入处室考核。",
              en: "Count blocked attempts and violations monthly, run a targeted inspection every six months, and report the results to the responsible deputy head for inclusion in division assessments.",
            },
            {
              "zh-CN":
                "依据统计和检查结果更新检测规则，开展针对性培训，提供合规的内部工具，并与网信、保密部门共享典型案例。",
              en: "Update detection rules based on the figures and inspections, run targeted training, provide approved in-house tools, and share typical cases with the cyberspace and secrecy authorities.",
            },
          ],
          source: { section: "四（四）", quote: "明确数据安全要求" },
        },
      ],
    },
    // ───────────────────────────── MON.4 ─────────────────────────────
    {
      code: "MON.4",
      name: { "zh-CN": "应急处置与复盘改进", en: "Incident response and learning" },
      description: {
        "zh-CN":
          "制定并演练人工智能突发事件应急预案，规范事件登记、报告与处置，开展复盘并将教训反馈到制度规则、监测预警指标和系统改进中。",
        en: "Preparing and rehearsing an emergency plan for AI incidents, recording, reporting and handling incidents in a set way, and reviewing them so that lessons reach the rules, the monitoring and warning indicators, and the systems themselves.",
      },
      weight: 1,
      questions: [
        {
          code: "MON.4.1",
          text: {
            "zh-CN":
              "是否制定人工智能突发事件应急预案（可为专项预案，或网络安全应急预案中的专章），并定期组织演练？",
            en: "Does the department have an emergency plan for AI incidents (standalone, or a dedicated chapter of its cybersecurity emergency plan), and does it rehearse it regularly?",
          },
          help: {
            "zh-CN":
              "人工智能突发事件包括系统大面积错误输出、生成违法或不当内容、数据泄露、服务中断引发群众集中投诉等。预案应明确组织指挥、向上级和相关部门的报告与协同、处置流程和对外沟通口径；演练可采取桌面推演或实战演练。",
            en: "AI incidents include widespread wrong output, unlawful or inappropriate content, data leaks, and outages that set off a wave of public complaints. The plan should set out command arrangements, reporting to and coordination with higher authorities and other bodies, response steps and public messaging. Exercises may be tabletop or live.",
          },
          levels: [
            {
              "zh-CN": "没有涉及人工智能的应急预案，发生事件时临时商量处置。",
              en: "No emergency plan covers AI; if something happens, the response is improvised.",
            },
            {
              "zh-CN":
                "网络安全或信息系统应急预案中提及人工智能系统，或个别系统有供应商提供的应急方案，但未针对错误输出、不当内容等人工智能特有风险作出规定，未组织演练。",
              en: "AI systems are mentioned in the cybersecurity or IT emergency plan, or a vendor has supplied a response plan for one system, but AI-specific risks such as wrong or inappropriate output are not addressed and nothing has been rehearsed.",
            },
            {
              "zh-CN":
                "已印发人工智能突发事件应急预案或专章，明确事件分级、指挥体系、内部报告及向上级和相关部门报告的路径与时限、处置流程、对外沟通口径；每年至少演练一次并形成演练记录。",
              en: "An AI incident plan or chapter has been issued, setting incident levels, the command structure, reporting lines inside the department and to higher authorities and other bodies with time limits, response steps and public messaging. It is rehearsed at least once a year and each exercise is recorded.",
            },
            {
              "zh-CN":
                "每次演练按评估指标（如发现到上报用时、处置完成用时、各环节是否达标）进行评估并形成评估报告；预案按固定周期（如每两年）和重大变化后及时修订。",
              en: "Each exercise is scored against set measures (e.g. time from detection to report, time to resolution, whether each step met its standard) and written up in an evaluation report. The plan is revised on a fixed cycle (e.g. every two years) and after any major change.",
            },
            {
              "zh-CN":
                "依据演练评估和实际事件持续改进预案，演练场景逐年更新以覆盖新型风险；组织或参加跨部门联合演练，向其他部门分享预案和演练经验。",
              en: "Exercise evaluations and real incidents keep improving the plan, and scenarios are refreshed each year to cover new kinds of risk. The department runs or joins cross-department exercises and shares its plan and lessons with others.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能突发事件应急预案（或预案专章）印发文件",
              en: "AI incident emergency plan (or plan chapter) as issued",
            },
            { "zh-CN": "演练方案及演练记录", en: "Exercise plans and records" },
            { "zh-CN": "演练评估报告", en: "Exercise evaluation reports" },
            { "zh-CN": "预案修订记录", en: "Record of plan revisions" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 2,
          actions: [
            {
              "zh-CN": "由信息中心在现有网络安全应急预案中补充人工智能系统相关内容，并收集各系统供应商的应急方案备案。",
              en: "The IT centre adds AI systems to the existing cybersecurity emergency plan and collects each vendor's response plan on file.",
            },
            {
              "zh-CN":
                "由归口管理部门编制并印发人工智能突发事件应急预案（或专章），明确事件分级、指挥体系、报告路径和对外沟通口径，每年至少组织一次演练并形成记录。",
              en: "The lead office drafts and issues an AI incident plan (or chapter) covering incident levels, command structure, reporting lines and public messaging, and runs and records at least one exercise a year.",
            },
            {
              "zh-CN": "制定演练评估指标，每次演练后形成评估报告，按固定周期和重大变化及时修订预案。",
              en: "Set evaluation measures for exercises, write an evaluation report after each one, and revise the plan on a fixed cycle and after major changes.",
            },
            {
              "zh-CN":
                "每年更新演练场景以覆盖新型风险，组织或参加跨部门联合演练，并通过交流会或案例材料分享预案和演练经验。",
              en: "Refresh exercise scenarios every year to cover new risks, run or join cross-department exercises, and share the plan and lessons through exchange meetings or case write-ups.",
            },
          ],
          source: { section: "四（四）", quote: "强化自上而下的系统推动和横向协调协作" },
        },
        {
          code: "MON.4.2",
          text: {
            "zh-CN": "是否对人工智能相关事件和未遂事件统一登记，并按规定时限报告、处置和通报？",
            en: "Are AI-related incidents and near misses recorded in one place, and reported, handled and communicated within set time limits?",
          },
          help: {
            "zh-CN":
              "“事件”包括造成实际影响的错误输出、服务中断、数据泄露等；“未遂事件”指被人工审核或预警及时拦截、未造成影响的问题。统一登记便于统计分析；报告对象包括本部门领导，以及按规定须报告的上级主管部门和网信、公安等部门。",
            en: "Incidents include wrong output that had real effect, outages and data leaks; near misses are problems caught by human review or a warning before they did harm. Recording them in one place makes analysis possible. Reports go to department leaders and, where rules require, to the supervising authority and bodies such as the cyberspace or public security authorities.",
          },
          levels: [
            {
              "zh-CN": "事件由发现人自行处理，不登记、不报告，未遂事件不记录。",
              en: "Whoever finds a problem deals with it; nothing is recorded or reported, and near misses go unnoted.",
            },
            {
              "zh-CN":
                "重大事件有处置记录或情况报告，但一般事件和未遂事件不登记，现有记录分散在各处室或供应商处。",
              en: "Major incidents leave a handling record or report, but minor incidents and near misses are not logged, and the records that exist are scattered across divisions and vendors.",
            },
            {
              "zh-CN":
                "建立统一的人工智能事件台账（含未遂事件），规定登记要素、报告时限（如重大事件发现后1小时内报告分管领导）、处置责任和通报范围，并按规定执行。",
              en: "A single AI incident log, covering near misses too, sets out what must be recorded, reporting deadlines (e.g. major incidents reported to the responsible deputy head within one hour of discovery), who handles what and who must be informed, and it is followed.",
            },
            {
              "zh-CN":
                "按季度统计事件数量和类型、按时报告率、平均处置时长等指标，与目标值比较后报分管领导，对超时事件逐一说明原因。",
              en: "Every quarter, incident numbers and types, on-time reporting and average time to resolve are compared with targets and reported to the responsible deputy head, with an explanation for each late case.",
            },
            {
              "zh-CN":
                "依据季度统计优化处置流程，平均处置时长和同类事件重复发生数逐年下降；按规定将脱敏后的典型事件向上级部门和同行通报，参与区域或行业事件信息共享。",
              en: "The quarterly statistics are used to streamline handling, and average resolution time and the number of repeat incidents fall year on year. Anonymised typical incidents are shared with higher-level bodies and peers as rules allow, and the department takes part in regional or sector incident-sharing.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能事件台账（含未遂事件）", en: "AI incident log, including near misses" },
            { "zh-CN": "人工智能事件报告与处置规定", en: "Rules on reporting and handling AI incidents" },
            { "zh-CN": "事件报告及处置记录", en: "Incident reports and handling records" },
            { "zh-CN": "季度事件统计分析", en: "Quarterly incident statistics and analysis" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "由安全管理员对发生的重大事件形成书面处置记录，报分管领导。",
              en: "The security administrator writes up a handling record for each major incident and sends it to the responsible deputy head.",
            },
            {
              "zh-CN":
                "由归口管理部门制定人工智能事件报告与处置规定，建立统一事件台账，将一般事件和未遂事件一并纳入登记。",
              en: "The lead office issues rules on reporting and handling AI incidents and sets up a single incident log that also captures minor incidents and near misses.",
            },
            {
              "zh-CN": "设定按时报告率、平均处置时长等指标及目标值，每季度统计分析并报分管领导。",
              en: "Set targets for on-time reporting and average time to resolve, and analyse and report them to the responsible deputy head every quarter.",
            },
            {
              "zh-CN": "依据统计结果优化处置流程，定期将脱敏后的典型事件向上级部门和同行通报，参与区域或行业事件信息共享。",
              en: "Use the statistics to streamline incident handling, regularly share anonymised typical incidents with higher-level bodies and peers, and join regional or sector incident-sharing.",
            },
          ],
          source: { section: "四（四）", quote: "对人工智能技术进行有效监管" },
        },
        {
          code: "MON.4.3",
          text: {
            "zh-CN":
              "是否在事件处置和演练后开展复盘，查明根本原因，并将整改措施落实到制度规则、监测预警指标和系统改进中？",
            en: "After incidents and exercises, does the department hold reviews that find root causes, and make sure the resulting fixes reach its rules, its monitoring and warning indicators, and the systems themselves?",
          },
          help: {
            "zh-CN":
              "复盘不止于“问题已解决”，还要回答为何发生、为何未能提前预警、如何防止再次发生。“反馈到规则”指据此修订管理制度、预警阈值、管控措施或采购要求，并跟踪整改是否有效。",
            en: "A review goes beyond “it's fixed”: it asks why it happened, why no warning came first, and how to stop it happening again. Feeding lessons back into the rules means revising policies, warning thresholds, controls or procurement requirements accordingly, and checking that the fixes worked.",
          },
          levels: [
            {
              "zh-CN": "事件处理完即告结束，不开展复盘，没有整改措施。",
              en: "Once an incident is dealt with, that is the end of it; there is no review and no follow-up action.",
            },
            {
              "zh-CN":
                "重大事件后开展了复盘并形成报告或纪要，但整改措施未跟踪落实，未据此修订制度。",
              en: "Major incidents get a review with a report or minutes, but follow-up actions are not tracked and no rules have been changed as a result.",
            },
            {
              "zh-CN":
                "规定重大、较大事件及每次演练后须在限定时间内（如30日内）完成复盘报告，分析根本原因，整改措施列入整改台账并明确责任和期限；涉及制度、阈值或管控措施调整的，按程序修订。",
              en: "Rules require a review report within a set period (e.g. 30 days) after every major or significant incident and every exercise. Root causes are analysed, fixes go into a tracking log with owners and deadlines, and any change needed to rules, thresholds or controls is made through the proper procedure.",
            },
            {
              "zh-CN":
                "跟踪整改按期完成率和同类事件复发率，每半年评估整改成效并报分管领导，对未达预期的措施重新整改。",
              en: "On-time completion of fixes and the repeat rate for similar incidents are tracked. Every six months the effectiveness of the fixes is assessed and reported to the responsible deputy head, and fixes that have not worked are redone.",
            },
            {
              "zh-CN":
                "每年汇总复盘成果，系统修订监测预警和管控规则；吸收上级部门和其他部门的事件教训，编制典型案例汇编并对外分享。",
              en: "Each year, review findings are pulled together to revise the monitoring, warning and control rules as a whole. Lessons from incidents at higher-level bodies and other departments are brought in, and a casebook of typical incidents is compiled and shared.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "事件及演练复盘报告", en: "Post-incident and post-exercise review reports" },
            { "zh-CN": "整改台账及完成情况", en: "Remediation log with completion status" },
            {
              "zh-CN": "依据复盘结论修订的制度或阈值调整记录",
              en: "Rules revised or thresholds changed as a result of reviews",
            },
            { "zh-CN": "典型案例汇编", en: "Casebook of typical incidents" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "由归口管理部门对最近发生的重大事件组织一次复盘，形成复盘报告并提出整改措施。",
              en: "The lead office holds a review of the most recent major incident and produces a review report with follow-up actions.",
            },
            {
              "zh-CN":
                "制定复盘管理要求，规定复盘时限、根因分析方法和整改台账，并明确复盘结论触发制度、阈值和管控措施修订的程序。",
              en: "Issue review requirements setting deadlines, root-cause analysis and a remediation log, and define how review findings trigger changes to rules, thresholds and controls.",
            },
            {
              "zh-CN": "每半年统计整改按期完成率和同类事件复发率，形成整改成效评估报告报分管领导。",
              en: "Every six months, measure on-time completion of fixes and the repeat rate of similar incidents, and send an effectiveness report to the responsible deputy head.",
            },
            {
              "zh-CN": "每年汇总复盘成果系统修订监测预警规则，收集外部事件教训，编制典型案例汇编并向其他部门分享。",
              en: "Each year, use the combined review findings to revise the monitoring and warning rules, gather lessons from incidents elsewhere, and compile and share a casebook with other departments.",
            },
          ],
          source: { section: "四（四）", quote: "制定公开透明的人工智能监管规则体系" },
        },
      ],
    },
  ],
};
