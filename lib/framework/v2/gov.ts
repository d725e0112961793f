import type { DimensionInput } from "../schema";
import { b, c, L, nist, q2, s, scope, SCOPE } from "./build";

// 2.0 dimension GOV — overall AI governance framework (paper 四（四）"一是").
export const gov2: DimensionInput = {
  code: "GOV",
  name: L("人工智能总体治理框架", "Overall AI governance framework"),
  description: L(
    "考察部门是否对所用人工智能作出顶层设计、明确责任、掌握全部应用并实行全生命周期管理，是否集约复用上级和本级统建资源，以及是否与相关部门协同并提升工作人员能力。",
    "Whether the department has a top-level design for the AI it uses, clear responsibilities, a complete view of its applications managed through their lifecycle, reuse of shared higher-level and same-level resources, coordination with other bodies, and capable staff.",
  ),
  weight: 1,
  indicators: [
    {
      code: "GOV.1",
      name: L("顶层设计与场景选择", "Top-level design and choice of use cases"),
      description: L(
        "规划或实施方案、基本原则和人工智能不得独立作出的决定，以及按需求和减负实效选择场景。",
        "The plan, the principles and the decisions AI must not make on its own, and choosing use cases by need and by the burden they remove.",
      ),
      weight: 1,
      questions: [
        q2({
          code: "GOV.1.1",
          text: L(
            "本部门是否印发人工智能应用与治理的规划或实施方案，并据此安排年度工作？",
            "Has the department issued a plan for using and governing AI, and does it plan each year's work from it?",
          ),
          help: L(
            "规划或实施方案可以是专项文件，也可以是数字政府或信息化规划中的独立章节，但须同时写明“用在哪里”和“如何管理”。本题考察方案是否经审定印发并实际指导年度工作。",
            "The plan may be a standalone document or a dedicated chapter of the digital-government or IT plan, but it must say both where AI will be used and how it will be governed. The question asks whether it was approved and issued and whether it actually drives the year's work.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("plan-draft-reviewed", "已形成涉及人工智能应用与治理的书面方案（可为信息化规划中的章节），经分管领导审阅", "A written plan covering AI use and governance exists (it may be a chapter of the IT plan) and the deputy head in charge has reviewed it")],
            3: [
              c("plan-issued", "方案经部门领导班子会议审定后正式印发，覆盖全部业务领域，同时包含应用发展和治理要求", "The leadership meeting has approved the plan and it has been formally issued; it covers all business areas and both adoption and governance"),
              c("plan-annual-tasks", "年度工作要点依据方案列出人工智能任务，每项任务明确牵头处室和完成时限", "The annual work programme lists AI tasks taken from the plan, each with a lead division and a deadline"),
            ],
            4: [c("plan-targets-tracked", "方案设有量化年度目标（如重点场景上线数、任务完成率），执行情况每半年统计一次，纳入人工智能治理报告", "The plan has quantified annual targets (for example, priority use cases live, task completion rate); progress is counted every six months and goes into the AI-governance report")],
            5: [c("plan-annual-revision", "每年对照执行统计和上级政策变化评估方案，形成书面评估意见并据此修订，修订记录可查", "Every year the plan is evaluated against the progress figures and changes in higher-level policy; the written evaluation leads to a revision, and revisions are recorded")],
          },
          evidence: [
            L("正式印发的规划或实施方案（含文号）", "The plan as formally issued (with its document number)"),
            L("审定方案的领导班子会议纪要", "Minutes of the leadership meeting that approved the plan"),
            L("年度工作要点中人工智能任务的相关页", "The pages of the annual work programme that list AI tasks"),
          ],
          source: { section: "四（四）", quote: "要完善人工智能顶层设计" },
          basis: [s("GUIDELINE", "总体要求·系统谋划、集约发展"), b("AISGF_1", "1"), ...nist("GOVERN 1.2", "MAP 1.3")],
        }),
        q2({
          code: "GOV.1.2",
          text: L(
            "本部门是否以书面形式明确使用人工智能的基本原则，以及人工智能不得独立作出的决定类型？",
            "Has the department set down in writing its principles for using AI and the kinds of decision AI must not make on its own?",
          ),
          help: L(
            "指引要求落实大模型“辅助型”定位。基本原则指部门使用人工智能须遵循的底线要求；不得由人工智能独立作出的决定类型应具体到事项类别，便于检查。",
            "The 2025 guideline requires large models to be kept in an assisting role. Principles are the ground rules for using AI; the kinds of decision AI may not make on its own should be named by category so they can be checked.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("principles-written", "已以书面形式（方案、通知或制度）明确使用人工智能的基本原则，包括安全可控、辅助定位和保护个人信息", "Written principles for using AI exist (in the plan, a notice or a rule), covering security and control, the assisting role and protection of personal information")],
            3: [
              c("no-sole-ai-decision-list", "书面列明不得由人工智能独立作出的决定类型，至少包括影响群众、企业权益的决定和以部门名义对外发布的正式意见", "A written list names the kinds of decision AI must not make on its own, including at least decisions affecting citizens' or businesses' rights and formal opinions issued in the department's name"),
              c("principles-approved", "上述原则和清单经部门领导班子审定后印发", "The leadership has approved and issued these principles and the list"),
            ],
            4: [c("principles-compliance-check", "每年抽查在用人工智能应用对原则和清单的执行情况，抽查结果纳入人工智能治理报告", "Every year a sample of AI applications is checked against the principles and the list; the findings go into the AI-governance report")],
            5: [c("principles-review", "每年结合抽查结果、事件和上级要求复核原则和清单，复核结论和修订内容纳入人工智能治理报告", "Every year the principles and the list are reviewed against the check findings, incidents and higher-level requirements; the conclusions and changes go into the AI-governance report")],
          },
          evidence: [
            L("写明基本原则的文件", "The document that sets out the principles"),
            L("不得由人工智能独立作出的决定类型清单", "The list of decisions AI must not make on its own"),
          ],
          source: { section: "四（四）", quote: "明确战略态势、基本原则、战略目标、主要任务" },
          basis: [s("GUIDELINE", "运行管理·辅助型定位"), b("PIPL", "第二十四条"), b("AISGF_1", "6.3 (h) (i)"), ...nist("GOVERN 1.2", "MAP 3.5")],
        }),
        q2({
          code: "GOV.1.3",
          text: L(
            "本部门是否按共性、高频需求和减负实效选择人工智能应用场景，避免为用而用？",
            "Does the department choose AI use cases by common, frequent needs and by the burden they actually remove, rather than using AI for its own sake?",
          ),
          help: L(
            "指引要求统筹减负和赋能，避免盲目追求技术领先、概念创新，防范“数字形式主义”。本题考察新场景立项前是否论证需求、收益、风险和基层负担，不考察场景数量。",
            "The 2025 guideline asks departments to balance relieving burdens with adding capability, not to chase technical novelty, and to guard against \"digital formalism\". The question asks whether new use cases are justified by need, benefit, risk and effect on front-line workload before approval — not how many there are.",
          ),
          scope: scope(SCOPE.all, L("含拟新建和拟推广的场景。", "It includes use cases being planned or scaled up.")),
          criteria: {
            2: [c("scenario-need-statement", "新建或推广人工智能应用前，由提出处室书面说明业务需求和预期收益", "Before an AI application is built or scaled up, the proposing division states the business need and the expected benefit in writing")],
            3: [
              c("scenario-assessment-form", "使用统一的场景论证表，逐项写明需求频次、预期减负或提效、主要风险、所需数据和不使用人工智能的替代方案，经牵头处室审核后方可立项", "A standard use-case form records how often the need arises, the expected burden relief or efficiency gain, the main risks, the data required and the non-AI alternative; the lead division reviews it before approval"),
              c("scenario-burden-check", "论证表写明对基层填报、台账等工作负担的影响，增加负担的须说明理由并经分管领导同意", "The form states the effect on front-line reporting and record-keeping; any added burden must be justified and agreed by the deputy head in charge"),
            ],
            4: [c("scenario-approval-stats", "统计场景立项申请数、通过数和不予立项的理由，每年纳入人工智能治理报告", "Applications, approvals and reasons for rejection are counted and go into the AI-governance report every year")],
            5: [c("scenario-criteria-update", "每年依据已上线场景的成效评估结果修订场景论证表的评价要素，修订记录可查", "Every year the criteria on the use-case form are revised in light of the measured results of live use cases; revisions are recorded")],
          },
          evidence: [
            L("场景论证表（样表及已填写的表）", "The use-case form (template and completed examples)"),
            L("牵头处室审核意见", "The lead division's review notes"),
          ],
          source: { section: "四（四）", quote: "潜在收益与风险进行精准平衡" },
          basis: [s("GUIDELINE", "应用场景"), s("GUIDELINE", "运行管理·统筹减负和赋能"), ...nist("MAP 1.1", "MAP 3.1", "MANAGE 2.1")],
        }),
      ],
    },
    {
      code: "GOV.2",
      name: L("领导机制与责任", "Leadership and responsibility"),
      description: L("分管领导、牵头处室和每个应用的责任人。", "The deputy head in charge, the lead division and the owners of each application."),
      weight: 1,
      questions: [
        q2({
          code: "GOV.2.1",
          text: L(
            "本部门是否明确人工智能工作的分管领导和牵头处室，并由部门领导班子定期研究人工智能工作？",
            "Has the department named a deputy head in charge of AI and a lead division, and does its leadership regularly discuss AI work?",
          ),
          help: L(
            "牵头处室是本部门内负责统筹人工智能工作的处室（科室），可以是办公室、科技信息化处室或数据管理处室。领导班子研究可在党组（党委）会、局务会上进行。",
            "The lead division is the internal division that coordinates AI work — for example the general office, the IT division or the data division. The leadership may discuss AI at its Party group or executive meetings.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("lead-unit-named", "已通过领导分工或内部通知明确分管领导和牵头处室", "The division of leadership duties or an internal notice names the deputy head in charge and the lead division")],
            3: [
              c("lead-unit-mandate", "以正式文件明确牵头处室职责（统筹规划、应用清单、制度建设、监测和报告）以及保密、网络安全、法规等处室的配合职责", "A formal document sets out the lead division's duties (planning, the application inventory, rules, monitoring and reporting) and the supporting duties of the secrecy, cybersecurity and legal divisions"),
              c("leadership-annual-agenda", "部门领导班子每年至少一次专题研究人工智能工作，形成会议纪要", "The leadership discusses AI as a dedicated agenda item at least once a year, with minutes"),
            ],
            4: [c("leadership-decisions-tracked", "领导班子研究人工智能工作形成的决定事项列入督办台账，逐项跟踪办结，办结情况纳入人工智能治理报告", "Decisions from those discussions go on a follow-up list and are tracked to completion; their status goes into the AI-governance report")],
            5: [c("lead-unit-mandate-review", "每年评估牵头处室和配合处室的职责履行情况，依据评估结果调整职责分工或人员配备，调整有文件记录", "Every year the performance of the lead and supporting divisions is evaluated and duties or staffing are adjusted accordingly, with the changes documented")],
          },
          evidence: [
            L("明确分管领导和牵头处室的文件", "The document naming the deputy head in charge and the lead division"),
            L("领导班子专题研究人工智能工作的会议纪要", "Minutes of the leadership's AI agenda item"),
          ],
          source: { section: "四（四）", quote: "建立人工智能总体性治理框架" },
          basis: [b("AISGF_1", "1.3"), b("CSL", "第二十一条（一）"), ...nist("GOVERN 2.1", "GOVERN 2.3")],
        }),
        q2({
          code: "GOV.2.2",
          text: L(
            "本部门每一个在用人工智能应用是否明确业务、技术和安全责任人？",
            "Does every AI application in use have a named business, technical and security owner?",
          ),
          help: L(
            "业务责任人对应用的用途和输出的使用负责，技术责任人对运行维护负责，安全责任人对数据安全和保密负责。三者可以兼任，但须书面明确。",
            "The business owner answers for what the application is used for and how its output is used, the technical owner for running it, and the security owner for data security and secrecy. One person may hold more than one role, but each must be named in writing.",
          ),
          scope: SCOPE.production,
          allowNA: true,
          criteria: {
            2: [c("app-business-owner", "每个在用应用均有明确的业务责任处室", "Every application in use has a named business division")],
            3: [
              c("app-three-owners", "每个在用应用均书面明确业务、技术、安全三类责任人", "Every application in use has a business, a technical and a security owner named in writing"),
              c("app-owner-handover", "责任人岗位调整时，10 个工作日内完成交接并更新责任人名单", "When an owner changes post, the handover is completed and the list of owners updated within 10 working days"),
            ],
            4: [c("app-owner-confirmation", "责任人每半年对所负责应用的运行、问题和整改情况作书面确认，确认情况纳入人工智能治理报告", "Every six months each owner confirms in writing the operation, problems and fixes of their application; the confirmations go into the AI-governance report")],
            5: [c("app-owner-appraisal", "应用责任人的履职情况纳入年度考核内容，考核记录可查", "Owners' performance of these duties is part of their annual appraisal, with records")],
          },
          evidence: [L("应用责任人名单", "The list of application owners"), L("责任人半年确认书", "Owners' six-monthly confirmations")],
          source: { section: "四（四）", quote: "政府部门也要注意对人工智能技术进行有效监管" },
          basis: [b("AISGF_1", "1.3"), ...nist("GOVERN 2.1", "MAP 3.4")],
        }),
      ],
    },
    {
      code: "GOV.3",
      name: L("应用清单、全生命周期与集约复用", "Inventory, lifecycle and shared resources"),
      description: L(
        "掌握全部人工智能应用，按环节管理应用的全生命周期，优先复用上级和本级统建的算力和模型资源。",
        "Knowing every AI application, managing each through its lifecycle, and reusing the compute and models of shared higher-level and same-level platforms first.",
      ),
      weight: 1,
      questions: [
        q2({
          code: "GOV.3.1",
          text: L(
            "本部门是否建立并维护人工智能应用清单，覆盖自建、采购、统建平台开通的应用和工作人员使用的外部工具？",
            "Does the department keep an inventory of its AI applications, covering those built, bought or provided by a shared platform and the external tools staff use?",
          ),
          help: L(
            "应用清单是本部门人工智能治理的基础台账，其他问题中的统计以清单为准。外部人工智能工具应列入清单，便于明确允许使用的范围。",
            "The inventory is the basic register for AI governance; the figures in other questions are counted against it. External AI tools belong on it, so that it is clear which ones are allowed.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("inventory-exists", "牵头处室已汇总本部门在用人工智能应用和外部人工智能工具的名单", "The lead division has compiled a list of the AI applications and external AI tools in use")],
            3: [
              c("inventory-fields", "清单逐项登记用途、责任处室、所用模型及版本、提供方、备案（登记）情况和部署方式", "Each entry records purpose, responsible division, model and version, provider, filing status and deployment mode"),
              c("inventory-change-30d", "应用新增、变更、停用后 30 日内更新清单", "The inventory is updated within 30 days of any application being added, changed or retired"),
            ],
            4: [c("inventory-reconcile", "每半年将清单与采购合同、资产台账和网络访问记录核对，差异逐项说明，核对结果纳入人工智能治理报告", "Every six months the inventory is reconciled with contracts, the asset register and network access records; differences are explained and the result goes into the AI-governance report")],
            5: [c("inventory-linked", "清单与风险分级结果、监测记录关联，可按风险等级、数据类别和提供方检索统计", "The inventory is linked to the risk grading and monitoring records and can be queried by risk level, data category and provider")],
          },
          evidence: [L("人工智能应用清单（含外部工具）", "The AI inventory (including external tools)"), L("半年核对记录", "Six-monthly reconciliation records")],
          source: { section: "四（四）", quote: "构建可覆盖人工智能全要素、全过程、全领域的治理体系" },
          basis: [s("GUIDELINE", "运行管理·全周期管理"), b("AISGF_1", "5.1"), ...nist("GOVERN 1.6")],
        }),
        q2({
          code: "GOV.3.2",
          text: L(
            "本部门是否对人工智能应用的立项、采购、上线、运行复核和下线作出规定并执行？",
            "Has the department set rules for approving, procuring, launching, reviewing and retiring AI applications, and does it follow them?",
          ),
          help: L(
            "全生命周期管理办法可单独制定，也可纳入信息化项目管理制度，但须写明人工智能应用各环节的审批主体和材料。风险分级和高风险审批见风险评估相关问题。",
            "The lifecycle rules may stand alone or be part of the IT project rules, but they must name who approves each stage of an AI application and what papers are needed. Risk grading and approval of high-risk use cases are asked about separately.",
          ),
          scope: SCOPE.production,
          allowNA: true,
          criteria: {
            2: [c("lifecycle-launch-approval", "应用上线前经分管领导书面同意", "The deputy head in charge agrees in writing before an application goes live")],
            3: [
              c("lifecycle-rules", "印发人工智能应用管理办法，规定立项、采购、上线、运行复核、下线各环节的审批主体和材料要求", "Issued rules set out who approves, and with what papers, each stage: approval, procurement, launch, operational review and retirement"),
              c("lifecycle-decommission", "应用下线时按办法完成数据移交或删除、账号和接口关停，并留存记录", "When an application is retired, data are handed over or deleted and accounts and interfaces closed as the rules require, with records"),
            ],
            4: [c("lifecycle-annual-review", "每个在用应用每年至少完成一次运行复核，复核完成率纳入人工智能治理报告", "Each application in use has an operational review at least once a year; the completion rate goes into the AI-governance report")],
            5: [c("lifecycle-rules-revision", "每年依据复核、事件和审批记录评估管理办法的执行情况，修订内容经部门领导班子审定", "Every year the rules are evaluated against review, incident and approval records, and changes are approved by the leadership")],
          },
          evidence: [L("人工智能应用管理办法", "The AI application rules"), L("上线审批和下线记录", "Launch approvals and retirement records")],
          source: { section: "四（四）", quote: "可覆盖人工智能全要素、全过程" },
          basis: [s("GUIDELINE", "运行管理·全周期管理"), s("TC260_004", "范围"), b("CSL", "第三十三条"), ...nist("GOVERN 1.7", "MANAGE 1.1")],
        }),
        q2({
          code: "GOV.3.3",
          text: L(
            "本部门新建人工智能应用是否优先复用上级或本级统建的算力和模型资源，避免重复建设、形成“模型孤岛”？",
            "When the department builds a new AI application, does it first reuse the compute and models of shared higher-level or same-level platforms, avoiding duplicate builds and isolated models?",
          ),
          help: L(
            "指引要求地市在省级统一要求下开展部署，县级及以下原则上复用上级的智能算力和模型资源，探索“一地建设、多地多部门复用”，防止形成“模型孤岛”。",
            "The 2025 guideline has cities deploy under provincial requirements and counties, as a rule, reuse the compute and models of the level above; it encourages \"build once, reuse in many places and departments\" and warns against isolated models.",
          ),
          helpVariants: {
            upperOnly: L(
              "本部门应用全部依托上级或本级统建平台的，第三级重点看是否按平台要求申请开通、未另行自建；第四、五级看复用统计和向平台的书面反馈。",
              "Where all the department's applications run on a shared higher-level or same-level platform, level 3 is about applying through the platform and not building separately; levels 4 and 5 are about the reuse figures and written feedback to the platform.",
            ),
          },
          scope: scope(SCOPE.all, L("“统建平台”指上级部门或本级政府统一建设、向多个部门提供算力或模型服务的平台。", "A shared platform is one built by a higher-level body or the same-level government that provides compute or models to several departments.")),
          criteria: {
            2: [c("reuse-check-before-build", "新建应用前，牵头处室查询上级和本级统建平台是否已提供可用的算力、模型或同类应用", "Before a new application is built, the lead division checks whether shared higher-level or same-level platforms already offer suitable compute, models or a similar application")],
            3: [
              c("reuse-justification", "确需自建或另行采购的，书面说明不能复用的理由，经牵头处室审核、分管领导同意，审核记录可查", "Where the department must build or buy separately, it records why reuse is not possible; the lead division reviews and the deputy head in charge agrees, with records"),
              c("reuse-platform-standards", "自建应用按统建平台公布的接口和安全要求建设，具备接入统建平台的条件", "Applications built in-house follow the shared platform's published interface and security requirements so that they can be connected to it"),
            ],
            4: [c("reuse-ratio", "统计在用应用中复用统建平台资源的比例和自建理由分类，每年纳入人工智能治理报告", "The share of applications reusing shared platforms and the reasons for separate builds are counted and go into the AI-governance report every year")],
            5: [c("reuse-feedback", "每年向上级或本级统建平台书面反馈本部门的需求和使用问题，反馈记录留存", "Every year the department sends the shared platform written feedback on its needs and problems, and keeps a record")],
          },
          evidence: [L("复用查询和不能复用理由的审核记录", "Records of reuse checks and of reviewed reasons for separate builds"), L("向统建平台的书面反馈", "Written feedback to the shared platform")],
          source: { section: "四（四）", quote: "强化自上而下的系统推动和横向协调协作" },
          basis: [s("GUIDELINE", "规范部署·集约部署"), s("GUIDELINE", "总体要求·系统谋划、集约发展"), ...nist("MANAGE 2.1")],
        }),
      ],
    },
    {
      code: "GOV.4",
      name: L("协同与能力", "Coordination and capability"),
      description: L("与网信、保密、数据管理等部门和上级的协同，以及工作人员的培训。", "Coordination with cyberspace, secrecy and data authorities and the level above, and training of staff."),
      weight: 1,
      questions: [
        q2({
          code: "GOV.4.1",
          text: L(
            "本部门是否与网信、保密、数据管理等部门及上级主管部门建立人工智能工作的沟通协调机制？",
            "Does the department have working arrangements with the cyberspace, secrecy and data authorities and with its higher-level authority on AI?",
          ),
          help: L(
            "数据管理部门本身作答时，“数据管理部门”指本部门内负责数据工作的处室。本题考察事前征求意见和落实上级部署的机制，不考察会议次数。",
            "Where the data authority itself answers, \"data authority\" means its own data division. The question is about consulting before acting and carrying out higher-level instructions, not about the number of meetings.",
          ),
          helpVariants: {
            noSubordinates: L(
              "本部门无下属单位或下辖地区对口部门的，第五级按“每年与同级相关部门开展一次工作会商并形成纪要”作答。",
              "Where the department has no subordinate units or counterpart departments below it, answer level 5 by the yearly joint working session with peer departments, with minutes.",
            ),
          },
          scope: SCOPE.all,
          criteria: {
            2: [c("coord-contacts", "已明确与网信、保密、数据管理部门和上级主管部门对接人工智能工作的联系人", "Contacts for AI matters with the cyberspace, secrecy and data authorities and the higher-level authority are named")],
            3: [
              c("coord-consult-rule", "制度规定：新场景立项、处理重要数据或个人信息、对外服务上线前，事前征求保密、网络安全和数据管理相关部门或处室意见，意见及采纳情况留存", "Rules require the secrecy, cybersecurity and data bodies or divisions to be consulted before a new use case is approved, important data or personal information are processed, or a public service goes live; their views and the response are kept"),
              c("coord-upper-directives", "上级人工智能工作部署列入台账，逐项明确落实处室和时限", "Higher-level instructions on AI are logged, each with a responsible division and deadline"),
            ],
            4: [c("coord-stats", "统计征求意见事项数、意见采纳情况和上级部署落实率，每年纳入人工智能治理报告", "Consultations, how views were taken up and the rate of completion of higher-level instructions are counted and go into the AI-governance report every year")],
            5: [c("coord-guidance-below", "每年向下属单位或下辖地区对口部门开展至少一次人工智能工作业务指导，无下属单位的每年与同级相关部门开展一次工作会商，均形成纪要", "Every year the department gives at least one round of guidance on AI to its subordinate units or counterpart departments below, or, with none, holds one working session with peer departments; minutes are kept")],
          },
          evidence: [L("联系人名单和征求意见记录", "Contact list and consultation records"), L("上级部署落实台账", "The log of higher-level instructions")],
          source: { section: "四（四）", quote: "统筹协调各部门政策资源" },
          basis: [s("GUIDELINE", "总体要求·共建共享、高效协同"), b("AISGF_1", "1.3"), ...nist("GOVERN 4.2")],
        }),
        q2({
          code: "GOV.4.2",
          text: L(
            "本部门是否对使用人工智能的工作人员开展培训，使其掌握保密要求、能力局限和人工复核方法，防范过度依赖人工智能？",
            "Does the department train staff who use AI in secrecy rules, AI's limits and how to check its output, so that they do not over-rely on it (automation bias)?",
          ),
          help: L(
            "自动化偏见是指使用人倾向于不加核对地接受人工智能输出。培训可纳入干部教育培训计划，也可由牵头处室组织专题培训。",
            "Automation bias is the tendency to accept AI output without checking it. Training may be part of the staff training plan or a dedicated session run by the lead division.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("training-notice", "已向工作人员书面告知使用人工智能的保密纪律和“人工智能输出须经人工核对”的要求", "Staff have been told in writing the secrecy rules for AI and that AI output must be checked by a person")],
            3: [
              c("training-annual", "每年至少组织一次人工智能使用培训，内容包括保密纪律、幻觉和能力局限、自动化偏见及人工核对方法，参训记录可查", "At least once a year staff are trained in using AI — secrecy rules, hallucination and other limits, automation bias and how to check output — with attendance records"),
              c("training-before-access", "开通人工智能应用或外部工具账号前，使用人须完成培训或签署使用承诺", "Before an account for an AI application or external tool is opened, the user completes training or signs a user commitment"),
            ],
            4: [c("training-coverage-stats", "统计使用人员培训覆盖率和考核通过率，每年纳入人工智能治理报告", "Training coverage of users and test pass rates are counted and go into the AI-governance report every year")],
            5: [c("training-content-update", "每年依据事件和人工核对中发现的过度依赖问题更新培训内容和案例，更新记录可查", "Every year course content and cases are updated from incidents and over-reliance found during checks, with records")],
          },
          evidence: [L("培训通知、课件和签到表", "Training notices, materials and attendance sheets"), L("使用承诺书", "Signed user commitments")],
          source: { section: "四（四）", quote: "对人工智能技术进行有效监管" },
          basis: [b("DSL", "第二十七条"), b("PIPL", "第五十一条（四）"), b("AISGF_1", "6.3 (h) (i)"), ...nist("GOVERN 2.2", "MAP 3.4")],
        }),
      ],
    },
  ],
};
