import type { DimensionInput } from "../schema";

/**
 * Dimension 3 — 公开透明的监管规则 / Transparent supervision rules.
 * Source: 《人工智能赋能新质生产力的理论逻辑及实践路径》, sections 四（四）, 三（四）, 三（一）.
 */
export const supervisionRulesDimension: DimensionInput = {
  code: "SUP",
  name: { "zh-CN": "公开透明的监管规则", en: "Transparent supervision rules" },
  description: {
    "zh-CN":
      "考察部门是否立足法律法规、算法模型和应用场景实际，建立公开透明的人工智能监管规则体系，细化风险管控策略，明确数据安全要求、数据质量标准和算法模型透明度要求，对本部门使用的人工智能实施有效监管。",
    en: "Whether the department supervises the AI it uses through public, transparent rules grounded in the law and in its actual algorithms, models and use cases, backed by a detailed risk-control strategy, clear data-security requirements and data-quality standards, and transparency requirements for algorithms and models.",
  },
  weight: 1,
  indicators: [
    // ───────────────────────────── SUP.1 ─────────────────────────────
    {
      code: "SUP.1",
      name: { "zh-CN": "依法合规的监管规则", en: "Lawful, published supervision rules" },
      description: {
        "zh-CN":
          "部门是否梳理人工智能应用的法律法规依据，据此制定分场景的监管规则，并向社会公开、接受监督。",
        en: "Whether the department has identified the legal basis for its use of AI, turned it into rules tailored to each type of use, and published those rules for public scrutiny.",
      },
      weight: 1,
      questions: [
        {
          code: "SUP.1.1",
          text: {
            "zh-CN": "本部门是否系统梳理人工智能应用须遵守的法律法规和标准规范，并形成合规依据清单？",
            en: "Has the department identified the laws, regulations and standards that apply to its use of AI, and recorded them in a compliance checklist?",
          },
          help: {
            "zh-CN":
              "合规依据清单指列明本部门人工智能应用适用的法律法规、规章和标准（如《网络安全法》《数据安全法》《个人信息保护法》《生成式人工智能服务管理暂行办法》《互联网信息服务算法推荐管理规定》）及其对应义务的文件。本题考察清单是否覆盖全部在用应用，是否随法规变化及时更新。",
            en: "A compliance checklist lists the laws, regulations and standards that apply to the department's AI use — for example the Cybersecurity Law, the Data Security Law, the Personal Information Protection Law, the Interim Measures for Generative AI Services and the Provisions on Algorithmic Recommendation — and the obligations each creates. The question asks whether the list covers every AI application in use and is kept up to date as the rules change.",
          },
          levels: [
            {
              "zh-CN":
                "未梳理人工智能应用适用的法律法规；项目立项、采购和上线时不专门审查合规依据，由经办人员凭个人判断处理。",
              en: "No one has identified which laws apply to the department's AI use; projects are approved, procured and launched without a legal check, relying on individual staff judgement.",
            },
            {
              "zh-CN":
                "个别项目在立项或采购时经法规处或业务处室作过合规审查并留有书面意见，但没有覆盖全部人工智能应用的统一清单。",
              en: "Some projects had a legal review at approval or procurement, with a written opinion on file, but there is no single list covering all of the department's AI applications.",
            },
            {
              "zh-CN":
                "法规处牵头形成覆盖全部在用人工智能应用的合规依据清单，列明适用条款、对应义务和责任处室，经部门负责人审定后印发；新项目在立项和上线前须对照清单审查，审查记录存档。",
              en: "The legal affairs division has produced a compliance checklist covering every AI application in use, listing the applicable provisions, the obligations they create and the responsible division; it has been approved by department leadership and issued. New projects are checked against it at approval and before launch, and the checks are filed.",
            },
            {
              "zh-CN":
                "在上一级基础上，清单至少每半年复核一次，新法规发布后30日内更新；统计上线前合规审查覆盖率、审查发现问题整改率等指标，每年向部门领导书面报告。",
              en: "In addition, the checklist is reviewed at least every six months and updated within 30 days of new regulations being published; the share of launches given a pre-launch legal check and the rate at which findings are fixed are tracked and reported to leadership in writing every year.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据指标和审查发现修订清单与审查流程（如把反复出现的问题列为固定审查要点），跟踪上级和其他地区的立法与实践动态，并将清单或审查做法向系统内或兄弟部门推广。",
              en: "In addition, the checklist and review process are revised in light of the indicators and findings (for example, recurring problems become standard review points); the department follows legislation and practice elsewhere and shares its checklist or review approach within its system or with peer departments.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能应用合规依据清单（含印发文件）", en: "AI compliance checklist and the notice issuing it" },
            { "zh-CN": "项目立项或上线前的合规审查意见", en: "Legal review opinions issued at project approval or before launch" },
            { "zh-CN": "清单更新记录及年度合规审查统计报告", en: "Checklist update log and annual legal-review statistics report" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "由法规处会同信息中心，对在用人工智能项目逐一列明适用的法律法规和主要义务，形成初步合规依据清单。",
              en: "The legal affairs division and the IT centre go through each AI project in use, list the laws and main obligations that apply, and produce a first compliance checklist.",
            },
            {
              "zh-CN": "法规处完善清单并报部门负责人审定印发，同时在立项、采购和上线审批表中增设“合规依据审查”栏目。",
              en: "The legal affairs division finalises the checklist and has it approved and issued by department leadership, and a legal-basis check is added to the project approval, procurement and launch forms.",
            },
            {
              "zh-CN": "建立清单半年复核、新法规30日内更新机制，由法规处每年统计合规审查覆盖率和整改率并报部门领导。",
              en: "Introduce a six-monthly review of the checklist and a 30-day update rule for new regulations, with the legal affairs division reporting review coverage and remediation rates to leadership every year.",
            },
            {
              "zh-CN": "每年依据审查发现修订清单和审查要点，并通过系统内培训、经验交流或报送典型做法，与兄弟部门共享。",
              en: "Revise the checklist and review points every year based on findings, and share them with peer departments through training, exchanges or submitted case studies.",
            },
          ],
          source: { section: "四（四）", quote: "基于法律法规、算法模型、应用场景等实际情况" },
        },
        {
          code: "SUP.1.2",
          text: {
            "zh-CN": "本部门是否制定人工智能应用监管规则（管理办法），按应用场景和算法模型类型明确管理要求和责任分工？",
            en: "Does the department have written rules for supervising its AI applications that set requirements and responsibilities according to the use case and type of model?",
          },
          help: {
            "zh-CN":
              "监管规则指部门印发的人工智能应用管理办法、实施细则等制度文件，规定引入、上线、使用、变更和退出各环节的要求及归口管理部门。按场景和模型类型分类，指对内部办公辅助、面向公众服务（如12345热线智能客服）、辅助决策等场景，以及自建模型与采购服务，分别提出不同要求。",
            en: "Supervision rules are the department's own AI management measures or implementing rules, covering what is required when AI is adopted, launched, used, changed and retired, and naming the division in charge. Tailoring them to use case and model type means setting different requirements for, say, internal office assistants, public-facing services such as a 12345 hotline bot, and decision support — and for in-house models versus bought-in services.",
          },
          levels: [
            {
              "zh-CN": "没有专门的人工智能管理制度，人工智能应用按一般信息化项目管理，或由各处室自行决定是否使用、如何使用。",
              en: "There are no AI-specific rules; AI is handled like any other IT project, or each division decides for itself whether and how to use it.",
            },
            {
              "zh-CN":
                "有零散规定（如某个系统的使用须知、关于使用大模型工具的提醒通知），但只覆盖部分应用，未明确归口管理部门，也未区分应用场景。",
              en: "Scattered rules exist — a usage notice for one system, a circular on using large-model tools — but they cover only some applications, name no lead division and make no distinction between use cases.",
            },
            {
              "zh-CN":
                "印发适用于全部门的人工智能应用管理办法，明确归口管理部门和各处室职责，覆盖引入、上线、使用、变更、退出全流程，并按内部办公、面向公众服务、辅助决策等场景及自建/采购模型提出差异化要求；各应用的审批记录可证明办法得到执行。",
              en: "A department-wide AI management measure has been issued. It names the lead division and each division's duties, covers the whole life cycle from adoption to retirement, and sets different requirements for internal office use, public services and decision support, and for in-house versus procured models. Approval records for individual applications show the measure is followed.",
            },
            {
              "zh-CN":
                "在上一级基础上，设定制度执行指标（如按办法完成审批的应用占比、违规使用事件数、检查发现问题数），归口管理部门每年至少开展一次执行情况检查，形成报告报部门领导。",
              en: "In addition, indicators for applying the rules are set — share of applications approved under the measure, number of misuse incidents, issues found in inspections — and the lead division inspects compliance at least once a year and reports to leadership.",
            },
            {
              "zh-CN":
                "在上一级基础上，至少每两年依据检查结果和指标变化评估并修订管理办法，修订说明写明原因；对标上级部门和先进地区的规则，参与上级或行业规则起草，或本部门办法被其他部门作为范本采用。",
              en: "In addition, at least every two years the measure is reviewed and revised in light of inspection results and indicator trends, with a note explaining each change; the department benchmarks against higher-level and leading regions' rules and helps draft higher-level or sector rules, or other departments adopt its measure as a model.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "印发的人工智能应用管理办法或实施细则", en: "Issued AI management measure or implementing rules" },
            { "zh-CN": "按场景分类的管理要求对照表", en: "Table of requirements by use case" },
            { "zh-CN": "人工智能应用上线审批记录", en: "Launch approval records for AI applications" },
            { "zh-CN": "年度制度执行情况检查报告", en: "Annual report on compliance with the rules" },
          ],
          weight: 1.5,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "由办公室或信息中心汇总现有零散规定和在用人工智能应用，明确临时牵头处室，起草管理办法框架。",
              en: "The general office or IT centre gathers the existing scattered rules and a list of AI applications in use, names an interim lead division, and drafts an outline of a management measure.",
            },
            {
              "zh-CN": "牵头处室会同法规处、信息中心和主要业务处室，起草分场景的人工智能应用管理办法，经党组（党委）会或局务会审议后印发。",
              en: "The lead division, working with the legal affairs division, the IT centre and the main business divisions, drafts a use-case-based AI management measure, which is adopted by the leadership group or executive meeting and issued.",
            },
            {
              "zh-CN": "归口管理部门设定制度执行指标，每年组织一次执行情况检查，形成检查报告报部门领导。",
              en: "The lead division sets indicators for applying the rules, carries out an annual compliance inspection and reports the results to leadership.",
            },
            {
              "zh-CN": "至少每两年依据检查报告修订管理办法并附修订说明，组织对标上级和先进地区规则，向上级或兄弟部门报送制度范本。",
              en: "At least every two years, revise the measure based on inspection reports, with a note on each change; benchmark against higher-level and leading regions' rules, and submit the measure as a model to higher authorities or peer departments.",
            },
          ],
          source: { section: "四（四）", quote: "对人工智能技术进行有效监管" },
        },
        {
          code: "SUP.1.3",
          text: {
            "zh-CN": "本部门人工智能监管规则及在用应用基本情况是否向社会公开，并接受公众监督？",
            en: "Are the department's AI supervision rules, and basic facts about the AI applications it uses, made public so that people can hold it to account?",
          },
          help: {
            "zh-CN":
              "公开内容可包括管理办法文本、在用人工智能应用清单（用途、服务对象、主要功能、责任处室）以及咨询投诉渠道，一般通过政府网站、政务新媒体或政务公开目录发布。涉及国家秘密、工作秘密或网络安全的内容可依法不予公开，但应有书面审查记录。",
            en: "What is published can include the text of the rules, a list of AI applications in use (purpose, users, main functions, responsible division) and channels for questions and complaints, usually on the government website, official social-media accounts or the open-government catalogue. Material involving state secrets, work secrets or network security may lawfully be withheld, but the decision should be recorded in writing.",
          },
          levels: [
            {
              "zh-CN": "人工智能监管规则和在用应用情况均未公开，公众无从了解本部门在哪些事项上使用了人工智能。",
              en: "Neither the rules nor the AI applications in use are public; people have no way of knowing where the department uses AI.",
            },
            {
              "zh-CN": "个别应用上线时通过新闻稿或网站栏目作过介绍，但管理规则未公开，也没有统一的公开清单和咨询投诉渠道。",
              en: "Some applications were announced at launch in a press release or on the website, but the rules are not published and there is no single public list or channel for questions and complaints.",
            },
            {
              "zh-CN":
                "管理办法（或其公开版）和在用人工智能应用清单在政府网站固定栏目公开，列明用途、责任处室和咨询投诉渠道；不予公开的事项有书面审查记录；新增或停用应用时同步更新清单。",
              en: "The rules (or a public version) and a list of AI applications in use are published in a fixed section of the government website, showing purpose, responsible division and how to ask questions or complain. Decisions to withhold information are recorded in writing, and the list is updated whenever an application is added or retired.",
            },
            {
              "zh-CN":
                "在上一级基础上，设定公开时限和准确性指标（如新应用上线后15个工作日内公开、公开清单与内部台账一致率），每季度核对一次；统计公众咨询、投诉数量和办结时限，每年至少向社会发布一次。",
              en: "In addition, targets are set for timeliness and accuracy (e.g. publication within 15 working days of launch; the public list matching the internal register) and checked every quarter; public enquiries and complaints are counted with their response times, and the figures are published at least once a year.",
            },
            {
              "zh-CN":
                "在上一级基础上，规则制定或重大修订前公开征求意见并反馈采纳情况，依据咨询投诉和意见征集结果改进公开内容（如增加通俗解读、补充公开事项）；公开做法被上级或其他部门借鉴。",
              en: "In addition, draft rules and major revisions go out for public consultation, with feedback on what was adopted, and public comments and complaints are used to improve what is published (e.g. adding plain-language explanations or new items); higher authorities or other departments have taken up the department's approach.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "政府网站人工智能信息公开栏目截图", en: "Screenshot of the AI section on the government website" },
            { "zh-CN": "公开的在用人工智能应用清单", en: "Published list of AI applications in use" },
            { "zh-CN": "不予公开事项书面审查记录", en: "Written records of decisions to withhold information" },
            { "zh-CN": "公众咨询投诉办理统计及发布记录", en: "Statistics on public enquiries and complaints, and their publication" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "政务公开工作机构会同信息中心整理在用人工智能应用基本情况，在政府网站发布首批应用说明和咨询电话。",
              en: "The open-government office and the IT centre compile basic facts on the AI applications in use and publish a first set of descriptions, with a contact number, on the government website.",
            },
            {
              "zh-CN": "在政府网站开设固定栏目，公开管理办法（或公开版）和在用应用清单，建立应用增减同步更新和不予公开事项书面审查制度。",
              en: "Set up a fixed section on the government website publishing the rules (or a public version) and the list of applications, with a requirement to update the list whenever applications are added or retired and to record withholding decisions in writing.",
            },
            {
              "zh-CN": "明确公开时限和一致率指标，由政务公开工作机构每季度核对公开清单与内部台账，并每年发布咨询投诉办理情况。",
              en: "Set targets for publication time and list accuracy; the open-government office checks the public list against the internal register every quarter and publishes each year how enquiries and complaints were handled.",
            },
            {
              "zh-CN": "规则修订前公开征求意见并反馈采纳情况，每年依据公众意见改进公开内容，向上级报送典型做法。",
              en: "Consult the public before revising the rules and report back on what was adopted; improve the published material each year from public feedback, and submit good practice to higher authorities.",
            },
          ],
          source: { section: "四（四）", quote: "制定公开透明的人工智能监管规则体系" },
        },
      ],
    },
    // ───────────────────────────── SUP.2 ─────────────────────────────
    {
      code: "SUP.2",
      name: { "zh-CN": "风险管控策略", en: "Risk-control strategy" },
      description: {
        "zh-CN": "部门是否对人工智能应用开展风险识别和分级，按风险等级采取相应管控措施，并能及时处置风险事件。",
        en: "Whether the department identifies and grades the risks of its AI applications, applies controls in proportion to each grade, and deals promptly with incidents.",
      },
      weight: 1,
      questions: [
        {
          code: "SUP.2.1",
          text: {
            "zh-CN": "本部门是否对人工智能应用开展风险评估，并按风险等级实行分级管理？",
            en: "Does the department assess the risks of each AI application and manage them according to their level?",
          },
          help: {
            "zh-CN":
              "风险评估指在上线前和重大变更时识别人工智能应用可能带来的风险（如错误答复误导群众、泄露个人信息、生成违规内容、算法歧视、过度依赖单一供应商），评定高、中、低等级并登记入风险清单。分级管理指由风险等级决定审批层级和管控强度。",
            en: "A risk assessment identifies, before launch and at any major change, what could go wrong with an AI application — wrong answers that mislead the public, personal-data leaks, unlawful content, algorithmic bias, over-reliance on one supplier — and grades each risk high, medium or low in a risk register. Managing by level means the grade decides who must approve the application and how strict the controls are.",
          },
          levels: [
            {
              "zh-CN": "人工智能应用上线前不做风险评估，风险问题在出现后才被发现和处理。",
              en: "AI applications go live without any risk assessment; problems are found and dealt with only after they occur.",
            },
            {
              "zh-CN": "部分重点项目（如面向公众的应用）上线前做过风险评估或安全测评并有报告，但没有统一的评估方法和分级标准，其他应用未评估。",
              en: "A few major projects, such as public-facing ones, had a risk assessment or security test before launch and have a report on file, but there is no common method or grading standard and other applications have not been assessed.",
            },
            {
              "zh-CN":
                "印发统一的人工智能风险评估方法和分级标准，全部在用应用均已评估并登记入风险清单，逐项明确风险等级、管控措施和责任人；高风险应用须经部门领导审批后方可上线，重大变更时重新评估。",
              en: "A common AI risk-assessment method and grading standard have been issued. Every application in use has been assessed and entered in a risk register showing each risk's grade, controls and owner. High-risk applications need sign-off by department leadership before launch and are reassessed after any major change.",
            },
            {
              "zh-CN":
                "在上一级基础上，风险清单每季度更新；跟踪上线前评估覆盖率、高风险项整改完成率、逾期未处置风险项数等指标，归口管理部门每半年向部门领导报告风险状况。",
              en: "In addition, the risk register is updated every quarter; pre-launch assessment coverage, completion of fixes for high risks and the number of overdue risk items are tracked, and the lead division reports on the risk picture to leadership every six months.",
            },
            {
              "zh-CN":
                "在上一级基础上，每年依据指标和事件复盘结果评审并修订评估方法和分级标准；引入第三方评估或与上级、同行部门对标，并对外分享评估模板和经验。",
              en: "In addition, the method and grading standard are reviewed and revised every year using the indicators and incident reviews; the department brings in third-party assessors or benchmarks against higher authorities and peers, and shares its templates and experience.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能风险评估办法及分级标准", en: "AI risk-assessment method and grading standard" },
            { "zh-CN": "人工智能风险清单（台账）", en: "AI risk register" },
            { "zh-CN": "高风险应用上线审批单", en: "Launch approval forms for high-risk applications" },
            { "zh-CN": "半年度风险状况报告", en: "Six-monthly risk report" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "信息中心对面向公众和涉及个人信息的人工智能应用先行开展风险评估或委托安全测评，形成评估报告。",
              en: "The IT centre starts with AI applications that serve the public or handle personal data, assessing their risks itself or commissioning a security test, and files a report for each.",
            },
            {
              "zh-CN": "归口管理部门会同信息中心、法规处制定统一的风险评估方法和分级标准并印发，完成全部在用应用评估，建立风险清单。",
              en: "The lead division, with the IT centre and the legal affairs division, issues a common risk-assessment method and grading standard, assesses every application in use and sets up a risk register.",
            },
            {
              "zh-CN": "建立风险清单季度更新制度，确定评估覆盖率、整改完成率等指标，每半年形成风险状况报告报部门领导。",
              en: "Update the risk register every quarter, set indicators such as assessment coverage and fix completion, and send a six-monthly risk report to leadership.",
            },
            {
              "zh-CN": "每年依据指标和事件复盘修订评估方法，委托第三方抽查评估或与兄弟部门对标，形成改进报告并共享评估模板。",
              en: "Each year, revise the assessment method using the indicators and incident reviews, commission third-party spot checks or benchmark with peer departments, produce an improvement report and share the templates.",
            },
          ],
          source: { section: "四（四）", quote: "细化风险管控策略" },
        },
        {
          code: "SUP.2.2",
          text: {
            "zh-CN": "本部门是否针对不同风险等级和应用场景明确相应管控措施，在支持创新应用的同时守住风险底线？",
            en: "Has the department set controls matched to each risk level and use case, so that it can support new uses of AI while keeping risks in check?",
          },
          help: {
            "zh-CN":
              "管控措施包括使用范围限制（如禁止将涉密信息输入外部大模型）、人工审核环节、内容过滤、访问权限、上线前测试和试运行、对供应商的合同约束等。分级施策指低风险应用走简易程序、高风险应用从严管控，避免“一刀切”抑制创新。",
            en: "Controls include limits on use (e.g. no classified information in external large models), human review steps, content filtering, access rights, pre-launch testing and pilot runs, and contractual obligations on suppliers. Proportionate control means a light procedure for low-risk uses and strict control for high-risk ones, rather than a single rule for everything that stifles innovation.",
          },
          levels: [
            {
              "zh-CN": "没有成文的管控措施，是否限制使用、是否人工审核由经办人员临时决定。",
              en: "There are no written controls; whether use is restricted or output is checked is decided case by case by the staff involved.",
            },
            {
              "zh-CN": "部分应用有具体管控措施（如使用须知禁止输入敏感信息、智能客服答复设人工抽检），但未与风险等级挂钩，各应用做法不一。",
              en: "Some applications have specific controls — a usage notice banning sensitive input, spot checks of chatbot answers — but these are not linked to risk levels and differ from one application to the next.",
            },
            {
              "zh-CN":
                "形成分级管控措施清单，高、中、低风险分别对应明确的审批层级、测试要求、人工审核比例和使用范围限制，低风险应用适用简易程序；清单作为管理办法附件印发，各应用措施落实情况可在风险清单中逐项核对。",
              en: "A tiered list of controls sets out, for high, medium and low risk, the approval level, testing requirements, share of output reviewed by a person and limits on use, with a fast track for low-risk applications. It is issued as an annex to the management rules, and the risk register shows, application by application, that the controls are in place.",
            },
            {
              "zh-CN":
                "在上一级基础上，对措施落实设定量化目标并每半年统计一次，如人工抽检比例达标率、上线前测试通过率、低风险应用平均审批时长，结果与目标对比后报归口管理部门。",
              en: "In addition, measurable targets are set for the controls and figures are compiled every six months — compliance with review sampling rates, pre-launch test pass rates, average approval time for low-risk applications — compared with targets and reported to the lead division.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据数据动态调整管控强度（如对长期运行稳定的应用降低抽检比例、对问题多发场景升级管控）并记录调整依据；与其他部门交流分级管控做法，形成可复制的经验材料。",
              en: "In addition, control intensity is adjusted based on the data — less sampling for applications with a long stable record, tighter control where problems recur — with the reasons recorded; the department exchanges practice with others and writes up its approach so it can be reused.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "分级管控措施清单（管理办法附件）", en: "Tiered list of controls (annex to the management rules)" },
            { "zh-CN": "人工智能工具使用须知", en: "Usage notice for AI tools" },
            { "zh-CN": "上线前测试报告或试运行记录", en: "Pre-launch test reports or pilot-run records" },
            { "zh-CN": "人工抽检记录及半年度统计", en: "Human spot-check records and six-monthly statistics" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "信息中心会同使用处室，为每个在用应用写明至少一条使用限制和一条审核措施，以使用须知形式印发。",
              en: "The IT centre and the divisions using AI write down at least one usage restriction and one review step for each application in use, and issue them as a usage notice.",
            },
            {
              "zh-CN": "归口管理部门按风险等级制定分级管控措施清单，作为管理办法附件印发，并在风险清单中逐项登记各应用措施落实情况。",
              en: "The lead division draws up a tiered list of controls by risk level, issues it as an annex to the management rules, and records in the risk register how each application meets it.",
            },
            {
              "zh-CN": "为主要管控措施设定量化目标，信息中心每半年汇总抽检、测试和审批时长数据，形成落实情况报告。",
              en: "Set measurable targets for the main controls; every six months the IT centre compiles sampling, testing and approval-time data into a report on how the controls are working.",
            },
            {
              "zh-CN": "每年依据数据调整各等级管控强度并记录依据，通过系统内交流会或工作简报分享分级管控经验。",
              en: "Each year, adjust control intensity for each risk level based on the data, record the reasons, and share the approach through meetings or briefings within the system.",
            },
          ],
          source: { section: "四（四）", quote: "既要避免抑制技术创新，又要管控技术风险外溢" },
        },
        {
          code: "SUP.2.3",
          text: {
            "zh-CN": "本部门是否建立人工智能风险事件的报告、处置和复盘机制？",
            en: "Does the department have a procedure for reporting, handling and learning from AI-related incidents?",
          },
          help: {
            "zh-CN":
              "人工智能风险事件包括智能客服或大模型助手给出错误、不当答复，生成违规内容，数据泄露，系统被恶意提示词诱导，以及因算法输出导致群众诉求被错误处理等。机制应明确由谁报告、向谁报告、多长时间内处置，以及事后如何复盘整改。",
            en: "AI incidents include a chatbot or assistant giving wrong or inappropriate answers, generating unlawful content, data leaks, the system being manipulated by malicious prompts, and people's requests being mishandled because of algorithmic output. The procedure should say who reports to whom, how quickly incidents must be handled, and how they are reviewed and fixed afterwards.",
          },
          levels: [
            {
              "zh-CN": "没有人工智能风险事件处置安排，问题出现后临时协调处理，不作记录。",
              en: "There is no arrangement for AI incidents; problems are sorted out ad hoc when they arise and nothing is recorded.",
            },
            {
              "zh-CN": "人工智能事件纳入一般网络安全应急预案或由信息中心按系统故障处理，有处理记录，但对错误答复、违规内容等人工智能特有情形没有专门规定。",
              en: "AI incidents fall under the general cybersecurity contingency plan or are handled by the IT centre as system faults, with records kept, but there are no provisions for AI-specific cases such as wrong answers or unlawful content.",
            },
            {
              "zh-CN":
                "印发人工智能风险事件处置规程，明确事件分级、报告路径和时限、暂停或下线条件、向受影响群众更正和告知的方式；建立事件台账，较大及以上事件均有复盘报告和整改记录；每年至少开展一次演练。",
              en: "A written AI incident procedure sets incident levels, reporting lines and deadlines, when to suspend or take a system offline, and how to correct the record with and inform affected people. An incident log is kept, every significant incident has a review report and a record of fixes, and an exercise is held at least once a year.",
            },
            {
              "zh-CN":
                "在上一级基础上，统计事件数量、平均发现时长、平均处置时长、整改按期完成率等指标并设定目标值，每季度分析并报部门领导。",
              en: "In addition, incident numbers, average time to detect, average time to resolve and on-time completion of fixes are tracked against targets, analysed every quarter and reported to leadership.",
            },
            {
              "zh-CN":
                "在上一级基础上，复盘结论用于改进模型、知识库、管控措施和规程本身，并跟踪同类事件是否减少；向网信部门或同行部门共享脱敏后的典型案例。",
              en: "In addition, lessons from reviews are used to improve models, knowledge bases, controls and the procedure itself, and the department tracks whether similar incidents decline; anonymised case studies are shared with the cyberspace authority or peer departments.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能风险事件处置规程", en: "AI incident-handling procedure" },
            { "zh-CN": "人工智能风险事件台账", en: "AI incident log" },
            { "zh-CN": "事件复盘报告及整改记录", en: "Incident review reports and records of fixes" },
            { "zh-CN": "应急演练方案和总结", en: "Exercise plans and after-action reports" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "信息中心建立人工智能问题登记表，要求使用处室发现错误答复、数据异常等情况当日登记并报信息中心。",
              en: "The IT centre sets up an AI issue log and requires divisions to record wrong answers, data anomalies and similar problems on the day they are found and report them to the IT centre.",
            },
            {
              "zh-CN": "归口管理部门会同信息中心和网络安全责任处室制定人工智能风险事件处置规程并印发，纳入部门应急预案体系，每年组织一次演练。",
              en: "The lead division, with the IT centre and the division responsible for cybersecurity, issues an AI incident procedure, adds it to the department's contingency plans and runs an exercise every year.",
            },
            {
              "zh-CN": "设定发现时长、处置时长等目标值，信息中心每季度形成事件分析报告报部门领导。",
              en: "Set targets for detection and resolution times; the IT centre produces a quarterly incident analysis for leadership.",
            },
            {
              "zh-CN": "对复盘整改事项逐项跟踪销号，每年评估同类事件变化并修订规程，向网信部门或兄弟部门报送脱敏典型案例。",
              en: "Track every review finding until it is closed, assess each year whether similar incidents have fallen, revise the procedure, and submit anonymised case studies to the cyberspace authority or peer departments.",
            },
          ],
          source: { section: "四（四）", quote: "避免技术风险过度溢出" },
        },
      ],
    },
    // ───────────────────────────── SUP.3 ─────────────────────────────
    {
      code: "SUP.3",
      name: { "zh-CN": "数据安全与数据质量", en: "Data security and data quality" },
      description: {
        "zh-CN": "部门是否明确人工智能应用的数据安全要求和数据质量标准，并对训练、知识库和分析所用数据实行登记和全流程管理。",
        en: "Whether the department has clear data-security requirements and data-quality standards for AI, and registers and manages the data used for training, knowledge bases and analysis throughout its life cycle.",
      },
      weight: 1,
      questions: [
        {
          code: "SUP.3.1",
          text: {
            "zh-CN": "本部门是否明确人工智能应用的数据安全要求，并落实到数据输入、存储、访问和供应商管理各环节？",
            en: "Has the department set data-security requirements for its AI applications and applied them to data input, storage, access and supplier management?",
          },
          help: {
            "zh-CN":
              "数据安全要求包括：依据数据分类分级，明确哪些数据可以、哪些不得输入人工智能系统（特别是国家秘密、工作秘密和个人信息）；本地部署或使用外部云服务及数据存储位置；访问权限和日志留存；对模型供应商的保密和数据使用限制条款。本题选择受管理级及以上即需提供书面依据。",
            en: "Data-security requirements cover: which categories of data may or may not be entered into AI systems, based on data classification (especially state secrets, work secrets and personal information); whether systems run on-premises or on external cloud services, and where data is stored; access rights and log retention; and confidentiality and data-use clauses binding model suppliers. Evidence is required from the Managed level upwards.",
          },
          levels: [
            {
              "zh-CN": "没有针对人工智能应用的数据安全要求，工作人员可自行把工作资料输入公共大模型或其他外部工具。",
              en: "There are no AI-specific data-security requirements; staff can paste work material into public large models or other outside tools as they see fit.",
            },
            {
              "zh-CN": "已发文或在使用须知中禁止将涉密信息和敏感个人信息输入外部人工智能工具，部分采购合同含保密条款，但要求未与数据分类分级挂钩，也未检查执行情况。",
              en: "A circular or usage notice bans entering classified information and sensitive personal data into external AI tools, and some contracts contain confidentiality clauses, but the rules are not tied to data classification and no one checks that they are followed.",
            },
            {
              "zh-CN":
                "印发人工智能数据安全管理规定，按数据分类分级明确可输入数据范围、部署和存储要求、访问权限和日志留存期限；全部人工智能采购合同均含数据使用限制和保密条款；系统已落实权限控制和日志记录，并纳入网络安全等级保护测评和保密检查范围。",
              en: "An AI data-security rule sets out, by data classification, what may be entered, deployment and storage requirements, access rights and how long logs are kept. Every AI procurement contract includes data-use limits and confidentiality clauses; the systems enforce access control and logging, and are covered by cybersecurity Multi-Level Protection Scheme (MLPS) assessments and secrecy inspections.",
            },
            {
              "zh-CN":
                "在上一级基础上，跟踪违规输入拦截次数、权限复核完成率、日志审计覆盖率、供应商数据安全检查完成率等指标并设定目标，每季度开展审计并向部门领导报告。",
              en: "In addition, indicators with targets are tracked — blocked attempts to enter prohibited data, completion of access reviews, log-audit coverage, supplier security checks — with a quarterly audit reported to leadership.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据审计结果持续改进技术防护（如部署敏感信息自动识别和拦截）和管理规定；每年开展第三方安全评估或攻防演练，并在系统内推广数据安全做法。",
              en: "In addition, technical safeguards (such as automatic detection and blocking of sensitive data) and the rules are improved continually from audit results; a third-party security assessment or red-team exercise is held every year, and the department's practice is promoted within its system.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能数据安全管理规定或使用须知", en: "AI data-security rule or usage notice" },
            { "zh-CN": "含数据使用限制和保密条款的采购合同", en: "Procurement contracts with data-use and confidentiality clauses" },
            { "zh-CN": "系统访问权限配置和日志截图", en: "Screenshots of access-rights settings and logs" },
            { "zh-CN": "等级保护测评报告或保密检查记录", en: "MLPS assessment report or secrecy inspection record" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 2,
          actions: [
            {
              "zh-CN": "保密办会同信息中心发文，禁止将涉密信息、工作秘密和敏感个人信息输入外部人工智能工具，并在新签合同中加入保密条款。",
              en: "The secrecy office and the IT centre issue a circular banning classified information, work secrets and sensitive personal data from external AI tools, and add confidentiality clauses to new contracts.",
            },
            {
              "zh-CN": "信息中心牵头，会同保密办和数据管理部门依据数据分类分级制定人工智能数据安全管理规定并印发，补签存量合同保密条款，落实系统权限控制和日志记录。",
              en: "The IT centre, with the secrecy office and the data management unit, issues an AI data-security rule based on data classification, adds confidentiality clauses to existing contracts, and puts access control and logging in place.",
            },
            {
              "zh-CN": "确定数据安全监测指标，由信息中心每季度开展日志审计和权限复核，形成审计报告报部门领导。",
              en: "Define data-security indicators; the IT centre audits logs and reviews access rights every quarter and sends the audit report to leadership.",
            },
            {
              "zh-CN": "依据审计结果部署敏感信息自动识别拦截等技术措施，每年开展一次第三方安全评估或攻防演练，并在系统内交流经验。",
              en: "Use audit results to deploy technical measures such as automatic detection and blocking of sensitive data, hold a third-party assessment or red-team exercise every year, and share the lessons within the system.",
            },
          ],
          source: { section: "四（四）", quote: "明确数据安全要求" },
        },
        {
          code: "SUP.3.2",
          text: {
            "zh-CN": "本部门是否制定人工智能应用所用数据的质量标准，并定期开展质量检查？",
            en: "Has the department set quality standards for the data its AI applications use, and does it check data quality regularly?",
          },
          help: {
            "zh-CN":
              "数据质量标准指对训练数据、知识库（如12345热线智能客服的政策问答库）和分析数据在准确性、完整性、一致性、时效性方面的要求，以及检查方法和责任分工。数据质量直接决定人工智能答复和分析结果是否可靠。",
            en: "Data-quality standards set requirements for the accuracy, completeness, consistency and timeliness of training data, knowledge bases (such as the policy Q&A base behind a 12345 hotline bot) and analytical data, together with how checks are done and by whom. The quality of the data directly determines whether AI answers and analysis can be relied on.",
          },
          levels: [
            {
              "zh-CN": "没有数据质量要求，数据导入人工智能系统前不作检查，知识库内容是否过时无人负责。",
              en: "There are no data-quality requirements; data is loaded into AI systems unchecked, and no one is responsible for keeping knowledge-base content current.",
            },
            {
              "zh-CN": "个别应用的数据在导入前由业务处室人工核对，或知识库有指定维护人员，但没有成文标准，检查不定期，记录缺失或不完整。",
              en: "For some applications a business division checks data by hand before it is loaded, or a named person maintains the knowledge base, but there are no written standards, checks are irregular and records are missing or incomplete.",
            },
            {
              "zh-CN":
                "印发人工智能数据质量标准，规定准确性、完整性、一致性、时效性要求和检查方法，明确每个数据集和知识库的责任处室；数据导入前须经质量检查并签字确认，政策调整后知识库在规定时限内更新，检查记录完整。",
              en: "Written data-quality standards set requirements for accuracy, completeness, consistency and timeliness and how to check them, and assign a responsible division to every dataset and knowledge base. Data must pass a signed-off quality check before loading, knowledge bases are updated within a set time after policy changes, and check records are complete.",
            },
            {
              "zh-CN":
                "在上一级基础上，设定量化质量指标（如知识库条目准确率、过期条目占比、政策调整后更新时长、数据缺失率），每月或每季度抽检统计，低于目标的数据集限期整改。",
              en: "In addition, measurable quality targets are set — knowledge-base accuracy, share of outdated entries, time to update after a policy change, missing-data rate — with monthly or quarterly sampling, and any dataset below target must be fixed by a deadline.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据质量指标和错误答复分析追溯问题数据来源，持续改进采集和维护流程；与数据管理部门和上级部门对标质量标准，参与相关标准制定或共享高质量数据集、知识库。",
              en: "In addition, quality figures and analysis of wrong answers are used to trace faulty data to its source and improve collection and maintenance; the department benchmarks its standards with the data authority and higher-level bodies, contributes to related standards, or shares high-quality datasets and knowledge bases.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能数据质量标准", en: "AI data-quality standards" },
            { "zh-CN": "数据导入前质量检查签字记录", en: "Signed pre-loading quality-check records" },
            { "zh-CN": "知识库更新记录", en: "Knowledge-base update log" },
            { "zh-CN": "数据质量抽检统计报告", en: "Data-quality sampling report" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "使用人工智能的业务处室为每个数据集和知识库指定维护责任人，导入和更新前进行人工核对并留存记录。",
              en: "Business divisions using AI name a person responsible for each dataset and knowledge base, who checks data by hand before it is loaded or updated and keeps a record.",
            },
            {
              "zh-CN": "数据管理部门会同信息中心和业务处室制定人工智能数据质量标准并印发，明确导入前签字检查和政策调整后知识库更新时限。",
              en: "The data management unit, with the IT centre and business divisions, issues AI data-quality standards, including a signed check before loading and deadlines for updating knowledge bases after policy changes.",
            },
            {
              "zh-CN": "设定质量指标，由信息中心按月或按季度抽检统计，对低于目标的数据集下达整改通知并跟踪销号。",
              en: "Set quality targets; the IT centre samples and reports monthly or quarterly, issues remediation notices for datasets below target and tracks them until closed.",
            },
            {
              "zh-CN": "每年结合错误答复分析开展数据溯源和流程改进，与数据管理部门对标标准，对外共享脱敏后的高质量数据集或知识库。",
              en: "Each year, trace wrong AI answers back to the data, improve the processes, benchmark the standards with the data authority, and share anonymised high-quality datasets or knowledge bases.",
            },
          ],
          source: { section: "四（四）", quote: "数据质量标准" },
        },
        {
          code: "SUP.3.3",
          text: {
            "zh-CN": "本部门是否对人工智能应用所用数据建立来源登记和全流程管理台账？",
            en: "Does the department keep a register of the data its AI applications use, recording where it comes from and managing it through its life cycle?",
          },
          help: {
            "zh-CN":
              "全流程管理指对用于模型训练、微调、知识库和分析的数据，登记来源（本部门业务系统、共享交换、公开数据、外购数据）、合法性或授权依据、处理方式、使用范围、更新和销毁情况，使数据“积累—治理—应用”形成可追溯的闭环。",
            en: "Life-cycle management means recording, for data used in training, fine-tuning, knowledge bases and analysis, where it comes from (the department's own systems, data sharing, open data, purchased data), the legal basis or authorisation for using it, how it is processed, what it may be used for, and when it is updated or deleted — so that collecting, governing and using the data form a traceable loop.",
          },
          levels: [
            {
              "zh-CN": "不掌握各人工智能应用使用了哪些数据、来自何处，没有任何登记。",
              en: "The department does not know which data its AI applications use or where it comes from; nothing is recorded.",
            },
            {
              "zh-CN": "部分项目的建设文档列出了数据来源，但分散在各项目资料中，未统一登记使用范围、授权依据和更新情况。",
              en: "Some project documents list data sources, but the information is scattered across project files, with no single record of permitted use, legal basis or updates.",
            },
            {
              "zh-CN":
                "建立覆盖全部人工智能应用的数据台账，逐项登记数据来源、合法性或授权依据、敏感程度、使用范围、责任处室、更新频次和到期处置方式；新数据接入须先登记审核，台账由信息中心归口维护。",
              en: "A data register covers every AI application, recording for each dataset its source, legal basis or authorisation, sensitivity, permitted use, responsible division, update frequency and what happens to it at the end of use. New data must be registered and approved before it is connected, and the IT centre maintains the register.",
            },
            {
              "zh-CN":
                "在上一级基础上，每季度将台账与系统实际数据调用情况核对，统计登记完整率、超范围使用次数、到期未处置数据集数量等指标并设定目标，核对结果书面报归口管理部门。",
              en: "In addition, the register is reconciled with actual data use in the systems every quarter; completeness, out-of-scope use and overdue deletions are tracked against targets, and the results are reported in writing to the lead division.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据核对结果改进数据接入和退出流程，数据台账与部门数据资源目录、共享交换平台联动更新；向数据管理部门或同行部门分享做法。",
              en: "In addition, reconciliation results are used to improve how data is brought in and retired, and the register is linked to the department's data resource catalogue and data-sharing platform so that they update together; the approach is shared with the data authority or peer departments.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能数据台账", en: "AI data register" },
            { "zh-CN": "新数据接入登记审核单", en: "Approval forms for connecting new data" },
            { "zh-CN": "台账季度核对记录", en: "Quarterly register reconciliation records" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "信息中心逐个梳理在用人工智能应用的数据来源，形成初步数据清单。",
              en: "The IT centre goes through each AI application in use, identifies its data sources and compiles a first data list.",
            },
            {
              "zh-CN": "信息中心制定数据台账模板和数据接入登记审核程序，经归口管理部门审定后实行，完成全部应用的数据登记。",
              en: "The IT centre drafts a data-register template and an approval procedure for connecting new data, has them approved by the lead division, and registers the data of every application.",
            },
            {
              "zh-CN": "建立台账季度核对制度，设定登记完整率等指标，核对结果书面报归口管理部门。",
              en: "Introduce a quarterly reconciliation of the register, set indicators such as completeness, and report the results in writing to the lead division.",
            },
            {
              "zh-CN": "推动数据台账与部门数据资源目录和共享交换平台对接，每年评估改进数据接入和退出流程，并向数据管理部门报送经验做法。",
              en: "Link the register to the department's data resource catalogue and data-sharing platform, review and improve the data intake and retirement process every year, and submit the approach to the data authority.",
            },
          ],
          source: { section: "三（一）1", quote: "推动数据资产“积累—治理—应用”的业务闭环良性运行" },
        },
      ],
    },
    // ───────────────────────────── SUP.4 ─────────────────────────────
    {
      code: "SUP.4",
      name: { "zh-CN": "算法模型透明度", en: "Algorithm and model transparency" },
      description: {
        "zh-CN": "部门是否掌握并登记所用算法模型、依规履行备案，向公众说明人工智能的使用，并对影响群众和企业权益的人工智能辅助决策保留人工复核。",
        en: "Whether the department knows and registers the algorithms and models it uses, completes any required filing, tells the public how it uses AI, and keeps a human check on AI-assisted decisions that affect people and businesses.",
      },
      weight: 1,
      questions: [
        {
          code: "SUP.4.1",
          text: {
            "zh-CN": "本部门是否建立在用算法模型台账，并依规履行或核验算法备案、生成式人工智能服务备案（登记）？",
            en: "Does the department keep a register of the algorithms and models it uses, and has it completed, or verified, any required algorithm or generative-AI service filing?",
          },
          help: {
            "zh-CN":
              "算法模型台账记录每个模型的名称和版本、提供方、部署方式、用途、训练或知识库数据来源、上线时间和责任处室。依照《互联网信息服务算法推荐管理规定》《生成式人工智能服务管理暂行办法》等规定，符合条件的面向公众服务须向网信部门备案或登记；使用第三方模型的，应核验提供方已完成备案。",
            en: "An algorithm and model register records each model's name and version, supplier, deployment, purpose, source of training or knowledge-base data, launch date and responsible division. Under the Provisions on Algorithmic Recommendation and the Interim Measures for Generative AI Services, certain public-facing services must be filed or registered with the cyberspace authority; where a third-party model is used, the department should verify that the supplier has filed.",
          },
          levels: [
            {
              "zh-CN": "不掌握本部门使用了哪些算法模型及其版本，未考虑备案要求。",
              en: "The department does not know which algorithms or models, or which versions, it uses, and has not considered filing requirements.",
            },
            {
              "zh-CN": "信息中心掌握部分项目的模型信息（如采购文件中的产品名称），但不完整，不跟踪版本更新；个别面向公众的应用核实过备案情况。",
              en: "The IT centre has model details for some projects (e.g. product names in procurement papers), but the list is incomplete and version updates are not tracked; filing status has been checked for a few public-facing applications.",
            },
            {
              "zh-CN":
                "建立覆盖全部在用算法模型的台账，登记名称、版本、提供方、用途、数据来源、部署方式和责任处室，模型升级或更换须同步更新台账；需备案的应用均已完成备案或登记，或留存供应商备案编号等核验材料。",
              en: "A register covers every algorithm and model in use, recording name, version, supplier, purpose, data sources, deployment and responsible division, and must be updated whenever a model is upgraded or replaced. Every application that needs filing has been filed or registered, or the supplier's filing number and other proof are on file.",
            },
            {
              "zh-CN":
                "在上一级基础上，每季度将台账与实际部署情况核对，统计台账准确率、备案核验覆盖率、版本变更登记及时率等指标，结果报归口管理部门。",
              en: "In addition, the register is checked against what is actually deployed every quarter, and its accuracy, the coverage of filing checks and how promptly version changes are recorded are tracked and reported to the lead division.",
            },
            {
              "zh-CN":
                "在上一级基础上，台账与运维系统关联，模型版本变更自动登记，依据核对结果改进登记流程；在政府网站主动公开算法模型清单（含版本和备案编号），做法被其他部门借鉴。",
              en: "In addition, the register is linked to the operations systems so that model version changes are recorded automatically, and the registration process is improved from reconciliation results; the department proactively publishes its list of algorithms and models, with versions and filing numbers, on the government website, and other departments have adopted its approach.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "算法模型台账", en: "Algorithm and model register" },
            { "zh-CN": "算法备案或生成式人工智能服务备案（登记）证明", en: "Proof of algorithm or generative-AI service filing or registration" },
            { "zh-CN": "供应商备案编号核验记录", en: "Records verifying suppliers' filing numbers" },
            { "zh-CN": "台账季度核对记录", en: "Quarterly register reconciliation records" },
          ],
          weight: 1,
          allowNA: false,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "信息中心依据采购合同和系统文档列出在用算法模型的名称、提供方和用途，形成初步清单，并逐项核实面向公众应用的备案情况。",
              en: "Using contracts and system documents, the IT centre lists the name, supplier and purpose of each algorithm and model in use, and checks the filing status of every public-facing application.",
            },
            {
              "zh-CN": "信息中心制定算法模型台账模板和变更登记规定，报归口管理部门审定后实行；需备案的应用完成备案，采购第三方模型的留存备案核验材料。",
              en: "The IT centre drafts a register template and change-recording rules for approval by the lead division; applications that need filing are filed, and proof of suppliers' filings is kept for third-party models.",
            },
            {
              "zh-CN": "建立台账季度核对制度，设定台账准确率和备案核验覆盖率指标，核对结果报归口管理部门。",
              en: "Introduce a quarterly reconciliation of the register, set targets for accuracy and filing-check coverage, and report the results to the lead division.",
            },
            {
              "zh-CN": "推动台账与运维系统自动关联，每年改进登记流程，并在政府网站公开算法模型清单。",
              en: "Link the register to the operations systems, improve the registration process each year, and publish the list of algorithms and models on the government website.",
            },
          ],
          source: { section: "四（四）", quote: "算法模型透明度要求" },
        },
        {
          code: "SUP.4.2",
          text: {
            "zh-CN": "面向公众的人工智能应用是否向使用者明示人工智能身份，并以通俗方式说明其用途、主要依据和局限？",
            en: "Do the department's public-facing AI services tell users they are dealing with AI, and explain in plain language what the service is for, what it relies on and what its limits are?",
          },
          help: {
            "zh-CN":
              "例如12345热线智能客服应告知群众正在与智能系统交流并提供转人工渠道；人工智能生成的文字、图片、音视频应按《人工智能生成合成内容标识办法》添加标识；对群众关注的分析或推荐结果应能说明主要依据。没有面向公众的人工智能应用的部门可选“不适用”。",
            en: "For example, a 12345 hotline bot should tell people they are talking to an automated system and offer a way to reach a person; AI-generated text, images, audio and video should be labelled under the Measures for Labelling AI-Generated and Synthetic Content; and the department should be able to explain the main basis for analysis or recommendations that matter to the public. Departments with no public-facing AI may answer “Not applicable”.",
          },
          levels: [
            {
              "zh-CN": "公众使用人工智能服务时不被告知对方是人工智能，没有转人工渠道，也没有说明材料。",
              en: "People using the AI service are not told it is AI, cannot reach a person and have no explanation to consult.",
            },
            {
              "zh-CN": "部分应用在界面上注明“智能客服”或提供转人工选项，但没有统一的告知和标识要求，生成内容未标识，也没有对外说明材料。",
              en: "Some applications carry a label such as “virtual assistant” or offer a human option, but there is no common rule on notices and labels, generated content is not labelled, and there is no public explanation.",
            },
            {
              "zh-CN":
                "印发并执行面向公众人工智能应用的告知和标识规范：全部面向公众的应用均明示人工智能身份、提供转人工渠道，生成内容按规定标识；每个应用有公开的通俗说明，写明用途、主要依据的数据和规则、可能出错的情形和纠错渠道。",
              en: "A notice and labelling standard for public-facing AI has been issued and is applied: every such application says it is AI and offers a route to a person, generated content is labelled as required, and each application has a plain-language public explanation of its purpose, the main data and rules it relies on, where it can go wrong and how to get errors corrected.",
            },
            {
              "zh-CN":
                "在上一级基础上，每季度检查告知和标识落实情况，统计转人工请求率、群众对人工智能答复的满意度、因人工智能答复引发的投诉数等指标，并与目标值比较。",
              en: "In addition, notices and labels are checked every quarter, and figures such as the rate of requests to speak to a person, satisfaction with AI answers and complaints arising from AI answers are compared with targets.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据指标和群众反馈改进说明方式（如简化表述、增加示例），每年请群众代表或第三方测试说明是否易懂；做法向兄弟部门推广。",
              en: "In addition, explanations are improved using the indicators and public feedback (simpler wording, worked examples), members of the public or a third party test every year whether they are easy to understand, and the approach is shared with peer departments.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能告知和标识规范", en: "Standard on AI notices and labelling" },
            { "zh-CN": "应用界面人工智能身份提示和转人工入口截图", en: "Screenshots of the AI notice and the route to a person" },
            { "zh-CN": "公开的应用通俗说明", en: "Published plain-language explanation of the application" },
            { "zh-CN": "季度检查记录和满意度统计", en: "Quarterly check records and satisfaction statistics" },
          ],
          weight: 1,
          allowNA: true,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "信息中心会同服务处室，在全部面向公众的人工智能应用界面或语音开场白中增加人工智能身份提示和转人工选项。",
              en: "The IT centre and the service divisions add an AI notice and an option to reach a person to the screen or opening message of every public-facing AI application.",
            },
            {
              "zh-CN": "归口管理部门制定告知和标识规范并印发，为每个面向公众的应用编写通俗说明并在服务入口和政府网站公开，生成内容按规定添加标识。",
              en: "The lead division issues a notice and labelling standard, writes a plain-language explanation for each public-facing application and publishes it at the point of service and on the government website, and makes sure generated content is labelled as required.",
            },
            {
              "zh-CN": "设定转人工率、满意度和相关投诉数等指标，服务处室每季度检查告知标识落实情况并形成报告。",
              en: "Set targets for transfer-to-human rates, satisfaction and related complaints; the service divisions check notices and labels every quarter and report the results.",
            },
            {
              "zh-CN": "每年组织群众代表或第三方对说明材料开展可理解性测试，据此修订说明并向兄弟部门分享。",
              en: "Each year, have members of the public or a third party test whether the explanations are understandable, revise them accordingly and share the results with peer departments.",
            },
          ],
          source: { section: "三（四）2", quote: "为群众提供咨询服务" },
        },
        {
          code: "SUP.4.3",
          text: {
            "zh-CN": "对人工智能辅助作出的、影响群众和企业权益的决定，本部门是否保留人工复核，并向当事人说明理由、提供申诉渠道？",
            en: "Where AI helps make decisions that affect the rights and interests of people or businesses, does the department keep a human review step, explain the reasons to those affected and give them a way to challenge the decision?",
          },
          help: {
            "zh-CN":
              "此类决定包括行政审批、执法检查对象筛选、补贴资格审核、信用评价、诉求分派等。《个人信息保护法》规定，通过自动化决策作出对个人权益有重大影响的决定，个人有权要求说明，并有权拒绝仅通过自动化决策方式作出决定。未在此类决定中使用人工智能的部门可选“不适用”。",
            en: "Such decisions include administrative approvals, selecting targets for inspection, subsidy eligibility checks, credit ratings and routing of public requests. Under the Personal Information Protection Law, people may ask for an explanation of automated decisions that significantly affect their rights and may refuse decisions made solely by automated means. Departments that do not use AI in such decisions may answer “Not applicable”.",
          },
          levels: [
            {
              "zh-CN": "人工智能输出直接作为决定依据，是否复核由经办人员自行掌握，当事人不知道决定过程中使用了人工智能。",
              en: "AI output is used directly as the basis for decisions; whether anyone checks it is up to the individual officer, and those affected do not know AI was involved.",
            },
            {
              "zh-CN": "部分业务规定人工智能结果须经人工确认后生效，但复核要求不统一，复核过程不留记录，也不向当事人说明。",
              en: "Some processes require a person to confirm AI results before they take effect, but requirements differ, reviews are not recorded and those affected are not told.",
            },
            {
              "zh-CN":
                "制度明确：凡影响群众和企业权益的决定，人工智能只作辅助，须由有权限人员复核签批，复核意见及是否采纳人工智能建议在系统中留痕；向当事人告知使用了人工智能辅助及主要理由，并提供申诉和转人工重新办理渠道。",
              en: "The rules state that for any decision affecting the rights of people or businesses, AI is advisory only: an authorised officer must review and sign off, and the review and whether the AI recommendation was followed are recorded in the system. Those affected are told AI was used and given the main reasons, and can appeal and have the matter dealt with again by a person.",
            },
            {
              "zh-CN":
                "在上一级基础上，每季度统计人工复核覆盖率、人工改变人工智能建议的比例、申诉率和申诉改正率；出现异常（如改变比例长期接近零、申诉改正率明显上升）时开展专项核查。",
              en: "In addition, review coverage, the rate at which officers change the AI recommendation, appeal rates and the share of appeals upheld are tracked every quarter; anomalies — a change rate close to zero for a long period, which suggests rubber-stamping, or a clear rise in upheld appeals — trigger a targeted check.",
            },
            {
              "zh-CN":
                "在上一级基础上，依据复核和申诉数据改进模型和业务规则；每年评估算法是否对特定群体产生不公平结果并公开评估结论；做法被上级或兄弟部门借鉴。",
              en: "In addition, review and appeal data are used to improve the models and business rules; every year the department tests whether the algorithm produces unfair results for particular groups and publishes the findings, and higher authorities or peer departments have adopted its approach.",
            },
          ],
          evidenceExamples: [
            { "zh-CN": "人工智能辅助决策人工复核规定", en: "Rules on human review of AI-assisted decisions" },
            { "zh-CN": "业务系统中的复核签批记录截图", en: "Screenshots of review and sign-off records in the case system" },
            { "zh-CN": "告知当事人的文书样本或界面截图", en: "Sample notice to the person affected, or screenshot" },
            { "zh-CN": "申诉处理统计表", en: "Appeal-handling statistics" },
          ],
          weight: 1,
          allowNA: true,
          evidenceFromLevel: 3,
          actions: [
            {
              "zh-CN": "使用人工智能辅助决策的业务处室增设人工确认环节，人工智能结果须经经办人员签字确认后方可生效。",
              en: "Divisions that use AI in decisions add a confirmation step: AI results take effect only after the case officer has signed them off.",
            },
            {
              "zh-CN": "法规处会同业务处室制定人工智能辅助决策人工复核和告知规定并印发，复核在业务系统中留痕，并在决定文书中告知当事人理由和申诉渠道。",
              en: "The legal affairs division and business divisions issue rules on human review of and notice about AI-assisted decisions; reviews are recorded in the case system, and decision letters tell those affected the reasons and how to appeal.",
            },
            {
              "zh-CN": "信息中心在业务系统中统计复核覆盖率、改变率和申诉改正率，法规处每季度分析并对异常开展专项核查。",
              en: "The IT centre produces review-coverage, change-rate and upheld-appeal figures from the case system; the legal affairs division analyses them every quarter and investigates anomalies.",
            },
            {
              "zh-CN": "每年开展一次算法公平性评估并公开结论，据此修订模型和业务规则，向上级报送经验做法。",
              en: "Carry out an annual fairness assessment of the algorithm, publish the findings, revise the models and business rules accordingly, and submit the approach to higher authorities.",
            },
          ],
          source: { section: "三（四）1", quote: "推动数据驱动的智能决策替代经验决策" },
        },
      ],
    },
  ],
};
