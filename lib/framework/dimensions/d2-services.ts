import type { DimensionInput } from "../schema";

// Dimension 2 — 智能化政务服务效能 / Smart government service efficiency.
// Source: paper sections 三（四）1–2 and 四（四）“二是要及时提升政府智能化服务效能”.
export const smartServiceDimension: DimensionInput = {
  code: "SVC",
  name: { "zh-CN": "智能化政务服务效能", en: "Smart government service efficiency" },
  description: {
    "zh-CN":
      "考察部门运用人工智能推动政务系统和业务流程智能化转型、以数据驱动决策、提供智能公共服务和开展精细化治理的情况，以及在应用全过程中统筹技术收益与风险的能力。",
    en: "How the department uses AI to transform its systems and workflows, base decisions on data, deliver smart public services and govern in a more targeted way — and how it weighs the benefits of each AI use against its risks.",
  },
  weight: 1,
  indicators: [
    // ───────────────────────────── SVC.1 ─────────────────────────────
    {
      code: "SVC.1",
      name: { "zh-CN": "政务系统与流程智能化", en: "AI in government systems and workflows" },
      description: {
        "zh-CN":
          "部门是否统筹规划人工智能在政务系统和业务流程中的应用，引入时同步优化流程、明确人机分工，并对效能提升进行量化评估。",
        en: "Whether the department plans AI use across its systems and workflows as a whole, redesigns processes and the split of work between system and staff when it introduces AI, and measures the gains.",
      },
      weight: 1,
      questions: [
        {
          code: "SVC.1.1",
          text: {
            "zh-CN": "本部门是否对政务系统和业务流程中的人工智能应用场景进行统一梳理和规划，并建立应用台账？",
            en: "Has the department mapped and planned where AI is used across its systems and business processes, and does it keep a register of its AI applications?",
          },
          help: {
            "zh-CN":
              "人工智能应用台账指逐项记录本部门在用和拟建人工智能应用的清单，至少包括应用名称、所属业务、责任处室、技术来源（自建、采购或上级平台提供）、上线时间和当前状态。本题考察应用是否由部门统筹规划，而非各处室自行零散引入。",
            en: "An AI application register lists every AI application the department runs or plans, with at least its name, the work it supports, the owning division, where the technology comes from (built in-house, bought, or provided by a higher-level platform), go-live date and current status. The question asks whether AI use is planned by the department as a whole rather than picked up piecemeal by individual divisions.",
          },
          levels: [
            {
              "zh-CN":
                "人工智能应用由各处室自行引入，部门层面没有应用清单，无法说清本部门在用哪些人工智能应用、分别由谁负责。",
              en: "Divisions adopt AI tools on their own. There is no department-level list, and no one can say which AI applications are in use or who owns each of them.",
            },
            {
              "zh-CN":
                "信息中心或个别处室整理过人工智能应用清单，但未覆盖全部处室，也没有固定的更新机制；部分应用在工作计划或项目立项材料中有书面说明。",
              en: "The IT centre or some divisions have compiled a list of AI applications, but it does not cover every division and is not updated on a set schedule; some applications are described in work plans or project approval documents.",
            },
            {
              "zh-CN":
                "部门印发人工智能应用规划或年度工作方案，明确重点应用场景和建设先后次序；建立覆盖全部处室的应用台账，由归口管理处室维护，应用新增、变更、停用均须按规定程序登记。",
              en: "The department has issued an AI application plan or annual work plan that sets out priority use cases and the order in which they will be built; a register covering every division is kept by a designated lead division, and every new, changed or retired application must be recorded through a set procedure.",
            },
            {
              "zh-CN":
                "在上述基础上，台账至少每季度核对更新一次，并统计应用数量、覆盖业务事项比例、规划任务完成率等指标；分管领导每年审阅规划执行情况并签署书面意见。",
              en: "In addition, the register is reconciled at least quarterly and tracked with indicators such as the number of applications, the share of business items covered and the completion rate of planned tasks; the deputy head in charge reviews delivery of the plan every year and signs off written conclusions.",
            },
            {
              "zh-CN":
                "在上述基础上，部门依据台账统计和执行评估结果每年滚动修订规划，合并重复建设、停用低效应用，且有修订记录；台账与政务数据主管部门平台对接共享，规划做法在系统内交流或被其他部门借鉴。",
              en: "In addition, the department revises the plan every year using register data and delivery reviews, merging duplicate builds and retiring low-value applications, with each revision recorded; the register is linked to the government data authority's platform, and the department's planning approach has been presented within its system or adopted by other departments.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能应用规划或年度工作方案", en: "AI application plan or annual work plan" },
            {
              "zh-CN": "人工智能应用台账（含责任处室、技术来源和状态）",
              en: "AI application register (showing owning division, technology source and status)",
            },
            {
              "zh-CN": "台账季度更新记录或规划执行评估报告",
              en: "Quarterly register updates or a review of plan delivery",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "信息中心牵头向各处室征集在用和拟建的人工智能应用，汇总形成首份应用清单，报分管领导审阅。",
              en: "The IT centre collects, from every division, the AI applications in use or planned and compiles a first list for the deputy head in charge to review.",
            },
            {
              "zh-CN":
                "办公室会同信息中心起草并印发人工智能应用规划或年度工作方案，明确归口管理处室，建立覆盖全部处室的应用台账及新增、变更、停用登记程序。",
              en: "The General Office and the IT centre draft and issue an AI application plan or annual work plan, name a lead division, and set up a department-wide register with a procedure for recording new, changed and retired applications.",
            },
            {
              "zh-CN": "归口管理处室设定台账和规划执行指标，每季度核对更新台账，每年向分管领导提交规划执行评估报告。",
              en: "The lead division defines indicators for the register and for plan delivery, reconciles the register every quarter and submits an annual delivery review to the deputy head in charge.",
            },
            {
              "zh-CN":
                "依据评估结果每年滚动修订规划，清理重复和低效应用；将台账与政务数据主管部门平台对接，并在系统内交流规划做法。",
              en: "Revise the plan every year in light of the review and retire duplicate or low-value applications; link the register to the data authority's platform and share the planning approach with peer departments.",
            },
          ],
          source: { section: "四（四）2", quote: "推动政府智能化、智慧化建设进程" },
        },
        {
          code: "SVC.1.2",
          text: {
            "zh-CN": "引入人工智能应用时，本部门是否同步梳理和优化相关业务流程，明确人机分工、人工复核环节和责任岗位？",
            en: "When it introduces an AI application, does the department review and redesign the affected workflow at the same time, setting out what the system does, what staff do, where human review takes place and who is accountable?",
          },
          help: {
            "zh-CN":
              "流程智能化不是在原流程上简单叠加一个工具，而是重新确定哪些环节由系统完成、哪些必须人工复核、出现问题由谁负责。人工复核环节指工作人员对系统输出进行确认、修改或否决的节点。",
            en: "Making a workflow smart is not just bolting a tool onto the existing process; it means deciding which steps the system performs, which must be checked by staff and who answers for problems. A human review point is a step where staff confirm, correct or reject what the system has produced.",
          },
          levels: [
            {
              "zh-CN":
                "人工智能工具直接叠加在原有流程上，没有流程图或书面说明，哪些环节由系统完成、由谁把关取决于经办人员个人习惯。",
              en: "AI tools are simply added to the existing workflow with no process map or written description; which steps the system handles and who checks its output depends on individual staff habits.",
            },
            {
              "zh-CN":
                "部分应用在立项或上线时编制了流程说明或操作手册，写明系统承担的环节和人工复核要求；其他应用没有，部门也无统一要求。",
              en: "For some applications, a process description or user manual written at approval or go-live states which steps the system performs and what human review is required; other applications have none, and there is no department-wide requirement.",
            },
            {
              "zh-CN":
                "部门规定人工智能应用上线前须完成流程梳理，形成更新后的流程图和人机分工说明，明确人工复核节点及责任岗位，并由业务处室负责人签字确认；所有在用应用均有上述文件，实际办理与文件一致。",
              en: "Department rules require a workflow review before any AI application goes live, producing an updated process map and a statement of the division of work between system and staff that names the human review points and accountable posts, signed off by the head of the business division; every application in use has these documents and actual practice matches them.",
            },
            {
              "zh-CN":
                "在上述基础上，对改造后的流程统计办理时长、环节数量、人工复核发现的差错率等指标，与改造前基线对比，至少每半年形成一次分析报告。",
              en: "In addition, each redesigned workflow is tracked against its pre-change baseline on indicators such as processing time, number of steps and the error rate caught at human review, with an analysis report at least every six months.",
            },
            {
              "zh-CN":
                "在上述基础上，部门根据指标分析调整人机分工和复核节点（如对差错率高的环节加强复核、对长期稳定的环节简化流程），每次调整有记录；典型流程再造案例在系统内推广或被上级部门采纳。",
              en: "In addition, the department adjusts the division of work and review points based on the indicators — for example adding review where error rates are high and simplifying steps that have long proved stable — and records each change; its best redesign cases have been rolled out across its system or adopted by higher-level authorities.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "改造前后的业务流程图", en: "Process maps before and after the change" },
            {
              "zh-CN": "人机分工及人工复核节点说明（含业务处室负责人签字）",
              en: "Statement of the system/staff division of work and human review points, signed by the business division head",
            },
            { "zh-CN": "流程改造前后效能对比分析报告", en: "Before-and-after performance analysis of the redesigned workflow" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "业务处室会同信息中心为主要在用人工智能应用补写流程说明，标明系统承担的环节和人工复核要求。",
              en: "Business divisions, working with the IT centre, write process descriptions for the main AI applications in use, marking which steps the system performs and where staff must check its output.",
            },
            {
              "zh-CN":
                "办公室牵头印发人工智能应用流程梳理要求，将流程图、人机分工说明和业务处室负责人签字确认列为上线前置条件，并限期为存量应用补齐。",
              en: "The General Office issues a requirement that makes a process map, a system/staff division-of-work statement and sign-off by the business division head preconditions for go-live, and sets a deadline for existing applications to comply.",
            },
            {
              "zh-CN": "信息中心为改造后的流程建立办理时长、环节数、差错率等指标及改造前基线，每半年形成对比分析报告。",
              en: "The IT centre sets indicators — processing time, number of steps, error rate — with pre-change baselines for each redesigned workflow, and produces a comparison report every six months.",
            },
            {
              "zh-CN": "业务处室依据分析报告调整人机分工和复核节点并登记变更，每年遴选典型案例在系统内交流推广。",
              en: "Business divisions adjust the system/staff split and review points based on the reports, log each change, and each year put forward their best cases to share across the system.",
            },
          ],
          source: { section: "四（四）2", quote: "驱动政务系统、政务流程的智能化转型" },
        },
        {
          code: "SVC.1.3",
          text: {
            "zh-CN": "本部门是否对人工智能应用带来的政务效能变化进行量化评估，并据此决定应用的推广、调整或停用？",
            en: "Does the department measure how its AI applications change the speed and quality of its work, and use the results to decide whether to expand, adjust or retire them?",
          },
          help: {
            "zh-CN":
              "政务效能可用办理时长、人均处理量、一次办结率、差错率、群众满意度等指标衡量。本题关注是否有上线前后的对比数据及其使用情况，而不是只有建设情况的描述。",
            en: "Performance can be measured by processing time, cases handled per staff member, first-time resolution rate, error rate or user satisfaction. The question looks for before-and-after data and how it is used, not just an account of what was built.",
          },
          levels: [
            {
              "zh-CN": "未对人工智能应用效果开展评估，工作总结中只有“提高了效率”等定性表述，没有数据支撑。",
              en: "No one assesses what AI applications achieve; work reports say things like 'efficiency has improved' with no figures behind them.",
            },
            {
              "zh-CN":
                "个别应用在验收或年度总结中提供了使用量、办理时长等数据，但统计口径不一、没有上线前基线，评估结果未用于决策。",
              en: "Some applications report usage or processing-time figures at acceptance or in annual reviews, but definitions differ, there is no pre-launch baseline and the results do not feed into decisions.",
            },
            {
              "zh-CN":
                "部门制定人工智能应用效能评估办法，统一指标口径，要求每个应用上线前采集基线数据、上线后按规定周期评估，评估报告报分管领导；所有在用应用均已纳入评估。",
              en: "The department has issued assessment rules with common indicator definitions, requiring baseline data before launch and assessment on a set cycle afterwards, with reports going to the deputy head in charge; every application in use is covered.",
            },
            {
              "zh-CN":
                "在上述基础上，每个应用设定量化效能目标（如办理时长缩短比例），至少每半年对照目标复核；未达标应用须提出整改措施并明确复评时限。",
              en: "In addition, each application has quantified targets (for example a percentage cut in processing time) that are checked against results at least every six months; any application missing its targets must have a corrective plan and a date for re-assessment.",
            },
            {
              "zh-CN":
                "在上述基础上，评估结果直接用于预算安排和应用推广、合并、停用决策，决策记录可查；部门与同类部门或先进地区对标效能指标，并向上级或同级部门交流评估方法。",
              en: "In addition, the results drive budget allocation and decisions to expand, merge or retire applications, and those decisions are on record; the department benchmarks its indicators against comparable departments or leading regions and shares its assessment method with peer or higher-level bodies.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能应用效能评估办法", en: "Rules for assessing the performance of AI applications" },
            {
              "zh-CN": "应用上线前后效能对比数据或评估报告",
              en: "Before-and-after performance data or assessment reports for an application",
            },
            {
              "zh-CN": "未达标应用的整改记录或停用决定",
              en: "Corrective plans for under-performing applications, or decisions to retire them",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "信息中心为使用量最大的一至两个人工智能应用补采上线前后的办理时长和处理量数据，形成首份效果分析。",
              en: "The IT centre gathers before-and-after processing-time and volume data for the one or two most-used AI applications and writes a first analysis of results.",
            },
            {
              "zh-CN":
                "办公室会同信息中心、业务处室制定并印发人工智能应用效能评估办法，统一指标口径，将基线采集和定期评估纳入应用管理流程。",
              en: "The General Office, the IT centre and business divisions draw up and issue rules for assessing AI applications, with common indicator definitions, and build baseline collection and regular assessment into how applications are managed.",
            },
            {
              "zh-CN": "业务处室为每个应用设定量化效能目标，信息中心每半年出具对照目标的评估报告，未达标应用限期整改。",
              en: "Business divisions set quantified targets for each application; the IT centre reports against them every six months, and applications that fall short are given a deadline to improve.",
            },
            {
              "zh-CN": "将评估结果纳入年度预算和应用存续决策，每年与同类部门开展效能对标，并形成可供交流的评估方法说明。",
              en: "Build the results into annual budget and keep-or-retire decisions, benchmark against comparable departments every year, and write up the method so that others can use it.",
            },
          ],
          source: { section: "四（四）2", quote: "提升政府智能治理效能" },
        },
      ],
    },

    // ───────────────────────────── SVC.2 ─────────────────────────────
    {
      code: "SVC.2",
      name: { "zh-CN": "数据驱动决策", en: "Data-driven decision-making" },
      description: {
        "zh-CN":
          "部门是否建立运用数据和算法模型辅助决策的机制，夯实决策分析所需的数据基础，并对模型输出进行验证、由人作出最终判断。",
        en: "Whether the department has an established way of using data and models to inform decisions, a sound data foundation for that analysis, and checks on model output with people making the final call.",
      },
      weight: 1,
      questions: [
        {
          code: "SVC.2.1",
          text: {
            "zh-CN": "本部门在政策制定、资源配置、监管执法等决策中，是否建立运用数据分析和算法模型辅助决策的机制？",
            en: "Does the department have an established way of using data analysis and models to inform decisions on policy, resource allocation, regulation and enforcement?",
          },
          help: {
            "zh-CN":
              "数据驱动决策指决策以数据分析或模型测算为依据，而非仅凭经验判断；机制指明确哪些事项须开展数据分析、由谁负责、分析结果如何进入决策材料。本题不要求由算法代替人作出决定。",
            en: "Data-driven decision-making means decisions rest on data analysis or model-based estimates rather than on experience alone; an established way means it is clear which decisions require analysis, who carries it out and how the results reach decision-makers. The question does not ask whether algorithms make decisions in place of people.",
          },
          levels: [
            {
              "zh-CN": "决策主要依靠经验判断和会议研究，数据分析只在个人主动时零星开展，决策材料中很少出现数据分析内容。",
              en: "Decisions rest mainly on experience and discussion in meetings; data analysis happens only when an individual takes the initiative and rarely appears in decision papers.",
            },
            {
              "zh-CN":
                "部分处室在特定事项（如年度计划、专项整治）中使用数据分析或模型测算，并在请示、报告中附有分析结果，但部门层面没有统一要求。",
              en: "Some divisions use data analysis or modelling for particular matters, such as annual plans or targeted enforcement campaigns, and attach the results to their submissions, but there is no department-wide requirement.",
            },
            {
              "zh-CN":
                "部门印发制度，列明须开展数据分析或模型测算的决策事项清单、责任处室和分析报告格式，分析报告作为上会材料的组成部分；清单内事项均按要求执行。",
              en: "Department rules list the decisions that require data analysis or modelling, name the responsible divisions and set a report format, and make the analysis part of the papers that go to decision meetings; every listed matter follows the rules.",
            },
            {
              "zh-CN":
                "在上述基础上，统计清单内事项附数据分析的比例和分析结论采纳情况，对决策实施效果与测算结果进行事后比对，至少每年形成一次评估报告。",
              en: "In addition, the department tracks the share of listed decisions supported by analysis and how often the findings were taken up, compares results after implementation with what the analysis predicted, and reports on this at least once a year.",
            },
            {
              "zh-CN":
                "在上述基础上，部门依据事后比对结果修正分析方法和模型，逐步扩大决策事项清单，修订情况有记录；形成的决策分析模型或案例在本系统推广，或被上级部门采用。",
              en: "In addition, the department uses these after-the-fact comparisons to refine its methods and models and gradually extend the list of decisions covered, with each revision recorded; its decision models or cases have been taken up across its system or by higher-level authorities.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "数据辅助决策制度及决策事项清单",
              en: "Rules on data-informed decision-making, with the list of decisions covered",
            },
            {
              "zh-CN": "附有数据分析报告的决策上会材料（样本）",
              en: "Sample decision-meeting papers that include a data analysis report",
            },
            {
              "zh-CN": "决策实施效果事后比对评估报告",
              en: "Post-implementation review comparing outcomes with the original analysis",
            },
          ],
          weight: 1.5,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "办公室选取一至两项年度重点决策事项，由相关业务处室会同信息中心开展数据分析，分析结果附入请示或上会材料。",
              en: "The General Office picks one or two major decisions of the year; the relevant business division and the IT centre carry out a data analysis that is attached to the submission or meeting papers.",
            },
            {
              "zh-CN": "办公室牵头制定并印发数据辅助决策制度，明确须开展数据分析的决策事项清单、责任处室和分析报告格式。",
              en: "The General Office drafts and issues rules on data-informed decision-making, listing the decisions that require analysis, the responsible divisions and the report format.",
            },
            {
              "zh-CN":
                "办公室建立决策事项数据分析台账，统计分析覆盖率和采纳情况，每年对主要决策开展实施效果与测算结果比对，形成评估报告。",
              en: "The General Office keeps a log of decisions and their supporting analysis, tracks coverage and uptake, and each year compares the outcomes of major decisions with the original analysis in an evaluation report.",
            },
            {
              "zh-CN": "根据年度评估修正分析方法和模型，扩大决策事项清单，并将成熟的决策分析模型在系统内推广。",
              en: "Refine methods and models in line with the annual evaluation, extend the list of decisions covered, and share proven decision models across the system.",
            },
          ],
          source: { section: "三（四）1", quote: "推动数据驱动的智能决策替代经验决策" },
        },
        {
          code: "SVC.2.2",
          text: {
            "zh-CN": "支撑决策分析的数据是否来源清楚、质量可控，本部门能否按规定渠道获取所需的跨处室、跨部门数据？",
            en: "Is the data used for decision analysis of known origin and checked quality, and can the department obtain the data it needs from other divisions and departments through proper channels?",
          },
          help: {
            "zh-CN":
              "决策分析是否可靠取决于数据。本题考察决策常用数据是否纳入数据资源目录、是否开展完整性、准确性、时效性核查，以及能否通过共享交换平台等正式渠道获取其他处室和部门的数据。",
            en: "Analysis is only as reliable as its data. The question asks whether the data most used for decisions is listed in a data catalogue, whether its completeness, accuracy and timeliness are checked, and whether data held by other divisions and departments can be obtained through formal channels such as the government data-sharing platform.",
          },
          levels: [
            {
              "zh-CN":
                "决策分析所用数据由经办人员临时收集，来源和口径不清，没有质量核查；跨处室、跨部门数据主要靠个人联系获取。",
              en: "Staff gather data for analysis as the need arises; sources and definitions are unclear, quality is not checked, and data from other divisions or departments is obtained through personal contacts.",
            },
            {
              "zh-CN":
                "部分业务数据已编入数据资源目录并明确责任处室，个别数据集开展过质量核查；少量数据通过共享交换平台获取，多数仍靠临时申请。",
              en: "Some business data is listed in a data catalogue with a named owner, and a few datasets have had quality checks; a small amount of data comes through the sharing platform, but most still has to be requested case by case.",
            },
            {
              "zh-CN":
                "决策常用数据全部纳入数据资源目录，明确来源、口径、更新频率和责任处室；制定数据质量标准并按规定开展核查；跨部门数据依照共享目录和申请程序通过共享交换平台获取。",
              en: "All data regularly used for decisions is in the data catalogue with its source, definitions, update frequency and owning division; a data-quality standard has been issued and checks follow it; data from other departments is obtained through the sharing platform under the sharing catalogue and request procedure.",
            },
            {
              "zh-CN":
                "在上述基础上，对决策常用数据集设定完整率、准确率、更新及时率等质量指标，至少每季度监测并通报；跨部门数据申请的响应时长和满足率有统计。",
              en: "In addition, the main decision datasets have quality indicators — completeness, accuracy, timeliness of updates — that are monitored and reported at least quarterly, and response times and fulfilment rates for cross-department data requests are recorded.",
            },
            {
              "zh-CN":
                "在上述基础上，对质量指标连续不达标的数据集追溯产生环节并推动源头整改，整改情况有记录；部门向其他部门开放高质量数据、参与制定本领域数据标准，数据管理做法被上级或同级部门借鉴。",
              en: "In addition, datasets that repeatedly miss their quality indicators are traced back to where the data is produced and fixed there, with records kept; the department opens its high-quality data to other departments, helps set data standards for its sector, and its data-management practice has been adopted by peer or higher-level bodies.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "数据资源目录（含来源、口径和责任处室）",
              en: "Data catalogue showing sources, definitions and owning divisions",
            },
            {
              "zh-CN": "数据质量标准及质量核查记录或季度质量通报",
              en: "Data-quality standard, with check records or quarterly quality bulletins",
            },
            {
              "zh-CN": "共享交换平台数据申请与使用记录",
              en: "Data request and usage records from the data-sharing platform",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "信息中心会同业务处室梳理决策中最常用的数据，编入数据资源目录并明确责任处室，对其中重点数据集开展一次质量核查。",
              en: "The IT centre and business divisions identify the data most used for decisions, list it in the data catalogue with named owners, and run a first quality check on the key datasets.",
            },
            {
              "zh-CN":
                "信息中心牵头制定数据质量标准和核查办法，将决策常用数据全部纳入目录，并依照共享目录和申请程序通过共享交换平台获取跨部门数据。",
              en: "The IT centre drafts a data-quality standard and checking procedure, brings all decision data into the catalogue, and obtains cross-department data through the sharing platform under the catalogue and request procedure.",
            },
            {
              "zh-CN":
                "信息中心为决策常用数据集设定质量指标，每季度监测并印发质量通报，同时统计跨部门数据申请的响应时长和满足率。",
              en: "The IT centre sets quality indicators for the main decision datasets, monitors them and issues a quality bulletin every quarter, and tracks response times and fulfilment rates for cross-department requests.",
            },
            {
              "zh-CN": "对连续不达标的数据集推动源头整改并记录，向其他部门开放高质量数据，并参与本领域数据标准制定。",
              en: "Get repeatedly failing datasets fixed at source and record the fixes, open high-quality data to other departments, and take part in setting data standards for the sector.",
            },
          ],
          source: { section: "三（四）1", quote: "帮助政府部门从海量的数据中获取更深层次的信息" },
        },
        {
          code: "SVC.2.3",
          text: {
            "zh-CN":
              "用于辅助决策的算法模型，其输出在采用前是否经过验证，是否由有权限的负责人作出最终判断并记录采纳与否的理由？",
            en: "Before the output of a decision-support model is relied on, is it validated, and does an authorised official make the final call and record why the output was or was not followed?",
          },
          help: {
            "zh-CN":
              "验证包括用历史数据回测准确性、说明模型适用范围和局限。最终判断指由有决策权限的工作人员审核模型结论并承担决策责任，而不是直接按模型输出执行。本部门未使用任何决策辅助模型的，可选“不适用”。",
            en: "Validation means testing accuracy against historical data and stating what the model is suited to and where its limits lie. The final call means an official with decision-making authority reviews the model's conclusion and answers for the decision, rather than acting on the output automatically. Choose 'Not applicable' if the department uses no decision-support models.",
          },
          levels: [
            {
              "zh-CN": "模型输出未经验证即直接使用，没有模型适用范围说明；是否采纳模型结论、由谁决定均无记录。",
              en: "Model outputs are used without validation and with no statement of what the model is suited to; nothing records whether its conclusions were followed or who decided.",
            },
            {
              "zh-CN":
                "部分模型在验收时做过准确性测试，有技术文档说明其用途；重要事项由负责人审核模型结论，但审核情况没有统一记录。",
              en: "Some models were tested for accuracy at acceptance and have technical documents describing their purpose; for important matters an official reviews the model's conclusions, but these reviews are not recorded in a consistent way.",
            },
            {
              "zh-CN":
                "部门规定决策辅助模型投入使用前须完成回测验证，并出具适用范围和局限说明；明确模型输出仅作参考，由有决策权限的负责人审核签批，采纳或不采纳的理由记入决策记录；所有在用模型均按此执行。",
              en: "Department rules require every decision-support model to be back-tested before use and documented with its scope and limitations; model output is advisory only, an official with decision-making authority reviews and signs off, and the reason for following or departing from the output goes into the decision record; every model in use complies.",
            },
            {
              "zh-CN":
                "在上述基础上，至少每半年对照实际结果统计在用模型的准确率、偏差等指标，并设定可接受阈值；超出阈值的模型暂停用于决策，重新验证合格后方可恢复。",
              en: "In addition, every model in use is checked against actual outcomes at least every six months for accuracy and bias, against set acceptable thresholds; a model outside its thresholds is withdrawn from decision use until it passes re-validation.",
            },
            {
              "zh-CN":
                "在上述基础上，部门分析模型偏差和人工否决模型结论的案例，据此迭代模型或收窄适用范围，改进过程有记录；每年至少邀请一次外部专家或第三方开展独立评估，并对外交流模型验证方法。",
              en: "In addition, the department analyses model errors and cases where officials overrode the model, uses them to retrain the model or narrow its scope, and records each change; it has outside experts or a third party evaluate its models independently at least once a year and shares its validation method with others.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "模型验证（回测）报告及适用范围和局限说明",
              en: "Model validation (back-testing) report with a statement of scope and limitations",
            },
            {
              "zh-CN": "载有负责人审核签批和采纳理由的决策记录",
              en: "Decision records showing the official's sign-off and the reasons for following or departing from the model",
            },
            {
              "zh-CN": "模型准确率、偏差定期监测记录",
              en: "Regular monitoring records of model accuracy and bias",
            },
          ],
          weight: 1,
          allowNA: true,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN":
                "信息中心为在用的决策辅助模型补做一次准确性测试并编写用途说明，业务处室对重要事项中的模型结论实行负责人审核。",
              en: "The IT centre runs an accuracy test on each decision-support model in use and writes a short description of its purpose; business divisions require an official to review model conclusions on important matters.",
            },
            {
              "zh-CN":
                "办公室会同信息中心印发决策辅助模型使用规定，将回测验证、适用范围说明、负责人签批和采纳理由记录列为强制要求。",
              en: "The General Office and the IT centre issue rules on decision-support models that make back-testing, a statement of scope, sign-off by an authorised official and a recorded reason for following or departing from the output mandatory.",
            },
            {
              "zh-CN": "信息中心为每个模型设定准确率和偏差阈值，每半年对照实际结果复核，超出阈值的模型暂停使用并重新验证。",
              en: "The IT centre sets accuracy and bias thresholds for each model, checks them against actual outcomes every six months, and suspends and re-validates any model that breaches them.",
            },
            {
              "zh-CN": "每年汇总模型偏差和人工否决案例，据此迭代模型或收窄适用范围，并委托外部专家或第三方开展独立评估。",
              en: "Each year, review model errors and override cases to retrain models or narrow their scope, and commission an independent evaluation from outside experts or a third party.",
            },
          ],
          source: { section: "三（四）1", quote: "构建更加精准的算法模型" },
        },
      ],
    },

    // ───────────────────────────── SVC.3 ─────────────────────────────
    {
      code: "SVC.3",
      name: { "zh-CN": "智能公共服务与精细化治理", en: "Smart public services and targeted governance" },
      description: {
        "zh-CN":
          "部门面向群众和企业的智能服务是否质量可控，是否运用人工智能感知民情、预警苗头性问题，并精准识别治理短板和公共服务需求、据此改进管理和服务。",
        en: "Whether the department's AI services for the public and businesses are quality-controlled, and whether it uses AI to gauge public sentiment, flag emerging problems, and pinpoint gaps in governance and public services so it can act on them.",
      },
      weight: 1,
      questions: [
        {
          code: "SVC.3.1",
          text: {
            "zh-CN":
              "本部门面向群众和企业的智能客服、热线问答机器人等服务，是否建立知识库维护、转人工办理和答复质量抽检机制？",
            en: "For AI services the department offers to the public and businesses, such as chatbots and hotline assistants, are there arrangements for keeping the knowledge base up to date, handing callers over to a person, and spot-checking the quality of answers?",
          },
          help: {
            "zh-CN":
              "适用于本部门直接运营或委托运营的面向公众的智能问答服务，包括接入12345热线的智能客服。知识库维护指政策口径调整后及时更新答复内容；转人工指系统无法解答或群众提出要求时转由工作人员办理。本部门未提供此类服务的，可选“不适用”。",
            en: "This covers public-facing AI question-answering services that the department runs itself or through a contractor, including assistants on the 12345 government hotline. Keeping the knowledge base up to date means revising answers promptly when policy changes; handover means passing the enquiry to a member of staff when the system cannot answer or the person asks for it. Choose 'Not applicable' if the department offers no such service.",
          },
          levels: [
            {
              "zh-CN":
                "智能客服上线后由供应商自行维护，政策调整后答复内容是否更新无人负责；没有明确的转人工渠道，也不检查答复质量。",
              en: "The vendor maintains the service after launch and no one is responsible for updating answers when policy changes; there is no clear route to a person and answer quality is not checked.",
            },
            {
              "zh-CN":
                "已明确由业务处室提供答复口径，知识库更新有记录但不定期；设置了转人工入口；收到投诉后会对相关答复进行核查。",
              en: "Business divisions have been made responsible for supplying approved answers, and knowledge-base updates are logged but not on a schedule; there is a route to a person; answers are checked after complaints.",
            },
            {
              "zh-CN":
                "部门印发智能客服运行管理办法：知识库内容须经业务处室审核，政策调整后在规定时限内更新；设定转人工触发条件；按固定比例定期抽检答复质量；向群众明示其为智能应答。上述各项均有完整记录。",
              en: "The department has issued operating rules for the service: knowledge-base content must be approved by the business division and updated within a set time after policy changes; conditions for handover are defined; a fixed share of answers is spot-checked on a regular schedule; and users are told they are dealing with an automated system. Full records are kept for each of these.",
            },
            {
              "zh-CN":
                "在上述基础上，按月统计问题解决率、答复准确率、转人工率、群众满意度等指标并设定目标值，统计结果报分管领导，未达标事项限期整改。",
              en: "In addition, resolution rate, answer accuracy, handover rate and user satisfaction are reported monthly against targets to the deputy head in charge, and any shortfall must be fixed by a set deadline.",
            },
            {
              "zh-CN":
                "在上述基础上，部门每季度分析未解决问题、差评和转人工工单，据此补充知识库、优化问答流程，改进情况有记录；与其他地区、部门的同类服务开展指标对标，并交流知识库建设经验。",
              en: "In addition, the department analyses unresolved questions, negative ratings and handed-over cases every quarter to extend the knowledge base and improve the dialogue flow, keeping a record of changes; it benchmarks its indicators against similar services in other regions and departments and shares how it builds its knowledge base.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "智能客服运行管理办法", en: "Operating rules for the AI customer service" },
            {
              "zh-CN": "知识库更新记录（含业务处室审核）",
              en: "Knowledge-base update log showing business division approval",
            },
            { "zh-CN": "答复质量抽检记录", en: "Spot-check records of answer quality" },
            {
              "zh-CN": "解决率、满意度等指标的月度运行报表",
              en: "Monthly operating report on resolution rate, satisfaction and related indicators",
            },
          ],
          weight: 1,
          allowNA: true,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "明确由相关业务处室提供并确认答复口径，指定专人登记知识库更新，在服务界面设置转人工入口。",
              en: "Make the relevant business divisions responsible for supplying and approving answers, assign a named person to log knowledge-base updates, and add a route to a person in the service interface.",
            },
            {
              "zh-CN":
                "办公室会同业务处室、信息中心制定并印发智能客服运行管理办法，明确知识库审核和限时更新、转人工条件、定期抽检及智能应答明示要求。",
              en: "The General Office, business divisions and the IT centre draw up and issue operating rules covering knowledge-base approval and update deadlines, handover conditions, regular spot checks, and telling users they are dealing with an automated system.",
            },
            {
              "zh-CN":
                "信息中心建立月度运行报表，设定解决率、准确率、转人工率、满意度目标值，报分管领导并对未达标事项限期整改。",
              en: "The IT centre produces a monthly operating report with targets for resolution, accuracy, handover and satisfaction, sends it to the deputy head in charge, and sets deadlines to fix any shortfall.",
            },
            {
              "zh-CN": "每季度分析未解决问题和差评工单，据此补充知识库、优化问答流程，并每年与同类服务开展指标对标。",
              en: "Each quarter, analyse unresolved questions and negative ratings to extend the knowledge base and improve the dialogue flow, and benchmark against similar services once a year.",
            },
          ],
          source: { section: "三（四）2", quote: "为群众提供咨询服务" },
        },
        {
          code: "SVC.3.2",
          text: {
            "zh-CN":
              "本部门是否运用人工智能对热线工单、网上留言等民意数据进行分析，识别群众诉求变化和苗头性问题，并按程序转交处置？",
            en: "Does the department use AI to analyse public input — hotline cases, online messages and the like — to spot shifts in what people are raising and early signs of trouble, and pass them on for action through a set procedure?",
          },
          help: {
            "zh-CN":
              "民情感知指通过分析群众诉求数据，及时发现集中反映的问题、群众情绪变化和可能引发矛盾的苗头。本题关注分析结果是否进入处置流程并形成闭环，而不仅是生成统计报表。本部门不承担群众诉求受理或办理职责的，可选“不适用”。",
            en: "Sensing public sentiment means analysing what people raise so that recurring complaints, changes in mood and early signs of conflict are noticed in time. The question asks whether the findings lead to action that is followed through, not just whether statistics are produced. Choose 'Not applicable' if the department has no role in receiving or handling public requests and complaints.",
          },
          levels: [
            {
              "zh-CN": "群众诉求仅逐件办理，没有汇总分析；苗头性问题依靠工作人员个人经验发现和报告。",
              en: "Public input is handled case by case and never analysed as a whole; early signs of trouble are noticed and reported only through individual staff experience.",
            },
            {
              "zh-CN":
                "每月或每季度对工单、留言进行人工或工具辅助的分类统计，形成民情简报；简报所反映的问题是否处理由接收处室自行决定，没有跟踪。",
              en: "Cases and messages are sorted and counted monthly or quarterly, by hand or with a tool, and summarised in a briefing; whether the receiving divisions act on it is up to them and nothing is followed up.",
            },
            {
              "zh-CN":
                "部门建立民情分析和预警机制：运用人工智能对诉求数据开展分类、热点和情绪分析，明确预警分级标准、报告对象和转交处置程序，分析所用个人信息按规定脱敏；每条预警均登记并有处置反馈。",
              en: "The department has a sentiment-analysis and early-warning routine: AI is used to classify cases and identify hot topics and sentiment; warning levels, who must be informed and how issues are passed on for action are defined; personal information used in the analysis is de-identified as required; every warning is logged and its handling reported back.",
            },
            {
              "zh-CN":
                "在上述基础上，统计预警准确率（经核实属实的比例）、预警提前时间、处置按时办结率等指标，至少每季度复盘一次并报分管领导。",
              en: "In addition, the department tracks the share of warnings confirmed on checking, how far ahead of events they came and the on-time closure rate, and reviews these with the deputy head in charge at least quarterly.",
            },
            {
              "zh-CN":
                "在上述基础上，依据复盘结果调整分析模型、预警阈值和分级标准，调整有记录；分析成果用于完善相关政策和服务，并与相关部门共享预警信息、联动处置。",
              en: "In addition, the reviews are used to recalibrate the models, warning thresholds and levels, with each change recorded; findings feed into policy and service improvements, and warnings are shared with relevant departments for joint handling.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "民情分析与预警工作机制文件",
              en: "Document setting out the sentiment-analysis and early-warning routine",
            },
            { "zh-CN": "民情分析报告或预警简报（样本）", en: "Sample sentiment reports or warning briefings" },
            {
              "zh-CN": "预警事项登记与处置反馈台账",
              en: "Log of warnings with their handling and feedback",
            },
          ],
          weight: 1,
          allowNA: true,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "由承担诉求办理的处室每月对工单和留言进行分类统计，形成民情简报报分管领导。",
              en: "The division that handles public requests classifies and counts cases and messages each month and sends a briefing to the deputy head in charge.",
            },
            {
              "zh-CN":
                "办公室会同信息中心、相关业务处室建立民情分析和预警工作机制，明确预警分级、报告对象、转交程序和数据脱敏要求，建立预警事项登记台账。",
              en: "The General Office, the IT centre and relevant divisions set up a sentiment-analysis and early-warning routine that defines warning levels, who is told, how issues are passed on and how data is de-identified, with a log of every warning.",
            },
            {
              "zh-CN": "信息中心设定预警准确率、提前时间和处置按时办结率指标，每季度形成复盘报告报分管领导。",
              en: "The IT centre sets indicators for warning accuracy, lead time and on-time closure, and produces a quarterly review for the deputy head in charge.",
            },
            {
              "zh-CN":
                "根据季度复盘调整模型和预警阈值，每年将民情分析成果转化为政策或服务改进建议，并与相关部门建立预警信息共享和联动处置机制。",
              en: "Recalibrate models and thresholds after each quarterly review, turn the findings into policy or service recommendations every year, and agree arrangements with relevant departments for sharing warnings and handling them jointly.",
            },
          ],
          source: { section: "三（四）1", quote: "大模型能够快速识别和预测民众情绪变化" },
        },
        {
          code: "SVC.3.3",
          text: {
            "zh-CN": "本部门是否运用数据分析和人工智能识别治理短板和公共服务需求，并据此对管理和服务作出针对性调整？",
            en: "Does the department use data analysis and AI to pinpoint weaknesses in its governance and unmet public-service needs, and act on them with targeted changes to how it manages and delivers services?",
          },
          help: {
            "zh-CN":
              "精细化管理指按区域、人群、事项等维度细分分析，找出服务覆盖不足、办理堵点或监管薄弱环节，并据此调整资源配置、服务方式或监管重点。本题关注从“发现问题”到“作出调整”的完整闭环。",
            en: "Targeted (fine-grained) management means breaking analysis down by area, population group or type of case to find gaps in coverage, bottlenecks in processing or weak spots in oversight, then shifting resources, service delivery or enforcement priorities accordingly. The question looks for the full loop from finding a problem to acting on it.",
          },
          levels: [
            {
              "zh-CN": "治理短板和服务需求主要通过上级督查、媒体报道或群众投诉被动发现，没有主动的数据分析。",
              en: "Weaknesses and unmet needs come to light mainly through inspections from above, media reports or complaints; there is no proactive analysis.",
            },
            {
              "zh-CN": "部分处室在年度总结或专项工作中按区域、人群或事项做过细分分析并提出改进建议，但建议是否落实没有跟踪。",
              en: "Some divisions have broken their data down by area, group or type of case in annual reviews or one-off projects and made recommendations, but whether these were carried out is not tracked.",
            },
            {
              "zh-CN":
                "部门建立定期分析机制（至少每半年一次），明确分析维度和责任处室，形成治理短板和服务需求清单，逐项明确整改或调整措施、责任处室和完成时限，并跟踪落实。",
              en: "The department runs an analysis at least every six months with set dimensions and responsible divisions, producing a list of weaknesses and needs; each item has a corrective action, an owning division and a deadline, and progress is tracked.",
            },
            {
              "zh-CN":
                "在上述基础上，对清单事项设定可量化的改进目标（如特定区域的办理时长、服务覆盖率），至少每半年评估目标达成情况并报分管领导。",
              en: "In addition, each item on the list has a measurable target — processing time in a given area, say, or service coverage — and progress is assessed at least every six months and reported to the deputy head in charge.",
            },
            {
              "zh-CN":
                "在上述基础上，部门依据评估结果调整分析维度和资源配置，清单每年滚动更新；精细化治理案例被上级部门推广，或分析方法与相关部门共享。",
              en: "In addition, the department uses the assessments to refine what it analyses and where resources go, so the list is revised every year; its cases have been promoted by higher-level authorities or its methods shared with other departments.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "治理短板与公共服务需求分析报告",
              en: "Analysis report on governance weaknesses and public-service needs",
            },
            {
              "zh-CN": "短板清单及整改（调整）措施跟踪台账",
              en: "List of weaknesses with a tracking log of corrective actions",
            },
            { "zh-CN": "改进目标达成情况评估报告", en: "Assessment of progress against improvement targets" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "业务处室选取一项重点业务，按区域或人群对办理数据开展一次细分分析，提出改进建议报分管领导。",
              en: "A business division picks one priority service, breaks its case data down by area or population group, and sends recommendations to the deputy head in charge.",
            },
            {
              "zh-CN": "办公室牵头建立定期分析机制，明确分析维度、频次和责任处室，形成短板和需求清单并建立整改跟踪台账。",
              en: "The General Office sets up a regular analysis with defined dimensions, frequency and owners, producing a list of weaknesses and needs with a log for tracking follow-up actions.",
            },
            {
              "zh-CN": "责任处室为清单事项设定量化改进目标，办公室每半年汇总评估目标达成情况并报分管领导。",
              en: "Owning divisions set measurable targets for each item; the General Office compiles a progress assessment every six months for the deputy head in charge.",
            },
            {
              "zh-CN": "依据评估结果每年调整分析维度和资源配置，并将典型案例和分析方法报送上级或与相关部门共享。",
              en: "Adjust analysis dimensions and resource allocation each year based on the assessments, and submit strong cases and methods to higher-level authorities or share them with related departments.",
            },
          ],
          source: { section: "三（四）2", quote: "精准识别治理短板与公共服务需求" },
        },
      ],
    },

    // ───────────────────────────── SVC.4 ─────────────────────────────
    {
      code: "SVC.4",
      name: { "zh-CN": "收益与风险统筹", en: "Weighing benefits against risks" },
      description: {
        "zh-CN":
          "部门是否在人工智能应用立项、试点、推广和运行的全过程中统筹权衡预期收益与潜在风险，既避免抑制技术创新，又防止技术风险外溢（即应对“科林格里奇困境”）。",
        en: "Whether the department weighs expected benefits against potential risks at every stage of an AI application — approval, pilot, rollout and operation — so that it neither stifles innovation nor lets risks spread (the 'Collingridge dilemma').",
      },
      weight: 1,
      questions: [
        {
          code: "SVC.4.1",
          text: {
            "zh-CN": "人工智能应用立项或上线前，本部门是否对其预期收益和潜在风险进行综合评估，并按权限审批决定是否实施？",
            en: "Before an AI application is approved or launched, does the department assess its expected benefits and potential risks together, with the decision to proceed taken at the appropriate level?",
          },
          help: {
            "zh-CN":
              "收益与风险评估指在同一份材料中说明应用拟解决的问题和预期效益，以及可能带来的风险（如答复错误、数据泄露、算法歧视、过度依赖、损害群众权益）和应对措施，据此作出实施、调整或不实施的决定。这对应“科林格里奇困境”：技术影响早期难以预见、大规模应用后又难以调整，因此需要在引入时统筹权衡。",
            en: "A benefit-risk assessment sets out, in one document, the problem the application is meant to solve and the benefits expected, alongside the risks it may bring — wrong answers, data leaks, algorithmic bias, over-reliance, harm to people's rights — and how they will be handled, leading to a decision to proceed, change course or stop. This reflects the 'Collingridge dilemma': a technology's effects are hard to foresee early on and hard to change once it is in wide use, so the trade-off has to be weighed at the point of adoption.",
          },
          levels: [
            {
              "zh-CN": "人工智能应用立项只论证功能和经费，不评估风险；是否上线由承办处室或供应商决定。",
              en: "Project approval for AI applications covers only functions and budget, not risks; the owning division or the vendor decides when to go live.",
            },
            {
              "zh-CN":
                "部分重要应用在立项材料中列有风险分析，但评估内容和格式不统一，部分风险没有对应的应对措施，风险分析未经专门审批。",
              en: "Some major applications include a risk section in their approval documents, but content and format vary, some risks have no matching mitigation, and the risk analysis is not specifically approved.",
            },
            {
              "zh-CN":
                "部门印发人工智能应用收益与风险评估办法，规定评估内容、模板和分级审批权限（如高风险应用须提交领导班子集体研究）；所有新立项或重大变更的应用均完成评估并按权限审批后方可实施。",
              en: "The department has issued rules for benefit-risk assessment of AI applications, setting out content, a template and tiered approval (for example, high-risk applications go to the leadership team for a collective decision); every new application or major change is assessed and approved at the right level before it proceeds.",
            },
            {
              "zh-CN":
                "在上述基础上，评估采用打分或分级方法，并设定风险可接受标准；统计评估覆盖率、高风险应用占比和评估附加条件的落实情况，至少每年复核一次评估办法。",
              en: "In addition, assessments use scoring or rating against defined risk-acceptance criteria; the department tracks assessment coverage, the share of high-risk applications and whether conditions attached to approvals were met, and reviews the rules at least once a year.",
            },
            {
              "zh-CN":
                "在上述基础上，部门将评估时的预期与上线后实际收益和风险事件进行对照，据此修订评估指标和风险可接受标准；高风险应用评估有外部专家参与，评估办法被上级或同级部门参考采用。",
              en: "In addition, the department compares what assessments predicted with the benefits and incidents that actually followed launch and revises its criteria accordingly; outside experts take part in assessing high-risk applications, and its rules have been used as a model by peer or higher-level bodies.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能应用收益与风险评估办法及评估模板",
              en: "Rules and template for benefit-risk assessment of AI applications",
            },
            {
              "zh-CN": "具体应用的收益与风险评估报告及审批记录",
              en: "Benefit-risk assessment report and approval record for a specific application",
            },
            {
              "zh-CN": "领导班子集体研究高风险应用的会议纪要",
              en: "Minutes of the leadership team's decision on a high-risk application",
            },
          ],
          weight: 1.5,
          allowNA: false,
          evidenceFromLevel: 2,
          actions: [
            {
              "zh-CN": "信息中心在人工智能项目立项材料中增设收益与风险分析章节，列明主要风险及应对措施，随立项材料一并报批。",
              en: "The IT centre adds a benefits-and-risks section to AI project approval documents, listing the main risks and their mitigations, to be approved together with the rest of the submission.",
            },
            {
              "zh-CN":
                "办公室牵头制定并印发人工智能应用收益与风险评估办法，统一评估模板和分级审批权限，明确未经评估审批的应用不得上线。",
              en: "The General Office drafts and issues rules for benefit-risk assessment of AI applications with a common template and tiered approval, and makes clear that no application may go live without an approved assessment.",
            },
            {
              "zh-CN": "归口管理处室制定评估打分标准和风险可接受标准，建立评估台账，每年统计覆盖率和附加条件落实情况并复核评估办法。",
              en: "The lead division sets scoring and risk-acceptance criteria, keeps a log of assessments, and each year reports on coverage and compliance with approval conditions and reviews the rules.",
            },
            {
              "zh-CN": "每年将评估预期与上线后实际收益、风险事件进行对照并修订评估标准，高风险应用评估邀请外部专家参与。",
              en: "Each year, compare predictions with the actual benefits and incidents after launch and revise the criteria; bring outside experts into assessments of high-risk applications.",
            },
          ],
          source: { section: "四（四）2", quote: "对人工智能技术的潜在收益与风险进行精准平衡" },
        },
        {
          code: "SVC.4.2",
          text: {
            "zh-CN": "本部门是否通过试点先行、分步推广的方式引入人工智能应用，并为试点设定范围、风险边界和退出条件？",
            en: "Does the department introduce AI applications through a pilot followed by staged rollout, with each pilot given a defined scope, risk limits and exit conditions?",
          },
          help: {
            "zh-CN":
              "试点指先在有限的业务范围、用户群体或时间内使用，验证效果和风险后再决定是否扩大。风险边界指试点中不允许出现的情形（如系统直接对外作出具有法律效力的答复），退出条件指出现何种情况即暂停或终止试点。这样既为新技术留出探索空间，又能防止风险扩散。",
            en: "A pilot runs an application for a limited set of services, users or period so that its results and risks can be checked before wider use. Risk limits state what must not happen during the pilot (for instance, the system giving legally binding replies to the public), and exit conditions state what would trigger a pause or stop. This leaves room to try new technology while keeping any harm contained.",
          },
          levels: [
            {
              "zh-CN": "人工智能应用采购后即全面上线，没有试点阶段；出现问题时没有暂停或回退安排。",
              en: "AI applications go fully live as soon as they are bought, with no pilot stage and no plan to pause or roll back if problems arise.",
            },
            {
              "zh-CN": "部分应用先在个别处室或业务中试用，但试用范围、期限和评价标准没有书面规定，是否推广由承办处室自行决定。",
              en: "Some applications are tried out in one division or service first, but the scope, duration and evaluation criteria are not written down, and the owning division alone decides whether to roll out.",
            },
            {
              "zh-CN":
                "部门规定人工智能应用须经试点后方可推广：试点方案明确范围、期限、评价指标、风险边界和退出条件，并保留人工办理替代方式；试点结束形成评估报告，经审批后方可扩大应用。",
              en: "Department rules require AI applications to be piloted before rollout: each pilot plan sets out scope, duration, evaluation measures, risk limits and exit conditions and keeps a manual fallback; an evaluation report is written at the end, and wider use needs formal approval.",
            },
            {
              "zh-CN":
                "在上述基础上，试点期间按周或按月监测评价指标和风险指标，触及风险边界时按退出条件处置并记录；每年汇总分析试点转推广比例、试点期间风险事件数等。",
              en: "In addition, evaluation and risk measures are monitored weekly or monthly during each pilot, any breach of a risk limit is handled under the exit conditions and recorded, and the share of pilots that went on to rollout and the number of incidents during pilots are analysed every year.",
            },
            {
              "zh-CN":
                "在上述基础上，部门依据历次试点数据修订试点方案模板、风险边界设置和推广节奏；对未达预期的试点按退出条件终止并形成总结，试点经验在系统内交流或被上级部门采纳。",
              en: "In addition, the department draws on past pilots to revise its pilot template, risk limits and pace of rollout; pilots that fall short are stopped under their exit conditions and the lessons written up, and its pilot experience has been shared across its system or adopted by higher-level authorities.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "人工智能应用试点方案（含风险边界和退出条件）",
              en: "AI pilot plan including risk limits and exit conditions",
            },
            {
              "zh-CN": "试点评估报告及推广审批记录",
              en: "Pilot evaluation report and approval record for rollout",
            },
            {
              "zh-CN": "试点期间监测记录，或暂停、终止试点的处置记录",
              en: "Monitoring records from a pilot, or records of a pilot being paused or stopped",
            },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "承办处室在新应用全面上线前选定一个处室或一项业务先行试用，书面记录试用范围、期限和效果。",
              en: "Before a new application goes fully live, the owning division tries it in one division or service first and records the scope, duration and results in writing.",
            },
            {
              "zh-CN":
                "信息中心会同办公室制定人工智能应用试点管理规定和试点方案模板，明确风险边界、退出条件、人工替代方式和推广审批程序。",
              en: "The IT centre and the General Office draw up rules for AI pilots and a pilot plan template covering risk limits, exit conditions, manual fallback and approval for rollout.",
            },
            {
              "zh-CN": "承办处室在试点期间按月报送评价和风险指标监测结果，信息中心建立试点台账，每年汇总分析转推广比例和风险事件。",
              en: "Owning divisions report evaluation and risk measures monthly during each pilot; the IT centre keeps a pilot log and analyses rollout rates and incidents every year.",
            },
            {
              "zh-CN": "依据年度分析修订试点方案模板和风险边界设置，对终止的试点形成总结，并在系统内交流试点经验。",
              en: "Revise the pilot template and risk limits in light of the annual analysis, write up lessons from pilots that were stopped, and share pilot experience across the system.",
            },
          ],
          source: { section: "四（四）2", quote: "既要避免抑制技术创新，又要管控技术风险外溢" },
        },
        {
          code: "SVC.4.3",
          text: {
            "zh-CN":
              "对已上线的人工智能应用，本部门是否定期复评其收益与风险，并对风险超出可接受范围的应用及时调整、暂停或下线？",
            en: "Does the department re-assess the benefits and risks of AI applications already in service on a regular schedule, and promptly adjust, suspend or withdraw any whose risks exceed acceptable levels?",
          },
          help: {
            "zh-CN":
              "应用上线后，数据、政策和使用方式都会变化，原有评估结论可能不再成立。本题考察是否定期复评、是否有明确的暂停和下线触发条件及审批程序，以及应用停用后业务能否平稳切换到替代方式。",
            en: "After launch, data, policies and the way an application is used all change, so the original assessment can go out of date. The question asks whether applications are re-assessed on a schedule, whether there are clear triggers and approval steps for suspending or withdrawing them, and whether the work can switch smoothly to another way of handling it if they are taken out of service.",
          },
          levels: [
            {
              "zh-CN": "应用上线后不再评估，只在发生事故或被投诉后临时处理；没有暂停或下线的规定。",
              en: "Applications are not re-assessed after launch; problems are dealt with only after an incident or complaint, and there are no rules for suspending or withdrawing them.",
            },
            {
              "zh-CN":
                "部分应用的年度运维总结涉及运行风险，个别应用曾因问题被暂停，但复评周期、触发条件和审批程序没有书面规定。",
              en: "Annual maintenance reviews cover operational risk for some applications, and one or two have been suspended over problems, but there are no written rules on how often to re-assess, what triggers action or who approves it.",
            },
            {
              "zh-CN":
                "部门规定在用人工智能应用按风险等级定期复评（如高风险应用每半年一次、其他应用每年一次），明确调整、暂停、下线的触发条件、审批权限和应急替代方案；所有在用应用均按期完成复评并有记录。",
              en: "Department rules set re-assessment intervals by risk level (for example every six months for high-risk applications and once a year for others) and define triggers, approval authority and fallback arrangements for adjustment, suspension or withdrawal; every application in use has been re-assessed on time, with records kept.",
            },
            {
              "zh-CN":
                "在上述基础上，通过系统按周（高风险应用按日）监测错误率、投诉量、安全事件等风险指标并设定阈值，触及阈值即启动复评；每季度统计复评完成率和处置时效并报分管领导。",
              en: "In addition, risk measures such as error rates, complaint volumes and security incidents are monitored through the system weekly (daily for high-risk applications) against thresholds, any breach triggers a re-assessment, and completion rates and response times are reported quarterly to the deputy head in charge.",
            },
            {
              "zh-CN":
                "在上述基础上，部门对每次暂停、下线和风险事件开展复盘，据此修订触发条件和风险阈值；与相关部门共享风险事件和处置经验，并参与上级部门组织的风险通报或标准制定。",
              en: "In addition, every suspension, withdrawal and incident is reviewed and used to revise triggers and thresholds; the department shares incidents and lessons with other departments and contributes to risk bulletins or standards organised by higher-level authorities.",
            },
          ],
          evidenceExamples: [
            {
              "zh-CN": "在用人工智能应用复评制度（含暂停、下线触发条件）",
              en: "Rules for re-assessing AI applications in service, including triggers for suspension and withdrawal",
            },
            { "zh-CN": "定期复评报告", en: "Periodic re-assessment reports" },
            {
              "zh-CN": "应用调整、暂停或下线的审批及处置记录",
              en: "Approval and handling records for an application that was adjusted, suspended or withdrawn",
            },
            { "zh-CN": "风险指标监测报表", en: "Risk indicator monitoring reports" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "信息中心在年度运维总结中逐一列出在用应用的运行风险和处置情况，报分管领导。",
              en: "In its annual maintenance review, the IT centre lists the operational risks and actions taken for each application in use and reports them to the deputy head in charge.",
            },
            {
              "zh-CN":
                "办公室牵头印发在用人工智能应用复评制度，按风险等级规定复评周期，明确调整、暂停、下线的触发条件、审批权限和应急替代方案。",
              en: "The General Office issues rules for re-assessing AI applications in service, with intervals set by risk level and defined triggers, approval authority and fallback arrangements for adjustment, suspension and withdrawal.",
            },
            {
              "zh-CN":
                "信息中心为在用应用设定风险指标阈值并持续监测，触及阈值即启动复评，每季度向分管领导报送复评和处置情况。",
              en: "The IT centre sets risk thresholds for each application in service, monitors them continuously, starts a re-assessment whenever one is breached, and reports quarterly to the deputy head in charge.",
            },
            {
              "zh-CN": "对每次暂停、下线和风险事件形成复盘报告并修订触发条件和阈值，与相关部门建立风险事件通报和经验共享机制。",
              en: "Write a review after every suspension, withdrawal or incident, revise triggers and thresholds accordingly, and set up arrangements with other departments for reporting incidents and sharing lessons.",
            },
          ],
          source: { section: "四（四）2", quote: "避免技术风险过度溢出" },
        },
      ],
    },
  ],
};
