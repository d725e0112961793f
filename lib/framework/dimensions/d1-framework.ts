import type { DimensionInput } from "../schema";

// Dimension 1 — overall AI governance framework (GOV).
// Source: 《人工智能赋能新质生产力的理论逻辑及实践路径》, mainly 四（四） and 三（四）.
export const governanceFrameworkDimension: DimensionInput = {
  code: "GOV",
  name: { "zh-CN": "人工智能总体治理框架", en: "Overall AI governance framework" },
  description: {
    "zh-CN":
      "考察部门是否对所使用的人工智能进行顶层设计和战略规划，治理是否覆盖全部应用、全部要素和全生命周期，是否形成内外统筹协调、上下贯通的工作机制，以及是否有明确的领导机构、责任分工和报告问责安排。",
    en: "Whether the department has a top-level design and strategy for the AI it uses; whether its governance reaches every application, every underlying element and every lifecycle stage; whether AI work is coordinated internally, with higher and lower levels and with other departments; and whether there is a clear lead body, named responsibility, and reporting and accountability.",
  },
  weight: 1,
  indicators: [
    // ─────────────────────────────────────────────────────────────────────
    {
      code: "GOV.1",
      name: { "zh-CN": "顶层设计与战略规划", en: "Top-level design and strategic planning" },
      description: {
        "zh-CN":
          "考察部门是否以规划或实施方案明确人工智能应用与治理的战略态势、基本原则、目标和主要任务，并对创新应用与风险防控作出明确取舍。",
        en: "Whether the department has a plan that sets out its stance, principles, goals and main tasks for using and governing AI, and has made explicit choices about where to adopt AI and where to hold back because of risk.",
      },
      weight: 1,
      questions: [
        {
          code: "GOV.1.1",
          text: {
            "zh-CN": "本部门是否制定并印发人工智能应用与治理的规划或实施方案？",
            en: "Has the department drawn up and formally issued a plan for how it will use and govern AI?",
          },
          help: {
            "zh-CN":
              "规划或实施方案可以是专项文件，也可以是数字政府、信息化规划中的独立章节，但须同时回答“用在哪里”和“如何管理”。本题考察该文件是否存在、由谁审定、是否实际指导年度工作。",
            en: "The plan may be a standalone document or a dedicated chapter of the department's digital-government or IT plan, but it must cover both where AI will be used and how it will be governed. The question asks whether such a plan exists, who approved it, and whether it actually drives the annual work programme.",
          },
          levels: [
            {
              "zh-CN":
                "没有人工智能相关规划或方案；各处室、下属单位自行决定是否引入人工智能工具，事先不报备、不审批。",
              en: "There is no AI plan. Divisions and subordinate units decide for themselves whether to adopt AI tools, without notifying anyone or seeking approval.",
            },
            {
              "zh-CN":
                "有涉及人工智能的书面材料，如信息化规划中的若干条款、个别处室的应用方案或会议纪要，但未经部门统一审定印发，或只覆盖部分业务。",
              en: "Some written material on AI exists — a few clauses in the IT plan, one division's project proposal, or meeting minutes — but it has not been approved and issued for the department as a whole, or it covers only part of the department's business.",
            },
            {
              "zh-CN":
                "在上一级基础上，部门层面的人工智能规划或实施方案经领导班子会议（党组会、局务会等）审定后正式印发，覆盖全部业务领域，同时包含应用发展和治理要求；年度工作要点依据该方案安排人工智能任务。",
              en: "As at the previous level, plus: a department-wide AI plan covering all business areas, and dealing with both adoption and governance, has been approved by the department's leadership meeting (Party group or executive meeting) and formally issued; the annual work programme assigns AI tasks on the basis of it.",
            },
            {
              "zh-CN":
                "在上一级基础上，方案设有量化的年度目标和监测指标（如重点场景上线数、任务完成率），归口管理部门每半年统计执行情况并向领导小组或分管领导书面报告。",
              en: "As at the previous level, plus: the plan has quantified annual targets and monitoring indicators (for example, number of priority use cases live, task completion rate); the lead unit tracks progress every six months and reports in writing to the leading group or the deputy head in charge.",
            },
            {
              "zh-CN":
                "在上一级基础上，每年依据监测结果和上级政策变化对方案进行评估并滚动修订，修订记录可查；与同级部门或先进地区开展对标，相关做法被上级部门或其他单位交流借鉴。",
              en: "As at the previous level, plus: the plan is evaluated every year against the monitoring results and changes in higher-level policy and revised on a rolling basis, with a traceable revision record; the department benchmarks itself against peers or leading regions, and its approach has been shared with or taken up by higher-level or other bodies.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "正式印发的人工智能规划或实施方案（含文号）",
              en: "The AI plan as formally issued (with its document number)",
            },
            {
              "zh-CN": "审定该方案的领导班子会议纪要",
              en: "Minutes of the leadership meeting that approved the plan",
            },
            {
              "zh-CN": "年度工作要点中人工智能任务的相关页",
              en: "The pages of the annual work programme that list AI tasks",
            },
            {
              "zh-CN": "方案执行情况半年报告或年度评估报告",
              en: "Six-monthly progress report or annual evaluation of the plan",
            },
          ],
          weight: 1.5,
          allowNA: false,
          evidenceFromLevel: 2,
          actions: [
            {
              "zh-CN":
                "由办公室牵头、信息中心配合，摸清部门在用和拟引入的人工智能应用，起草规划或实施方案框架稿，报分管领导审阅。",
              en: "The general office, working with the information centre, takes stock of the AI applications in use or planned and drafts an outline plan for the deputy head in charge to review.",
            },
            {
              "zh-CN":
                "由办公室会同业务处室、法规处完善方案，使其覆盖全部业务领域和治理要求，提请领导班子会议审定后印发，并将相关任务纳入年度工作要点。",
              en: "The general office, with the business divisions and the legal affairs division, extends the plan to all business areas and governance requirements, submits it to the leadership meeting for approval, issues it, and writes its tasks into the annual work programme.",
            },
            {
              "zh-CN":
                "由归口管理部门为方案设定年度量化目标和监测指标，建立半年统计、书面报告制度，形成第一份执行情况报告。",
              en: "The lead unit sets quantified annual targets and indicators for the plan, introduces six-monthly tracking and written reporting, and produces the first progress report.",
            },
            {
              "zh-CN":
                "由归口管理部门每年组织方案评估，结合上级政策和对标结果滚动修订，形成评估报告和修订说明，并通过上级部门或交流平台分享经验做法。",
              en: "The lead unit runs an annual evaluation of the plan, revises it in light of higher-level policy and benchmarking, records the findings and changes in an evaluation report, and shares its practice through higher-level bodies or peer networks.",
            },
          ],
          source: { section: "四（四）", quote: "要完善人工智能顶层设计" },
        },
        {
          code: "GOV.1.2",
          text: {
            "zh-CN":
              "规划或方案是否明确基本原则、目标和主要任务，并将任务分解到责任处室和完成时限？",
            en: "Does the plan set out principles, goals and main tasks, and break the tasks down with a responsible division and a deadline for each?",
          },
          help: {
            "zh-CN":
              "基本原则指部门使用人工智能须遵循的底线要求，如安全可控、以人为本、重要决定由人作出；主要任务应形成列明牵头处室和完成时限的任务分工表。本题考察规划内容是否具体到可执行、可检查。",
            en: "Principles are the ground rules the department follows in using AI, such as security and control, putting people first, and keeping significant decisions in human hands. Main tasks should appear in a task list naming the lead division and deadline for each. The question asks whether the plan is specific enough to be carried out and checked.",
          },
          levels: [
            {
              "zh-CN":
                "没有成文的原则、目标或任务；人工智能“可以用于什么、不得用于什么”只停留在口头或个人理解。",
              en: "There are no written principles, goals or tasks; what AI may or may not be used for rests on word of mouth or individual judgement.",
            },
            {
              "zh-CN":
                "部分文件写有原则或目标，但仅为笼统表述（如“积极稳妥推进”），未列出具体任务，或任务没有明确的责任处室和时限。",
              en: "Some documents mention principles or goals, but only in general terms (such as \"proceed actively and prudently\"); no concrete tasks are listed, or tasks have no responsible division or deadline.",
            },
            {
              "zh-CN":
                "在上一级基础上，规划或方案逐条列明基本原则、阶段目标和主要任务，原则中写明不得由人工智能独立作出的决定类型；附任务分工表，每项任务有牵头处室、配合单位和完成时限。",
              en: "As at the previous level, plus: the plan lists principles, phased goals and main tasks item by item, and the principles state which kinds of decision AI must not make on its own; an attached task list gives every task a lead division, supporting units and a deadline.",
            },
            {
              "zh-CN":
                "在上一级基础上，归口管理部门每季度调度任务进展，统计完成率和逾期事项并印发通报；目标设有量化值，年终对照考核。",
              en: "As at the previous level, plus: the lead unit reviews task progress every quarter and circulates a report on completion rates and overdue items; goals carry numerical targets that are assessed at year end.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据调度和考核结果调整任务和目标，对连续两个季度逾期或未达到量化目标的任务分析原因并重新部署；原则条款结合实际案例和上级新规定每年复核更新。",
              en: "As at the previous level, plus: tasks and goals are adjusted on the basis of the progress reviews and year-end assessment; tasks overdue for two consecutive quarters or missing their numerical targets are analysed and re-planned; the principles are reviewed and updated every year in light of real cases and new higher-level rules.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "规划中基本原则、目标和主要任务章节",
              en: "The sections of the plan setting out principles, goals and main tasks",
            },
            { "zh-CN": "任务分工表", en: "Task allocation table" },
            {
              "zh-CN": "季度任务调度通报",
              en: "Quarterly progress reports on tasks",
            },
            {
              "zh-CN": "年终目标考核结果",
              en: "Year-end assessment of results against goals",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "由办公室组织信息中心和主要业务处室研讨，书面提出本部门使用人工智能的基本原则和近期目标，形成讨论稿。",
              en: "The general office convenes the information centre and the main business divisions to agree, in writing, draft principles and near-term goals for the department's use of AI.",
            },
            {
              "zh-CN":
                "由办公室将原则、目标和主要任务写入规划或方案，编制任务分工表明确牵头处室和完成时限，随方案一并印发。",
              en: "The general office writes the principles, goals and main tasks into the plan and issues it with a task allocation table naming the lead division and deadline for each task.",
            },
            {
              "zh-CN":
                "由归口管理部门建立任务季度调度机制，统计完成率和逾期事项并印发通报，将量化目标纳入年度考核。",
              en: "The lead unit introduces quarterly progress reviews, circulates reports on completion and overdue items, and builds the numerical goals into the annual performance assessment.",
            },
            {
              "zh-CN":
                "由归口管理部门每年结合调度、考核结果和典型案例复核原则与任务清单，形成调整说明报领导小组审定。",
              en: "Each year the lead unit reviews the principles and task list against progress data, assessment results and notable cases, and submits the proposed changes to the leading group for approval.",
            },
          ],
          source: { section: "四（四）", quote: "明确战略态势、基本原则、战略目标、主要任务" },
        },
        {
          code: "GOV.1.3",
          text: {
            "zh-CN":
              "本部门是否对人工智能应用的收益与风险作出明确判断，确定哪些业务鼓励使用、哪些审慎使用、哪些不得使用？",
            en: "Has the department made a clear judgement on the benefits and risks of AI, deciding where its use is encouraged, where it calls for caution and where it is not allowed?",
          },
          help: {
            "zh-CN":
              "“战略态势”指部门使用人工智能的总体立场：既不因存在风险而一概不用、抑制创新，也不放任风险外溢。常见做法是按业务风险对应用场景分类，如鼓励类、审慎类（须人工复核）、禁止类（如处理涉密信息、直接作出行政处罚决定）。",
            en: "Strategic stance means the department's overall position on AI: neither refusing it outright because it carries risk, nor letting those risks spill over. A common approach is to classify use cases by business risk — for example encouraged, cautious (human review required) and prohibited (such as handling classified information or issuing administrative penalties directly).",
          },
          levels: [
            {
              "zh-CN":
                "未作判断；是否使用、用在哪里由个人或处室自行决定，领导层未专门研究过。",
              en: "No judgement has been made. Individuals or divisions decide for themselves whether and where to use AI; the leadership has not discussed it.",
            },
            {
              "zh-CN":
                "领导层就人工智能使用作过讨论或表态，或下发过单项提醒（如“不得将工作文件上传公共大模型”的通知），但没有成体系的场景分类。",
              en: "The leadership has discussed AI or stated a position, or a one-off instruction has been issued (for example, a notice not to upload work documents to public large-model services), but there is no systematic classification of use cases.",
            },
            {
              "zh-CN":
                "在上一级基础上，印发人工智能应用场景分类清单（或负面清单），明确鼓励、审慎、禁止使用的业务类型及各类审批或复核要求，各处室和下属单位均已传达；新应用上线前须对照清单完成归类。",
              en: "As at the previous level, plus: a classification of AI use cases (or a negative list) has been issued, stating which kinds of work are encouraged, cautious or prohibited and the approval or review each category requires; it has been communicated to every division and subordinate unit, and every new application must be classified against it before going live.",
            },
            {
              "zh-CN":
                "在上一级基础上，按类别统计应用数量、收益（如节省工时、办件时长缩短）和风险事件，每半年形成收益风险评估报告，提交领导小组审议。",
              en: "As at the previous level, plus: the number of applications, their benefits (such as staff hours saved or shorter case-handling times) and risk incidents are tracked by category, and a benefit-and-risk report goes to the leading group every six months.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据评估结果每年调整分类（如将运行稳定的场景由审慎类调整为鼓励类，或收紧出现问题的场景），调整理由留档；参照上级和其他地区做法校准分类标准。",
              en: "As at the previous level, plus: the classification is adjusted each year on the evidence (for example, moving a use case that has run reliably from cautious to encouraged, or tightening one that has caused problems), with the reasons on file; the criteria are calibrated against higher-level guidance and practice elsewhere.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能应用场景分类清单或负面清单",
              en: "Classification of AI use cases, or negative list",
            },
            {
              "zh-CN": "关于工作人员使用公共大模型的管理通知",
              en: "Notice governing staff use of public large-model services",
            },
            {
              "zh-CN": "收益风险评估报告",
              en: "Benefit-and-risk assessment report",
            },
            {
              "zh-CN": "分类调整记录及理由说明",
              en: "Record of changes to the classification, with reasons",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "由分管领导召集办公室、信息中心和保密办公室专题研究，先行下发关于使用公共大模型等高风险行为的管理通知。",
              en: "The deputy head in charge convenes the general office, the information centre and the state secrets office and, as a first step, issues a notice governing high-risk practices such as using public large-model services.",
            },
            {
              "zh-CN":
                "由信息中心会同法规处、保密办公室编制人工智能应用场景分类清单（含禁止类），经部门审定后印发，并规定新应用上线前须完成归类。",
              en: "The information centre, with the legal affairs division and the state secrets office, draws up a classification of AI use cases (including prohibited uses); once approved it is issued, with a rule that every new application must be classified before going live.",
            },
            {
              "zh-CN":
                "由信息中心按类别统计应用收益和风险事件，每半年编制收益风险评估报告，报领导小组审议。",
              en: "The information centre tracks benefits and risk incidents by category and submits a benefit-and-risk report to the leading group every six months.",
            },
            {
              "zh-CN":
                "由信息中心依据评估结果和对标情况每年修订分类清单，形成修订说明并通报全部门。",
              en: "The information centre revises the classification each year based on the reports and benchmarking, and circulates the changes and reasons to the whole department.",
            },
          ],
          source: { section: "四（四）", quote: "潜在收益与风险进行精准平衡" },
        },
      ],
    },
    // ─────────────────────────────────────────────────────────────────────
    {
      code: "GOV.2",
      name: {
        "zh-CN": "全要素全过程覆盖",
        en: "Coverage of all elements, stages and areas",
      },
      description: {
        "zh-CN":
          "考察部门的人工智能治理是否覆盖全部应用（含下属单位和外购服务）、应用所依赖的数据、算法模型和算力等要素，以及从需求论证、采购建设到下线退役的全生命周期。",
        en: "Whether the department's AI governance reaches every application (including those in subordinate units and bought-in services), the data, models and computing each relies on, and the whole lifecycle from needs assessment and procurement to retirement.",
      },
      weight: 1,
      questions: [
        {
          code: "GOV.2.1",
          text: {
            "zh-CN": "本部门是否建立覆盖全部业务领域的人工智能应用台账，并及时更新？",
            en: "Does the department keep an up-to-date inventory of all the AI applications in use across its business?",
          },
          help: {
            "zh-CN":
              "人工智能应用台账是记录部门全部在用、试点和在建人工智能应用的清单，包括自建系统、外购服务、嵌入其他系统的智能功能（如12345热线智能客服、公文辅助写作、数据分析模型）以及下属单位的应用。每条记录一般包括名称、用途、责任处室、供应商、所用模型和数据、上线时间和当前状态。",
            en: "An AI inventory lists every AI application the department has in service, in pilot or under development: in-house systems, purchased services, AI features built into other systems (such as a 12345 hotline chatbot, drafting assistants or analytics models) and applications run by subordinate units. Each entry usually records the name, purpose, owning division, supplier, model and data used, go-live date and current status.",
          },
          levels: [
            {
              "zh-CN": "没有台账；说不清部门在用多少人工智能应用、分别由谁负责。",
              en: "There is no inventory; nobody can say how many AI applications the department uses or who is responsible for each.",
            },
            {
              "zh-CN":
                "信息中心或个别处室有应用清单（如在信息化项目清单中标注了智能功能），但未覆盖全部处室和下属单位，或超过一年未更新。",
              en: "The information centre or some divisions keep a list (for example, AI features flagged in the IT project register), but it does not cover every division and subordinate unit, or it has not been updated for more than a year.",
            },
            {
              "zh-CN":
                "在上一级基础上，印发台账管理要求，由归口管理部门统一维护覆盖全部处室、下属单位和外购服务的人工智能应用台账，字段统一；应用新增、变更、下线须在规定时限（如30日）内登记。",
              en: "As at the previous level, plus: written inventory rules have been issued, and the lead unit maintains a single inventory with standard fields covering every division, subordinate unit and purchased service; new applications, changes and retirements must be recorded within a set period (for example, 30 days).",
            },
            {
              "zh-CN":
                "在上一级基础上，每季度将台账与信息化项目清单、采购合同和网络资产清单比对核查，统计覆盖率、信息完整率和更新及时率，结果报分管领导。",
              en: "As at the previous level, plus: every quarter the inventory is cross-checked against the IT project register, procurement contracts and network asset list, and coverage, completeness and timeliness rates are reported to the deputy head in charge.",
            },
            {
              "zh-CN":
                "在上一级基础上，针对核查发现的漏报、错报原因改进登记流程（如与采购审批、系统上线流程自动关联），台账与上级部门或本级数据主管部门的目录对接共享。",
              en: "As at the previous level, plus: the causes of missing or wrong entries found in the checks are fixed in the process (for example, by linking registration automatically to procurement approval and go-live sign-off), and the inventory is connected to the catalogue kept by the higher-level department or the local data administration.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能应用台账（导出表格或系统截图）",
              en: "The AI inventory (spreadsheet export or system screenshot)",
            },
            {
              "zh-CN": "台账管理办法或登记要求",
              en: "Inventory rules or registration requirements",
            },
            {
              "zh-CN": "季度比对核查记录及统计结果",
              en: "Quarterly cross-check records and results",
            },
          ],
          weight: 1.5,
          allowNA: false,
          evidenceFromLevel: 2,
          actions: [
            {
              "zh-CN":
                "由信息中心牵头，向各处室和下属单位开展一次人工智能应用摸底，形成初版应用清单。",
              en: "The information centre surveys every division and subordinate unit for the AI applications they use and compiles a first list.",
            },
            {
              "zh-CN":
                "由办公室印发台账管理要求，明确统一字段、登记时限和维护责任，信息中心据此建立覆盖全部门的应用台账。",
              en: "The general office issues inventory rules setting standard fields, registration deadlines and who maintains the inventory; the information centre then builds a department-wide inventory to that standard.",
            },
            {
              "zh-CN":
                "由信息中心每季度将台账与信息化项目清单、采购合同比对，统计覆盖率和更新及时率，形成核查报告报分管领导。",
              en: "Every quarter the information centre cross-checks the inventory against the IT project register and procurement contracts and sends a report on coverage and timeliness to the deputy head in charge.",
            },
            {
              "zh-CN":
                "由信息中心推动台账登记与采购审批、系统上线流程联动，并与本级数据主管部门的目录对接，形成联动机制说明。",
              en: "The information centre links inventory registration to procurement approval and go-live sign-off, connects the inventory to the local data administration's catalogue, and documents how the links work.",
            },
          ],
          source: { section: "三（四）2", quote: "人工智能推动治理体系全域覆盖" },
        },
        {
          code: "GOV.2.2",
          text: {
            "zh-CN":
              "本部门是否对人工智能应用实行从需求论证、采购建设、上线运行到下线退役的全生命周期管理？",
            en: "Does the department manage each AI application across its whole lifecycle — from needs assessment and procurement, through go-live and operation, to retirement?",
          },
          help: {
            "zh-CN":
              "全生命周期管理指在关键环节设置审查关口：立项时论证必要性和风险，采购合同约定数据和模型要求，上线前测试评估，运行中定期复核，下线时处置数据、账号和权限。本题考察这些关口是否有制度规定并实际执行。",
            en: "Lifecycle management means setting checkpoints at key stages: justifying need and risk at approval, writing data and model requirements into procurement contracts, testing before go-live, reviewing periodically in operation, and disposing of data, accounts and access rights at retirement. The question asks whether these checkpoints are set down in rules and actually applied.",
          },
          levels: [
            {
              "zh-CN":
                "人工智能应用按普通信息化项目或个人工具对待，各环节没有针对人工智能的要求；应用停用后不处置数据和账号。",
              en: "AI applications are treated like any other IT project or personal tool, with no AI-specific requirements at any stage; when an application is dropped, its data and accounts are left in place.",
            },
            {
              "zh-CN":
                "部分环节有要求，如个别采购合同写入数据保密条款，或重要系统上线前做过测试，但做法因项目而异，没有统一制度。",
              en: "Some stages have requirements — a few procurement contracts include data confidentiality clauses, or major systems were tested before go-live — but practice varies from project to project and there are no common rules.",
            },
            {
              "zh-CN":
                "在上一级基础上，印发人工智能应用全生命周期管理办法，明确立项论证、采购、上线评估、运行复核、下线退役各环节的审查内容和审批人；所有新项目按办法执行，各环节记录留档。",
              en: "As at the previous level, plus: lifecycle rules for AI applications have been issued, specifying what is checked and who signs off at approval, procurement, pre-launch assessment, operational review and retirement; every new project follows them and each stage is documented.",
            },
            {
              "zh-CN":
                "在上一级基础上，统计各环节执行指标（如上线前评估完成率、按期复核率、下线后数据处置完成率），每半年通报，对未达标项目督促整改。",
              en: "As at the previous level, plus: compliance at each stage is measured (for example, share of applications assessed before go-live, reviews completed on time, data disposed of after retirement) and reported every six months, with follow-up on projects that fall short.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据统计和整改情况每年修订管理办法和审查清单，将运行中发现的问题反馈到立项和采购要求（如更新合同范本条款）。",
              en: "As at the previous level, plus: the rules and checklists are revised every year based on the figures and remediation, and problems found in operation are fed back into approval and procurement requirements (for example, by updating the model contract clauses).",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能应用全生命周期管理办法",
              en: "Lifecycle management rules for AI applications",
            },
            {
              "zh-CN": "某一应用的立项论证、上线评估和运行复核记录",
              en: "Approval justification, pre-launch assessment and operational review records for one application",
            },
            {
              "zh-CN": "应用下线时的数据和账号处置记录",
              en: "Record of data and account disposal when an application was retired",
            },
            {
              "zh-CN": "各环节执行情况半年通报",
              en: "Six-monthly report on compliance at each stage",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "由信息中心会同财务处梳理现有人工智能项目的立项、采购和上线做法，在新签合同中先行加入数据保密和下线处置条款。",
              en: "The information centre and the finance division review how current AI projects were approved, bought and launched, and add data confidentiality and exit clauses to all new contracts straight away.",
            },
            {
              "zh-CN":
                "由信息中心牵头、法规处审核，制定并印发全生命周期管理办法，配套各环节审查清单和合同范本。",
              en: "The information centre drafts lifecycle rules, reviewed by the legal affairs division, and issues them with a checklist for each stage and a model contract.",
            },
            {
              "zh-CN":
                "由信息中心为各环节设置执行指标，每半年统计并印发通报，对未达标项目下达整改通知。",
              en: "The information centre sets compliance measures for each stage, publishes the figures every six months, and issues remediation notices to projects that fall short.",
            },
            {
              "zh-CN":
                "由信息中心每年复盘问题案例，修订管理办法、审查清单和合同范本，形成修订说明。",
              en: "Each year the information centre reviews problem cases, revises the rules, checklists and model contract, and records what changed and why.",
            },
          ],
          source: { section: "四（四）", quote: "可覆盖人工智能全要素、全过程、全领域的治理体系" },
        },
        {
          code: "GOV.2.3",
          text: {
            "zh-CN":
              "治理要求是否覆盖人工智能应用所依赖的数据、算法模型和算力等要素，并明确各要素的管理责任？",
            en: "Do the department's governance rules extend to the data, models and computing resources its AI applications depend on, with someone clearly responsible for each?",
          },
          help: {
            "zh-CN":
              "人工智能应用由数据、算法模型和算力共同支撑，治理不能只管“系统”本身。本题考察部门是否掌握每个应用使用哪些数据（来源、是否含个人信息或敏感数据）、哪个模型及版本、部署在何处（本地、政务云或外部服务），并为这些要素明确管理责任。",
            en: "An AI application rests on data, models and computing power, so governing the \"system\" alone is not enough. The question asks whether the department knows, for each application, which data it uses (source, and whether it includes personal or sensitive data), which model and version, and where it runs (on premises, on the government cloud or as an external service), and whether someone is responsible for each of these.",
          },
          levels: [
            {
              "zh-CN":
                "只把人工智能应用当作整体系统管理，说不清其使用的数据来源、模型版本和部署位置。",
              en: "AI applications are managed only as whole systems; the department cannot say what data sources, model versions or hosting locations they use.",
            },
            {
              "zh-CN":
                "部分重要应用记录了数据来源、模型和部署位置，但记录分散在项目文档或供应商材料中，没有统一要求。",
              en: "Data sources, models and hosting are recorded for some major applications, but the records are scattered across project files and supplier documents, with no common requirement.",
            },
            {
              "zh-CN":
                "在上一级基础上，台账或配套清单为每个应用登记数据来源及敏感级别、模型名称及版本、部署位置，并分别明确数据、模型、算力的责任处室或责任人；更换模型版本或数据来源须事先登记。",
              en: "As at the previous level, plus: for every application, the inventory or a companion register records data sources and sensitivity, model name and version, and hosting location, with a responsible division or person named for the data, the model and the computing; changing a model version or data source must be registered in advance.",
            },
            {
              "zh-CN":
                "在上一级基础上，按要素设定指标并每季度核查，如模型实际版本与登记一致率、敏感数据使用审批率、算力资源使用率，核查结果形成书面报告。",
              en: "As at the previous level, plus: each element has indicators that are checked every quarter — for example, match rate between registered and actual model versions, share of sensitive-data uses with approval, and utilisation of computing resources — with a written report of the results.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据核查结果优化要素管理（如统一模型选型和接入、集约使用政务云算力），相关做法纳入本级数据或算力统筹机制并向其他部门推广。",
              en: "As at the previous level, plus: the findings are used to improve how the elements are managed (for example, standardising model selection and access, and pooling use of government-cloud computing), and the approach has been built into the local data or computing coordination arrangements and shared with other departments.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "含数据、模型、部署信息的台账字段或要素清单",
              en: "Inventory fields or element register showing data, model and hosting details",
            },
            {
              "zh-CN": "模型版本或数据来源变更登记记录",
              en: "Change records for model versions or data sources",
            },
            {
              "zh-CN": "季度要素核查报告",
              en: "Quarterly element check report",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "由信息中心为重点应用补充记录数据来源、模型版本和部署位置，形成要素记录表。",
              en: "The information centre records data sources, model versions and hosting for the key applications in an element register.",
            },
            {
              "zh-CN":
                "由信息中心会同数据管理处室在台账中增设要素字段，印发要素登记和变更报备要求，并明确各要素责任人。",
              en: "The information centre and the data management division add element fields to the inventory, issue rules for registering elements and reporting changes, and name an owner for each element.",
            },
            {
              "zh-CN":
                "由信息中心设定要素核查指标，每季度开展核查并形成书面报告。",
              en: "The information centre sets indicators for each element, checks them every quarter and writes up the results.",
            },
            {
              "zh-CN":
                "由信息中心依据核查结果推动模型统一接入和算力集约使用，形成优化方案并在本级统筹机制中交流推广。",
              en: "Using the findings, the information centre moves to common model access and pooled computing, sets this out in an improvement plan, and shares it through the local coordination arrangements.",
            },
          ],
          source: { section: "三（四）1", quote: "数据、算力和算法结合引起政府决策革命" },
        },
      ],
    },
    // ─────────────────────────────────────────────────────────────────────
    {
      code: "GOV.3",
      name: { "zh-CN": "统筹协调与政策合力", en: "Coordination and policy coherence" },
      description: {
        "zh-CN":
          "考察部门内部各处室之间、上下级之间以及与相关部门之间是否形成人工智能统筹协调机制，相关制度是否相互衔接、形成政策合力。",
        en: "Whether AI work is coordinated across the department's divisions, between levels and with other departments, and whether the relevant rules fit together and reinforce each other.",
      },
      weight: 1,
      questions: [
        {
          code: "GOV.3.1",
          text: {
            "zh-CN":
              "本部门是否建立跨处室的人工智能统筹协调机制，统一调配政策、资金、数据和技术资源？",
            en: "Has the department set up a cross-division mechanism for coordinating AI, so that policy, funding, data and technical resources are planned together?",
          },
          help: {
            "zh-CN":
              "人工智能应用通常涉及业务处室、信息中心、法规、保密、财务（采购）等多个单位。协调机制可以是领导小组下设的工作专班、联席会议或联合审查制度，本题考察其是否定期运转并实际解决问题。",
            en: "AI applications usually involve business divisions, the information centre and the legal, state secrets and finance (procurement) functions. The mechanism may be a working group under the leading group, a joint meeting or a joint review procedure; the question asks whether it meets regularly and actually resolves issues.",
          },
          levels: [
            {
              "zh-CN":
                "没有协调机制；各处室各自建设、各自采购，出现问题时临时找人协商。",
              en: "There is no coordination. Divisions build and buy on their own and sort out problems ad hoc as they arise.",
            },
            {
              "zh-CN":
                "针对个别项目召开过跨处室协调会，或由信息中心非正式牵头沟通，但没有固定机制，会议不形成纪要。",
              en: "Cross-division meetings have been held on particular projects, or the information centre coordinates informally, but there is no standing mechanism and no minutes are kept.",
            },
            {
              "zh-CN":
                "在上一级基础上，以正式文件建立联席会议或工作专班，明确成员单位、召集人和议事规则，按固定周期（如每季度）召开并印发会议纪要；新增人工智能项目须经该机制联合审查，防止重复建设。",
              en: "As at the previous level, plus: a joint meeting or working group has been set up by formal document, with named members, a convener and rules of procedure; it meets on a fixed cycle (for example, quarterly) and issues minutes, and every new AI project goes through its joint review to prevent duplication.",
            },
            {
              "zh-CN":
                "在上一级基础上，跟踪议定事项办结率、联合审查覆盖率、发现的重复建设项目数等指标，每半年向领导小组报告。",
              en: "As at the previous level, plus: indicators such as the share of agreed actions completed, the share of projects jointly reviewed and the number of duplicate projects identified are tracked and reported to the leading group every six months.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据指标结果每年调整机制（成员、议事范围、审查流程），统筹形成部门统一的人工智能基础平台或能力共享目录，供各处室复用。",
              en: "As at the previous level, plus: the mechanism's membership, remit and review process are adjusted each year in light of the indicators, and it has produced a shared AI platform or catalogue of reusable capabilities that divisions draw on.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "建立联席会议或工作专班的文件",
              en: "Document establishing the joint meeting or working group",
            },
            { "zh-CN": "近一年的会议纪要", en: "Minutes from the past year" },
            {
              "zh-CN": "新增项目联合审查记录",
              en: "Joint review records for new projects",
            },
            {
              "zh-CN": "议定事项督办台账",
              en: "Tracker of agreed actions and their status",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "由办公室召集信息中心和主要业务处室召开人工智能协调会，梳理在建和拟建项目，形成会议纪要。",
              en: "The general office convenes the information centre and the main business divisions to go through current and planned AI projects, and records the outcome in minutes.",
            },
            {
              "zh-CN":
                "由办公室起草并印发联席会议（或工作专班）制度，明确成员、召集人、议事规则和新项目联合审查要求，按季度召开。",
              en: "The general office drafts and issues terms of reference for a joint meeting (or working group) — members, convener, rules of procedure and joint review of new projects — and it meets quarterly.",
            },
            {
              "zh-CN":
                "由办公室建立议定事项督办台账，统计办结率和联合审查覆盖率，每半年报告领导小组。",
              en: "The general office keeps a tracker of agreed actions, measures completion and joint-review coverage, and reports to the leading group every six months.",
            },
            {
              "zh-CN":
                "由办公室会同信息中心每年评估机制运行情况并作调整，推动形成能力共享目录并在各处室复用。",
              en: "The general office and the information centre review the mechanism each year, adjust it, and build a catalogue of shared capabilities that divisions reuse.",
            },
          ],
          source: { section: "四（四）", quote: "统筹协调各部门政策资源" },
        },
        {
          code: "GOV.3.2",
          text: {
            "zh-CN":
              "本部门人工智能相关制度是否相互衔接、与上级政策保持一致，形成政策合力？",
            en: "Do the department's AI-related rules fit together and line up with higher-level policy, so that they reinforce rather than contradict one another?",
          },
          help: {
            "zh-CN":
              "人工智能相关要求分散在信息化、数据、网络安全、保密、采购、政务公开等多个制度文件中。本题考察部门是否对这些制度作过系统梳理，消除冲突和空白，并及时对接国家和上级新出台的规定。",
            en: "AI-related requirements are spread across rules on IT, data, cybersecurity, state secrets, procurement and open government. The question asks whether the department has reviewed these rules as a set, removed conflicts and gaps, and kept pace with new national and higher-level requirements.",
          },
          levels: [
            {
              "zh-CN":
                "没有梳理；各处室按各自文件办理，遇到制度冲突或空白时个案处理。",
              en: "No review has been done. Each division follows its own rules and deals with conflicts or gaps case by case.",
            },
            {
              "zh-CN":
                "针对个别问题修订过条款（如在保密制度中补充大模型使用要求），但未对人工智能相关制度作整体梳理。",
              en: "Individual clauses have been amended to deal with specific problems (for example, adding rules on large-model use to the confidentiality policy), but the AI-related rules have not been reviewed as a whole.",
            },
            {
              "zh-CN":
                "在上一级基础上，由法规处牵头编制人工智能相关制度清单并完成一次全面梳理，对冲突和空白条款提出“立改废”意见并落实；新制定涉及人工智能的文件须经合法性和一致性审核。",
              en: "As at the previous level, plus: the legal affairs division has compiled a list of all AI-related rules and reviewed them in full, and its recommendations to draft, amend or repeal provisions have been carried out; any new document touching on AI must pass a legality and consistency review.",
            },
            {
              "zh-CN":
                "在上一级基础上，建立上级政策跟踪机制，规定新规出台后的对接时限（如3个月内完成对照评估），统计对接及时率和冲突条款处理数，每年形成报告。",
              en: "As at the previous level, plus: new higher-level policy is tracked, with a set deadline for assessing the department's rules against it (for example, within three months); the share of assessments done on time and the number of conflicting provisions resolved are reported every year.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据执行反馈每年更新制度清单和审核要点，主动向上级部门反映制度衔接问题并提出建议，有被采纳的记录。",
              en: "As at the previous level, plus: the rules list and review checklist are updated each year from implementation feedback, and the department raises coherence problems with higher-level bodies and makes proposals, some of which have been adopted.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能相关制度清单",
              en: "List of AI-related rules",
            },
            {
              "zh-CN": "制度梳理报告及“立改废”意见",
              en: "Rules review report with draft/amend/repeal recommendations",
            },
            {
              "zh-CN": "涉及人工智能文件的合法性审核意见",
              en: "Legality review opinions on documents that deal with AI",
            },
            {
              "zh-CN": "上级新规对照评估记录",
              en: "Records of assessments against new higher-level rules",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "由法规处收集现行涉及人工智能的制度文件，对已发现的冲突或空白先行修订相关条款。",
              en: "The legal affairs division collects the rules currently in force that touch on AI and amends the provisions where conflicts or gaps are already known.",
            },
            {
              "zh-CN":
                "由法规处牵头、信息中心配合编制制度清单，开展全面梳理，形成“立改废”意见，经部门审定后落实。",
              en: "The legal affairs division, with the information centre, compiles a full list of AI-related rules, reviews them, and carries out the approved draft/amend/repeal recommendations.",
            },
            {
              "zh-CN":
                "由法规处建立上级政策跟踪和对照评估机制，统计对接及时率，形成年度报告。",
              en: "The legal affairs division sets up tracking of higher-level policy with assessments against the department's rules, and reports annually on how promptly this is done.",
            },
            {
              "zh-CN":
                "由法规处每年更新制度清单和审核要点，将制度衔接问题和改进建议书面报送上级部门。",
              en: "Each year the legal affairs division updates the rules list and review checklist and sends written proposals on coherence problems to the higher-level department.",
            },
          ],
          source: { section: "四（四）", quote: "形成强大的政策合力" },
        },
        {
          code: "GOV.3.3",
          text: {
            "zh-CN":
              "本部门是否既向下属单位系统传导人工智能治理要求，又与网信、数据管理等相关部门开展横向协作？",
            en: "Does the department pass AI governance requirements down systematically to its subordinate units, while also working with peer bodies such as the cyberspace and data administration authorities?",
          },
          help: {
            "zh-CN":
              "纵向推动指将上级和本部门的要求传达到下属单位和基层站所，并检查落实；横向协作指与本级网信、数据管理、公安、保密等部门在规则、平台、算力和风险处置上的配合，如共用政务云和大模型平台。没有下属单位的部门，按向内设处室传导的情况作答。",
            en: "Top-down drive means passing higher-level and departmental requirements on to subordinate units and front-line offices and checking they are carried out. Horizontal collaboration means working with the cyberspace, data administration, public security and state secrets authorities at the same level on rules, platforms, computing and incident response — for example, sharing the government cloud and a common large-model platform. Departments without subordinate units should answer for how requirements reach their own divisions.",
          },
          levels: [
            {
              "zh-CN":
                "上级要求收到后仅转发，不跟踪落实；与其他部门没有人工智能方面的工作联系。",
              en: "Higher-level requirements are simply forwarded, with no follow-up; there is no contact with other departments on AI.",
            },
            {
              "zh-CN":
                "通过转发通知或会议部署向下传达要求，偶尔抽查；与个别部门有事务性对接（如申请政务云资源），但没有固定渠道。",
              en: "Requirements are passed down by forwarding notices or at meetings, with occasional spot checks; there is transactional contact with some departments (such as requesting government-cloud resources) but no standing channel.",
            },
            {
              "zh-CN":
                "在上一级基础上，印发面向下属单位的人工智能治理工作要求，明确报告事项和检查方式，每年至少检查一次；与本级网信、数据管理等部门确定固定联络人和协作渠道，新项目优先使用本级共享的政务云、算力和模型平台。",
              en: "As at the previous level, plus: written AI governance requirements for subordinate units set out what they must report and how they will be checked, with at least one inspection a year; there are named contacts and standing channels with the local cyberspace and data administration authorities, and new projects use the shared government cloud, computing and model platforms first.",
            },
            {
              "zh-CN":
                "在上一级基础上，统计下属单位要求落实率、检查问题整改率、共享平台使用比例等指标，每半年通报；与相关部门至少每半年会商一次。",
              en: "As at the previous level, plus: indicators such as subordinate units' compliance rate, the share of inspection findings remedied and the share of applications on shared platforms are published every six months; the department meets the relevant authorities at least every six months.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据指标结果对下属单位分类指导，与相关部门联合开展场景建设或风险处置演练，经验做法在本级或上级交流推广。",
              en: "As at the previous level, plus: guidance to subordinate units is tailored according to the indicators; the department runs joint use-case projects or incident-response exercises with other authorities, and its practice has been shared at its own or a higher level.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "面向下属单位的人工智能治理工作要求或通知",
              en: "AI governance requirements or notice issued to subordinate units",
            },
            {
              "zh-CN": "年度检查报告及问题整改台账",
              en: "Annual inspection report and remediation tracker",
            },
            {
              "zh-CN": "与相关部门的协作协议或会商纪要",
              en: "Cooperation agreement or meeting minutes with other authorities",
            },
            {
              "zh-CN": "共享政务云、算力或模型平台的资源申请记录",
              en: "Requests for shared government-cloud, computing or model-platform resources",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "由办公室在转发上级要求时明确下属单位的反馈时限；由信息中心确定与本级网信、数据管理部门的对接联络人。",
              en: "When forwarding higher-level requirements, the general office sets a deadline for subordinate units to report back; the information centre names contacts for the local cyberspace and data administration authorities.",
            },
            {
              "zh-CN":
                "由办公室印发面向下属单位的人工智能治理工作要求并组织年度检查；由信息中心与相关部门建立固定协作渠道，新项目优先申请共享平台资源。",
              en: "The general office issues AI governance requirements to subordinate units and organises an annual inspection; the information centre sets up standing channels with the other authorities and has new projects apply for shared-platform resources first.",
            },
            {
              "zh-CN":
                "由办公室和信息中心设定落实率、整改率和共享平台使用比例等指标，每半年统计并通报。",
              en: "The general office and the information centre define indicators such as compliance, remediation and shared-platform use, and publish them every six months.",
            },
            {
              "zh-CN":
                "由信息中心牵头与相关部门联合开展场景建设或应急演练，总结形成案例材料报送本级或上级交流。",
              en: "The information centre leads joint use-case projects or incident-response exercises with other authorities and submits a written case study for sharing at its own or a higher level.",
            },
          ],
          source: { section: "四（四）", quote: "强化自上而下的系统推动和横向协调协作" },
        },
      ],
    },
    // ─────────────────────────────────────────────────────────────────────
    {
      code: "GOV.4",
      name: { "zh-CN": "组织保障与问责", en: "Organisation and accountability" },
      description: {
        "zh-CN":
          "考察部门是否明确人工智能工作的领导机构和归口管理部门，是否为每项应用落实责任人，并建立定期报告、考核和问责机制。",
        en: "Whether the department has a body that leads and a unit that coordinates its AI work, a named owner for every application, and routines for reporting, performance assessment and accountability.",
      },
      weight: 1,
      questions: [
        {
          code: "GOV.4.1",
          text: {
            "zh-CN": "本部门是否明确人工智能工作的领导机构和归口管理部门？",
            en: "Has the department designated a body to lead its AI work and a unit responsible for coordinating it?",
          },
          help: {
            "zh-CN":
              "领导机构通常是由主要负责同志或分管领导任组长的领导小组，也可由已有的网络安全和信息化领导小组承担相应职责；归口管理部门负责日常统筹，常由办公室或信息中心承担。本题考察二者是否以正式文件确定并实际履职。",
            en: "The lead body is usually a leading group chaired by the head of the department or the deputy head in charge; an existing cybersecurity and informatisation leading group may take on the role. The lead unit handles day-to-day coordination and is often the general office or the information centre. The question asks whether both are set up by formal document and actually do the job.",
          },
          levels: [
            {
              "zh-CN":
                "没有明确的领导机构或归口管理部门；人工智能事项由提出需求的处室或个人自行处理。",
              en: "There is no designated lead body or lead unit; AI matters are handled by whichever division or person wants the tool.",
            },
            {
              "zh-CN":
                "通过领导分工或内部通知指定某一处室或信息中心负责人工智能相关工作，但未以正式文件明确其职责范围，领导班子也未专题研究过人工智能工作。",
              en: "A division or the information centre has been given responsibility for AI through the leadership's division of duties or an internal notice, but its remit has not been set out in a formal document and the leadership has not discussed AI as a dedicated agenda item.",
            },
            {
              "zh-CN":
                "在上一级基础上，以正式文件成立（或明确）领导小组，由主要负责同志或分管领导任组长，写明归口管理部门及其职责；领导小组每年至少召开一次会议专题研究人工智能工作，有会议纪要。",
              en: "As at the previous level, plus: a formal document establishes (or designates) a leading group chaired by the head or the deputy head in charge and sets out the lead unit and its duties; the leading group meets at least once a year specifically on AI, and minutes are kept.",
            },
            {
              "zh-CN":
                "在上一级基础上，归口管理部门按季度或半年向领导小组提交书面工作报告，领导小组跟踪议定事项办结率；归口管理职责纳入该部门年度绩效考核。",
              en: "As at the previous level, plus: the lead unit submits a written report to the leading group every quarter or six months, the leading group tracks the completion rate of its decisions, and the lead unit's AI duties are part of its annual performance assessment.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据报告和考核结果每年评估领导体制运行效果，相应调整成员和职责分工；组织架构和运行做法向上级或同级部门交流。",
              en: "As at the previous level, plus: each year the leadership arrangements are evaluated against the reports and assessment results and membership and duties adjusted accordingly; the arrangements have been shared with higher-level or peer departments.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "成立或调整领导小组的文件",
              en: "Document establishing or reconstituting the leading group",
            },
            {
              "zh-CN": "归口管理部门职责说明（“三定”规定或内部分工文件）",
              en: "Statement of the lead unit's duties (organisational mandate or internal allocation of duties)",
            },
            {
              "zh-CN": "领导小组专题会议纪要",
              en: "Minutes of leading group meetings on AI",
            },
            {
              "zh-CN": "归口管理部门定期工作报告",
              en: "The lead unit's regular reports",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 2,
          actions: [
            {
              "zh-CN":
                "由办公室提请主要负责同志明确人工智能工作的分管领导和牵头处室，以内部通知形式公布。",
              en: "The general office asks the head of the department to assign a deputy head and a lead division for AI, and announces this in an internal notice.",
            },
            {
              "zh-CN":
                "由办公室起草成立（或调整）领导小组的文件，明确组长、成员和归口管理部门职责，报领导班子会议审定印发，并安排年度专题会议。",
              en: "The general office drafts a document establishing (or reconstituting) the leading group, with its chair, members and the lead unit's duties, submits it to the leadership meeting for approval and issue, and schedules an annual meeting on AI.",
            },
            {
              "zh-CN":
                "由归口管理部门建立向领导小组的季度或半年书面报告制度，人事处将归口管理职责纳入其年度绩效考核。",
              en: "The lead unit begins reporting to the leading group in writing every quarter or six months, and the personnel division adds its AI duties to its annual performance assessment.",
            },
            {
              "zh-CN":
                "由办公室每年评估领导体制运行情况，调整成员和分工，形成评估报告并向上级或同级部门交流。",
              en: "Each year the general office evaluates how the leadership arrangements are working, adjusts membership and duties, and shares its evaluation report with higher-level or peer departments.",
            },
          ],
          source: { section: "四（四）", quote: "建立人工智能总体性治理框架" },
        },
        {
          code: "GOV.4.2",
          text: {
            "zh-CN":
              "每一项人工智能应用是否都明确了业务、技术和安全责任人，做到“谁使用谁负责”？",
            en: "Does every AI application have a named business owner, technical owner and security owner, so that whoever uses it answers for it?",
          },
          help: {
            "zh-CN":
              "业务责任人对应用的用途和输出结果负责（如智能客服的答复内容），技术责任人负责系统和模型的运行维护，安全责任人负责数据安全和网络安全。外购服务的责任不能转移给供应商，部门内须有人对其负责。",
            en: "The business owner answers for what the application is used for and what it produces (for example, what a hotline chatbot tells the public); the technical owner keeps the system and model running; the security owner looks after data and cybersecurity. Responsibility for a purchased service cannot be passed to the supplier: someone in the department must own it.",
          },
          levels: [
            {
              "zh-CN":
                "没有明确责任人；出现问题时难以确定由哪个处室负责，往往归咎于供应商。",
              en: "No owners are named. When something goes wrong it is hard to say which division is responsible, and the supplier usually gets the blame.",
            },
            {
              "zh-CN":
                "部分重要应用在项目文件中写明了负责处室或联系人，但未区分业务、技术和安全责任，或人员变动后未及时更新。",
              en: "Project files name a responsible division or contact for some major applications, but business, technical and security responsibilities are not distinguished, or names are not updated when staff move.",
            },
            {
              "zh-CN":
                "在上一级基础上，印发人工智能应用责任制规定，每项应用在台账中登记业务、技术、安全三类责任人（落实到具体人员），人员变动时在规定时限内更新，责任人签署责任确认书。",
              en: "As at the previous level, plus: written rules on responsibility for AI applications have been issued; for every application the inventory names a business, a technical and a security owner (as individuals), names are updated within a set period when staff change, and each owner has signed an acknowledgement of responsibility.",
            },
            {
              "zh-CN":
                "在上一级基础上，每季度核查责任人登记完整率和更新及时率；每年对责任人履职情况（如按期复核、问题处置）进行考核，结果通报。",
              en: "As at the previous level, plus: the completeness and timeliness of owner records are checked every quarter, and each year owners are assessed on how they have carried out their duties (for example, reviews done on time, problems dealt with), with the results circulated.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据核查和考核结果完善责任清单和履职要求，对履职不到位的典型案例进行通报和复盘，并据此修订责任制规定。",
              en: "As at the previous level, plus: the list of responsibilities and duty requirements are refined using the checks and assessments, notable cases of duties not carried out are circulated and reviewed, and the responsibility rules are revised as a result.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能应用责任制规定",
              en: "Rules on responsibility for AI applications",
            },
            {
              "zh-CN": "台账中责任人字段的截图",
              en: "Screenshot of the owner fields in the inventory",
            },
            {
              "zh-CN": "责任人签署的责任确认书",
              en: "Signed acknowledgements of responsibility",
            },
            {
              "zh-CN": "责任人履职考核结果",
              en: "Results of the owners' performance assessment",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "由信息中心为在用的重要应用逐一确定负责处室和联系人，记入应用清单。",
              en: "The information centre assigns a responsible division and contact to each major application in use and records them in the application list.",
            },
            {
              "zh-CN":
                "由办公室会同信息中心印发应用责任制规定，明确三类责任人职责，在台账中登记到人并组织签署责任确认书。",
              en: "The general office and the information centre issue rules setting out the duties of the three owners, record named owners in the inventory, and have each owner sign an acknowledgement.",
            },
            {
              "zh-CN":
                "由信息中心每季度核查责任人登记情况，人事处每年组织责任人履职考核并通报结果。",
              en: "The information centre checks the owner records every quarter, and the personnel division runs an annual assessment of owners and circulates the results.",
            },
            {
              "zh-CN":
                "由办公室每年汇总核查、考核结果和典型案例，修订责任制规定和履职要求。",
              en: "Each year the general office pulls together the checks, assessments and notable cases and revises the responsibility rules and duty requirements.",
            },
          ],
          source: { section: "四（四）", quote: "政府部门也要注意对人工智能技术进行有效监管" },
        },
        {
          code: "GOV.4.3",
          text: {
            "zh-CN": "本部门是否建立人工智能工作的定期报告、考核和问责机制？",
            en: "Does the department have routines for regularly reporting on, assessing and holding people to account for its AI work?",
          },
          help: {
            "zh-CN":
              "定期报告指归口管理部门和责任人按固定周期向领导层报告应用运行、风险和问题；考核指将人工智能工作纳入处室和下属单位绩效考核；问责指对违规使用或造成不良后果的情形依规追究责任。本题考察三者是否成文并实际运行。",
            en: "Regular reporting means the lead unit and application owners report to the leadership on a fixed cycle on how applications are running, on risks and on problems; assessment means AI work counts in the performance assessment of divisions and subordinate units; accountability means misuse, or use that causes harm, is dealt with under set rules. The question asks whether all three are written down and working.",
          },
          levels: [
            {
              "zh-CN":
                "没有定期报告；人工智能工作不纳入考核，出现问题时没有问责依据。",
              en: "There is no regular reporting; AI work is not part of performance assessment, and there are no grounds for holding anyone to account when things go wrong.",
            },
            {
              "zh-CN":
                "仅在发生问题或上级要求时作专项报告，或在年度总结中简要提及人工智能工作；考核和问责没有专门规定。",
              en: "Reports are made only when a problem occurs or a higher-level body asks, or AI gets a brief mention in the annual summary; there are no specific provisions on assessment or accountability.",
            },
            {
              "zh-CN":
                "在上一级基础上，制度规定归口管理部门至少每半年向领导小组书面报告应用运行、风险事件和整改情况；人工智能工作纳入相关处室和下属单位年度考核；制度写明违规使用情形及问责程序。",
              en: "As at the previous level, plus: written rules require the lead unit to report to the leading group at least every six months on how applications are running, risk incidents and remediation; AI work is included in the annual assessment of the divisions and subordinate units concerned; and the rules define misuse and the accountability procedure.",
            },
            {
              "zh-CN":
                "在上一级基础上，报告使用固定指标（如应用数量、使用量、服务效果、风险事件数、整改完成率），可逐期对比；考核有量化评分标准；问责案件和整改结果有记录可查。",
              en: "As at the previous level, plus: reports use a fixed set of indicators (such as number of applications, usage, service outcomes, risk incidents and remediation completed) that can be compared period to period; the assessment has a numerical scoring scheme; accountability cases and their outcomes are on record.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据历次报告和考核结果每年调整考核指标和权重，对问责案例开展复盘并改进制度；按规定向上级报送或向社会公开相关情况。",
              en: "As at the previous level, plus: the assessment indicators and weights are adjusted every year based on past reports and results, accountability cases are reviewed to improve the rules, and relevant information is reported upward or published as required.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "近两期人工智能工作定期报告",
              en: "The two most recent regular reports on AI work",
            },
            {
              "zh-CN": "绩效考核办法中的人工智能相关指标",
              en: "AI-related indicators in the performance assessment scheme",
            },
            {
              "zh-CN": "问责规定或问责处理记录",
              en: "Accountability rules or records of accountability cases",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "由归口管理部门在年度工作总结中单列人工智能工作情况，发生问题时向分管领导专报。",
              en: "The lead unit gives AI its own section in the annual work summary and reports any problem directly to the deputy head in charge.",
            },
            {
              "zh-CN":
                "由办公室印发定期报告和问责规定，人事处将人工智能工作纳入处室和下属单位年度考核方案。",
              en: "The general office issues rules on regular reporting and accountability, and the personnel division adds AI work to the annual assessment scheme for divisions and subordinate units.",
            },
            {
              "zh-CN":
                "由归口管理部门确定报告的固定指标和模板，人事处制定量化评分标准，建立问责和整改记录台账。",
              en: "The lead unit fixes the indicators and template for its reports, the personnel division sets a numerical scoring scheme, and a register of accountability cases and remediation is kept.",
            },
            {
              "zh-CN":
                "由人事处会同归口管理部门每年复盘考核和问责情况，调整指标和权重，形成复盘报告。",
              en: "Each year the personnel division and the lead unit review the assessment and accountability cases, adjust indicators and weights, and write up the review.",
            },
          ],
          source: { section: "四（四）", quote: "提升政府智能治理效能" },
        },
      ],
    },
  ],
};
