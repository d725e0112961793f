import type { DimensionInput } from "../schema";
import { b, c, L, nist, q2, s, scope, SCOPE } from "./build";

// 2.0 dimension SUP — transparent supervision rules (paper 四（四）: 法律法规、风险管控策略、数据安全要求、数据质量标准、算法模型透明度要求).
export const sup2: DimensionInput = {
  code: "SUP",
  name: L("公开透明的监管规则", "Transparent supervision rules"),
  description: L(
    "考察部门是否依法梳理义务并公开规则，按风险分级管控并在上线前测试，落实保密、数据出境、敏感数据汇聚和数据质量要求，规范供应商和备案模型选用，并保障群众的知情和申诉权利。",
    "Whether the department knows and publishes its obligations, grades risks and tests before launch, applies secrecy, cross-border, aggregation and data-quality requirements, manages suppliers and the choice of filed models, and protects the public's right to know and to appeal.",
  ),
  weight: 1,
  indicators: [
    {
      code: "SUP.1",
      name: L("合规依据与公开", "Legal basis and publication"),
      description: L("适用的法律法规和义务清单，以及规则和服务情况的公开。", "The list of applicable laws and obligations, and publication of rules and services."),
      weight: 1,
      questions: [
        q2({
          code: "SUP.1.1",
          text: L(
            "本部门是否梳理并更新使用人工智能须遵守的法律法规、标准和上级要求，明确每项义务的落实处室？",
            "Has the department listed, and does it keep up to date, the laws, standards and higher-level requirements that apply to its use of AI, with a responsible division for each obligation?",
          ),
          help: L(
            "通常包括网络安全法、数据安全法、个人信息保护法、保守国家秘密法及其实施条例、网络数据安全管理条例、生成式人工智能服务管理暂行办法、人工智能生成合成内容标识办法和政务领域人工智能大模型部署应用指引等。",
            "Usually the Cybersecurity, Data Security, Personal Information Protection and State Secrets laws and the secrecy regulations, the Network Data Security regulations, the generative-AI measures, the AI-content labelling measures and the 2025 guideline on large models in government.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("compliance-list", "牵头处室已整理适用的法律法规和上级文件清单", "The lead division has a list of the applicable laws, regulations and higher-level documents")],
            3: [
              c("compliance-obligations", "清单逐项列明具体义务及落实处室，至少涵盖网络安全、数据安全、个人信息保护、保密、生成式人工智能服务和内容标识", "The list sets out each obligation and the division responsible, covering at least cybersecurity, data security, personal information, secrecy, generative-AI services and content labelling"),
              c("compliance-legal-review", "清单经法规处室审核，新规定施行后 30 日内更新", "The legal division has reviewed the list, and it is updated within 30 days of a new rule taking effect"),
            ],
            4: [c("compliance-check-stats", "每年逐项检查义务落实情况，落实率和未落实事项纳入人工智能治理报告", "Every year each obligation is checked; the rate of compliance and open items go into the AI-governance report")],
            5: [c("compliance-gap-closure", "未落实事项逐项明确整改措施和时限，整改结果在下一次检查中核验，记录可查", "Each open item has a fix and a deadline, and the fix is verified at the next check, with records")],
          },
          evidence: [L("合规依据和义务清单", "The list of laws and obligations"), L("法规处室审核意见", "The legal division's review")],
          source: { section: "四（四）", quote: "基于法律法规、算法模型、应用场景等实际情况" },
          basis: [b("PIPL", "第三十四条"), b("DSL", "第三十八条"), ...nist("GOVERN 1.1")],
        }),
        q2({
          code: "SUP.1.2",
          text: L(
            "本部门是否主动公开人工智能使用的基本原则和面向公众的人工智能服务情况？",
            "Does the department publish its principles for using AI and information on the AI services it offers the public?",
          ),
          help: L(
            "公开的是规则和服务情况，不是技术细节：模型版本、接口等可能暴露攻击面的信息不在公开范围内。",
            "What is published is the rules and the services, not technical detail: model versions, interfaces and other information that could help an attacker are not published.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("disclosure-principles", "在门户网站或服务页面公开本部门使用人工智能的基本原则", "The department's principles for using AI are published on its portal or service pages")],
            3: [c("disclosure-public-list", "在门户网站固定栏目公开面向公众的人工智能服务清单，写明用途、能力局限、提供方和咨询投诉渠道，变化后 20 个工作日内更新", "A fixed section of the portal lists the AI services offered to the public, with purpose, limits, provider and where to ask or complain, updated within 20 working days of any change")],
            4: [c("disclosure-consistency-check", "每半年核对公开内容与应用清单是否一致，核对结果纳入人工智能治理报告", "Every six months the published information is checked against the inventory; the result goes into the AI-governance report")],
            5: [c("disclosure-public-feedback", "公开栏目设置意见征集入口，每年汇总群众意见并公开答复采纳情况", "The section invites comments; every year the comments are summarised and the department publishes how it responded")],
          },
          evidence: [L("公开栏目网页截图或链接", "Screenshots or links of the published section")],
          source: { section: "四（四）", quote: "制定公开透明的人工智能监管规则体系" },
          basis: [b("ALGO", "第十六条"), b("AISGF_1", "4.1.3 (a)"), ...nist("GOVERN 1.4", "MEASURE 2.8")],
        }),
      ],
    },
    {
      code: "SUP.2",
      name: L("风险分级与上线前测试", "Risk grading and pre-launch testing"),
      description: L("按风险等级确定审批和管控措施，上线和重大变更前开展安全测试。", "Approval and controls set by risk level, and security testing before launch and major changes."),
      weight: 1,
      questions: [
        q2({
          code: "SUP.2.1",
          text: L(
            "本部门是否对人工智能应用场景开展风险评估，按风险等级确定审批层级和管控措施？",
            "Does the department assess the risk of each AI use case and set the approval level and controls by risk grade?",
          ),
          help: L(
            "风险分级宜考虑：对群众、企业权益的影响程度，决定是否可逆，处理数据的敏感程度，以及人工智能是提供建议还是直接产生结果。涉及个人信息的自动化决策须事前开展个人信息保护影响评估。",
            "Grading should consider the effect on citizens' and businesses' rights, whether the outcome can be reversed, how sensitive the data are, and whether AI only advises or produces the result. Automated decisions on personal information need a prior personal-information impact assessment.",
          ),
          scope: SCOPE.all,
          criteria: {
            2: [c("risk-assessed-before-use", "新场景使用前由提出处室书面分析主要风险", "Before a new use case starts, the proposing division analyses its main risks in writing")],
            3: [
              c("risk-method", "印发风险评估与分级办法，按权益影响、可逆性、数据敏感程度和自动化程度将场景分为高、中、低三级，并列明禁止使用人工智能的情形", "Issued rules grade use cases high, medium or low by effect on rights, reversibility, data sensitivity and degree of automation, and list cases where AI must not be used"),
              c("risk-graded-approval", "高风险场景经部门领导班子集体研究同意，中、低风险场景按办法规定的层级审批，评估和审批记录可查", "High-risk use cases need the collective agreement of the leadership; medium and low ones are approved at the level the rules set; assessments and approvals are recorded"),
            ],
            4: [c("risk-register-stats", "建立场景风险清单，每半年统计各等级场景数量和管控措施落实情况，纳入人工智能治理报告", "A register of graded use cases is kept; every six months the number per grade and the state of controls are counted and go into the AI-governance report")],
            5: [c("risk-reclassification", "每年依据监测数据和事件对风险清单逐项复核，每项调整（放宽、维持或收紧）均有书面依据和审批记录", "Every year each entry in the register is reviewed against monitoring data and incidents; each decision to relax, keep or tighten is justified in writing and approved")],
          },
          evidence: [L("风险评估与分级办法", "The risk grading rules"), L("场景风险清单和审批记录", "The risk register and approval records")],
          source: { section: "四（四）", quote: "细化风险管控策略" },
          basis: [b("AISGF_1", "5.1"), s("AISGF_2", "风险分级"), b("PIPL", "第五十五条"), ...nist("MAP 1.5", "GOVERN 1.3")],
        }),
        q2({
          code: "SUP.2.2",
          text: L(
            "人工智能应用上线或重大变更前，是否开展安全测试，覆盖提示词注入、资源耗尽、敏感信息泄露和越权访问等风险？",
            "Before an AI application goes live or is substantially changed, is it security-tested for prompt injection, resource exhaustion, leakage of sensitive information and unauthorised access?",
          ),
          help: L(
            "提示词注入是指通过构造输入使模型绕过设定的规则；资源耗尽是指以大量或超长请求使服务不可用。测试可委托有资质的机构开展。",
            "Prompt injection is crafting input that makes the model bypass its rules; resource exhaustion is making the service unavailable with floods of requests or very long ones. Testing may be contracted to a qualified body.",
          ),
          helpVariants: {
            upperPlatform: L(
              "应用由上级或本级统建平台提供的，平台侧测试由运营方开展，本部门须取得并审阅测试报告，并对本部门配置的知识库、提示词和接口开展测试。",
              "Where a shared platform provides the application, the operator tests the platform; the department obtains and reviews the test report and tests the knowledge base, prompts and interfaces it configures itself.",
            ),
          },
          scope: SCOPE.production,
          allowNA: true,
          criteria: {
            2: [c("sectest-before-launch", "应用上线前已开展功能测试和网络安全检测，发现的问题整改后上线", "Before launch the application has had functional and cybersecurity testing, and findings were fixed before it went live")],
            3: [
              c("sectest-ai-cases", "上线和重大变更前的安全测试包含提示词注入、越权访问、敏感信息泄露和资源耗尽测试用例，测试报告经安全责任人签字", "Security tests before launch and major changes include prompt-injection, unauthorised-access, sensitive-leakage and resource-exhaustion cases; the security owner signs the report"),
              c("sectest-vendor-report", "采购或统建平台提供的模型，须取得提供方的安全测试报告并审阅，审阅意见留存", "For models bought or provided by a shared platform, the provider's security test report is obtained and reviewed, and the review is kept"),
            ],
            4: [c("sectest-findings-stats", "统计测试发现的问题数和整改完成率，纳入人工智能治理报告", "Findings and the rate of fixes are counted and go into the AI-governance report")],
            5: [c("sectest-periodic-retest", "在用应用每年至少复测一次，测试用例依据新出现的攻击方式和事件更新，更新记录可查", "Applications in use are retested at least once a year, with test cases updated for new attack methods and incidents, with records")],
          },
          evidence: [L("安全测试报告", "Security test reports"), L("提供方测试报告及审阅意见", "Provider test reports and review notes")],
          source: { section: "四（四）", quote: "政府部门也要注意对人工智能技术进行有效监管，避免技术风险过度溢出" },
          basis: [s("TC260_004", "测试方法"), s("TC260_004", "安全要求"), b("AISGF_1", "6.1 (g) (h) (j)"), ...nist("MEASURE 2.7", "MEASURE 2.3")],
        }),
      ],
    },
    {
      code: "SUP.3",
      name: L("数据安全与数据质量", "Data security and data quality"),
      description: L("保密和输入管控、敏感数据汇聚、数据出境，以及训练数据和知识库的质量。", "Secrecy and input control, aggregation of sensitive data, cross-border transfer, and the quality of training data and knowledge bases."),
      weight: 1,
      questions: [
        q2({
          code: "SUP.3.1",
          text: L(
            "本部门是否规定允许使用的人工智能工具和可以输入的数据，并以技术手段防止国家秘密、工作秘密和敏感信息输入非涉密人工智能？",
            "Has the department set which AI tools may be used and what data may be entered, and does it use technical means to keep state secrets, work secrets and sensitive information out of non-classified AI?",
          ),
          help: L(
            "指引要求严格执行“涉密不上网、上网不涉密”，加装保密“护栏”，防止国家秘密、工作秘密和敏感信息输入非涉密人工智能大模型。",
            "The 2025 guideline requires strict separation of classified work from networked systems, secrecy guardrails, and keeping state secrets, work secrets and sensitive information out of non-classified large models.",
          ),
          helpVariants: {
            noStaffTools: L(
              "工作人员不使用外部人工智能工具的，第三级的使用规定仍须印发并写明这一点；第四级的技术拦截针对本部门在用应用的输入。",
              "Where staff do not use external AI tools, the level 3 rules must still be issued and say so; the level 4 technical blocking then applies to input to the department's own applications.",
            ),
          },
          scope: SCOPE.all,
          criteria: {
            2: [c("secrecy-notice", "已书面传达“涉密不上网、上网不涉密”要求，明确国家秘密不得输入非涉密人工智能", "The rule that classified material never goes on networked systems has been passed on in writing, stating that state secrets must not be entered into non-classified AI")],
            3: [
              c("input-rules", "印发人工智能使用规定，列明允许使用的人工智能工具，并按数据分类分级列明禁止输入的信息类别（国家秘密、工作秘密、敏感个人信息、重要数据等）", "Issued rules list the AI tools allowed and, by data classification, the categories that must not be entered (state secrets, work secrets, sensitive personal information, important data and others)"),
              c("user-commitment", "使用人签署保密和使用承诺，承诺书存档", "Users sign a secrecy and use commitment, which is filed"),
            ],
            4: [c("input-guardrail", "部署敏感信息输入检测拦截（保密“护栏”），每季度统计拦截和告警次数，纳入人工智能治理报告", "Detection and blocking of sensitive input (a secrecy guardrail) is in place; blocks and alerts are counted every quarter and go into the AI-governance report")],
            5: [c("guardrail-rule-update", "每半年依据拦截记录、保密检查和事件更新拦截规则和禁止输入类别，更新记录可查", "Every six months the blocking rules and prohibited categories are updated from block records, secrecy inspections and incidents, with records")],
          },
          evidence: [L("人工智能使用规定", "The AI use rules"), L("保密和使用承诺书", "Signed commitments"), L("拦截统计", "Blocking statistics")],
          source: { section: "四（四）", quote: "明确数据安全要求" },
          basis: [s("GUIDELINE", "运行管理·严格落实保密要求"), b("SECRECY", "第三十一条（三）"), b("SECRECY_REG", "第四十一条"), b("AISGF_1", "6.3 (g)")],
        }),
        q2({
          code: "SUP.3.2",
          text: L(
            "本部门是否防范在人工智能应用中汇聚、关联敏感数据引发的泄密和个人信息风险？",
            "Does the department guard against leaks and privacy harm from aggregating and linking sensitive data in AI applications?",
          ),
          help: L(
            "单条数据不敏感，汇聚到知识库、训练数据或对话记录并相互关联后，可能推断出工作秘密或个人敏感信息。指引和保守国家秘密法均要求防范数据汇聚、关联引发的泄密风险。",
            "Items that are harmless one by one can, once pooled in a knowledge base, training set or chat history and linked, reveal work secrets or sensitive personal information. Both the guideline and the State Secrets Law require guarding against this.",
          ),
          scope: scope(SCOPE.all, L("“汇聚”指将多个来源的数据集中到知识库、训练数据或对话记录中。", "Aggregation means pooling data from several sources in a knowledge base, training set or chat history.")),
          criteria: {
            2: [c("aggregation-data-listed", "每个人工智能应用登记接入的数据来源和数据类别", "For every AI application the data sources and categories it draws on are recorded")],
            3: [
              c("aggregation-assessment", "建设知识库、汇集训练数据或接入多源数据前，开展汇聚关联风险评估，判断汇聚后数据的密级和敏感程度，经保密处室审核", "Before building a knowledge base, pooling training data or connecting several sources, the aggregation risk is assessed — the classification and sensitivity of the combined data — and the secrecy division reviews it"),
              c("aggregation-min-access", "应用只接入履职必需的数据，知识库和对话记录的访问权限按岗位最小授权", "Applications draw only on data needed for the department's duties, and access to knowledge bases and chat histories is granted by post on a least-privilege basis"),
            ],
            4: [c("aggregation-access-audit", "每半年审计知识库和对话记录的访问日志，异常访问逐项核查，审计结果纳入人工智能治理报告", "Every six months access logs of knowledge bases and chat histories are audited and anomalies investigated; the result goes into the AI-governance report")],
            5: [c("aggregation-reassess", "每新增一个数据来源即重新评估汇聚风险，评估记录可查", "The aggregation risk is reassessed each time a data source is added, with records")],
          },
          evidence: [L("汇聚关联风险评估记录", "Aggregation risk assessments"), L("访问权限设置和审计记录", "Access settings and audit records")],
          source: { section: "四（四）", quote: "明确数据安全要求" },
          basis: [s("GUIDELINE", "运行管理·严格落实保密要求"), b("SECRECY", "第三十六条第二款"), b("NDSR", "第十六条"), b("PIPL", "第二十八条"), b("AISGF_1", "4.2.3 (b)")],
        }),
        q2({
          code: "SUP.3.3",
          text: L(
            "本部门使用人工智能服务或模型时，是否防止政务数据和个人信息未经评估向境外提供？",
            "When it uses AI services or models, does the department prevent government data and personal information from going abroad without assessment?",
          ),
          help: L(
            "国家机关处理的个人信息应当在境内存储；确需向境外提供的，应当进行安全评估。部分外部人工智能工具的服务器位于境外，使用即可能构成数据出境。",
            "Personal information processed by state bodies must be stored in China; any transfer abroad requires a security assessment. Some external AI tools run on servers abroad, so using them may itself be a transfer.",
          ),
          scope: scope(SCOPE.all, L("含通过外部人工智能工具、接口或插件把数据发往境外服务器的情形。", "It includes data sent to servers abroad through external AI tools, APIs or plug-ins.")),
          criteria: {
            2: [c("crossborder-prohibition", "已书面规定：政务数据和个人信息输入境外人工智能服务前须经安全评估", "A written rule requires a security assessment before any government data or personal information is entered into an AI service abroad")],
            3: [
              c("crossborder-location-check", "应用清单中的每个人工智能应用和外部工具均核实数据存储和处理地点，核实记录可查", "For every application and external tool in the inventory, where data are stored and processed has been verified, with records"),
              c("crossborder-assessment", "确需向境外提供数据的，事前完成个人信息保护影响评估并依法申报安全评估，未完成的不予使用", "Where a transfer abroad is genuinely needed, a personal-information impact assessment and the statutory security assessment are completed first; until then the service is not used"),
            ],
            4: [c("crossborder-access-control", "对未经批准的境外人工智能服务实施网络访问控制，每季度统计访问尝试次数，纳入人工智能治理报告", "Network access to unapproved AI services abroad is blocked; attempts are counted every quarter and go into the AI-governance report")],
            5: [c("crossborder-recheck", "每年重新核实提供方的数据处理地点和服务条款变化，核实记录可查", "Every year providers' data locations and terms are re-verified, with records")],
          },
          evidence: [L("数据处理地点核实记录", "Records verifying data locations"), L("访问控制策略", "Access-control settings")],
          source: { section: "四（四）", quote: "明确数据安全要求" },
          basis: [b("PIPL", "第三十六条"), b("PIPL", "第三十八条"), b("PIPL", "第五十五条（四）"), b("DSL", "第三十一条"), b("AISGF_1", "4.1.2 (f)")],
        }),
        q2({
          code: "SUP.3.4",
          text: L(
            "本部门用于人工智能的训练数据、知识库和提示词模板，是否有质量标准、导入审核和更新要求？",
            "Do the training data, knowledge bases and prompt templates the department uses for AI have quality standards, sign-off before import and update rules?",
          ),
          help: L(
            "知识库内容过时或错误，是智能问答答复错误的主要原因之一。指引要求加强政务数据治理，持续提升数据质量。",
            "Outdated or wrong knowledge-base content is a main cause of wrong answers. The 2025 guideline calls for better government data governance and continuous improvement of data quality.",
          ),
          scope: L(
            "本题所称数据，是指本部门用于训练、微调模型或构建知识库的数据，以及本部门编写的提示词模板；不训练、不微调模型且不自建知识库的，按适用情况不适用。",
            "Data here means the data the department uses to train or fine-tune models or build knowledge bases, and the prompt templates it writes. A department that neither trains nor fine-tunes models nor builds a knowledge base is out of scope through its profile.",
          ),
          allowNA: true,
          criteria: {
            2: [c("dq-owner", "每个知识库或训练数据集均有维护处室", "Every knowledge base or training set has a division that maintains it")],
            3: [
              c("dq-standard", "印发数据和知识库质量标准，规定准确性、时效性、来源合法和清除失效信息的要求", "Issued standards set requirements for accuracy, timeliness, lawful origin and removal of outdated content"),
              c("dq-import-signoff", "内容导入前经维护处室负责人审核签字，导入记录可查", "The head of the maintaining division signs off content before import, with records"),
            ],
            4: [c("dq-quality-check", "每季度抽查知识库内容的准确性和时效性，抽查合格率纳入人工智能治理报告", "Every quarter knowledge-base content is sampled for accuracy and currency; the pass rate goes into the AI-governance report")],
            5: [c("dq-policy-sync", "建立政策文件与知识库条目的对应关系，政策废止或修订后 5 个工作日内下架或更新相应条目，记录可查", "Knowledge-base entries are linked to the policy documents they rest on; when a policy is repealed or amended, the entries are withdrawn or updated within five working days, with records")],
          },
          evidence: [L("数据和知识库质量标准", "Data and knowledge-base quality standards"), L("导入审核记录", "Import sign-off records")],
          source: { section: "四（四）", quote: "数据质量标准" },
          basis: [s("GUIDELINE", "规范部署·加强政务数据治理"), b("DSL", "第三十七条"), b("PIPL", "第八条"), b("AISGF_1", "4.1.2 (e)"), ...nist("MAP 2.3")],
        }),
      ],
    },
    {
      code: "SUP.4",
      name: L("供应商、透明度与权益保障", "Suppliers, transparency and rights"),
      description: L("备案模型选用和合同条款，向群众明示人工智能，影响权益决定的人工决定、说明和申诉。", "Choosing filed models and contract terms, telling the public about AI, and human decisions, explanation and appeal where rights are affected."),
      weight: 1,
      questions: [
        q2({
          code: "SUP.4.1",
          text: L(
            "本部门选用人工智能模型和服务时，是否核实备案情况，并在合同中约定数据使用限制、保密和退出条款？",
            "When choosing AI models and services, does the department check their filing status and write data-use limits, confidentiality and exit terms into the contract?",
          ),
          help: L(
            "据指引，智能问答、辅助文书起草等通用场景须采用市场上成熟、已完成网信部门备案的模型产品和服务。委托处理数据须以合同约定并监督受托方；受托方未经同意不得留存、使用数据或作关联分析。",
            "According to the guideline, general use cases such as question-answering and drafting should use mature models and services already filed with the cyberspace authority. Data processing by a contractor must be governed by contract and supervised; the contractor may not keep, use or link the data without consent.",
          ),
          scope: scope(SCOPE.all, L("含免费或按账号开通的外部人工智能工具。", "It includes free or account-based external AI tools.")),
          criteria: {
            2: [c("supplier-filing-check", "选用模型产品和服务前核实其网信部门备案（登记）情况，核实结果留存", "Before a model or service is chosen, its filing with the cyberspace authority is checked and the result kept")],
            3: [
              c("supplier-contract-terms", "新签人工智能采购合同或服务协议均约定：不得将本部门数据用于模型训练、合同终止后返还或删除数据、供应商人员保密义务、未经同意不得转委托", "Every new AI contract or service agreement provides that the department's data are not used to train models, are returned or deleted when the contract ends, that the supplier's staff are bound to confidentiality, and that there is no subcontracting without consent"),
              c("supplier-exit-terms", "合同约定退出安排（数据和知识库的导出格式、迁移协助期限），避免被单一供应商锁定", "The contract sets exit arrangements (export formats for data and knowledge bases, a period of migration support) to avoid lock-in"),
            ],
            4: [c("supplier-compliance-check", "每年检查供应商履行数据和保密条款的情况，检查结果纳入人工智能治理报告", "Every year suppliers' compliance with the data and confidentiality terms is checked; the result goes into the AI-governance report")],
            5: [c("supplier-exit-test", "对核心应用每年验证一次数据和知识库导出，确认可以迁移，验证记录可查", "For core applications the export of data and knowledge bases is tested once a year to confirm migration is possible, with records")],
          },
          evidence: [L("备案核实记录", "Filing checks"), L("合同中的数据、保密和退出条款", "The data, confidentiality and exit clauses of contracts")],
          source: { section: "四（四）", quote: "基于法律法规、算法模型、应用场景等实际情况" },
          basis: [s("GUIDELINE", "规范部署·采用已备案模型"), b("DSL", "第四十条"), b("PIPL", "第二十一条"), b("NDSR", "第十二条"), b("CSL", "第三十六条"), ...nist("GOVERN 6.1", "MANAGE 3.1")],
        }),
        q2({
          code: "SUP.4.2",
          text: L(
            "本部门面向群众、企业的人工智能服务，是否明示由人工智能提供并说明能力局限？",
            "Do the department's AI services for citizens and businesses make clear that AI is answering and explain its limits?",
          ),
          help: L(
            "拟人化设计可以提升服务体验，但不得使群众误以为在与工作人员交流。",
            "A human-like style can make a service friendlier, but users must not be led to think they are dealing with a member of staff.",
          ),
          scope: SCOPE.public,
          allowNA: true,
          criteria: {
            2: [c("public-ai-disclosure", "服务页面以显著方式提示答复由人工智能生成", "The service page states prominently that answers are generated by AI")],
            3: [
              c("public-limits-notice", "服务页面说明答复仅供参考的范围、能力局限和以正式文件为准的事项", "The page explains where answers are for reference only, the service's limits and which matters are governed by the official documents"),
              c("public-no-impersonation", "人工智能服务不以工作人员的身份或姓名自称", "The AI service never presents itself under a staff member's identity or name"),
            ],
            4: [c("public-disclosure-check", "每季度检查各服务渠道的提示和说明是否完整，检查结果纳入人工智能治理报告", "Every quarter each channel's notices are checked for completeness; the result goes into the AI-governance report")],
            5: [c("public-disclosure-usability", "每年组织群众测试提示和说明是否易于理解，依据测试结果修改，记录可查", "Every year the notices are tested with members of the public for clarity and revised from the results, with records")],
          },
          evidence: [L("服务页面截图", "Screenshots of service pages")],
          source: { section: "四（四）", quote: "算法模型透明度要求" },
          basis: [b("AISGF_1", "4.1.3 (a)"), b("GENAI", "第四条（五）"), ...nist("MEASURE 2.8")],
        }),
        q2({
          code: "SUP.4.3",
          text: L(
            "人工智能参与影响群众、企业权益的决定时，是否由工作人员作出最终决定，并向当事人说明、提供申诉途径？",
            "Where AI takes part in decisions that affect citizens' or businesses' rights, does a member of staff make the final decision, and is the person concerned given an explanation and a way to appeal?",
          ),
          help: L(
            "个人信息保护法规定，通过自动化决策作出对个人权益有重大影响的决定，个人有权要求说明，并有权拒绝仅通过自动化决策作出决定。",
            "The Personal Information Protection Law gives individuals the right to an explanation of automated decisions that significantly affect them, and to refuse decisions made solely by automated means.",
          ),
          scope: SCOPE.decision,
          allowNA: true,
          criteria: {
            2: [c("rights-human-final", "影响权益的决定均由有权限的工作人员作出，人工智能仅提供建议", "Decisions affecting rights are all made by authorised staff; AI only recommends")],
            3: [
              c("rights-reasons-recorded", "工作人员采纳或不采纳人工智能建议的理由记入案卷", "The reasons for following or not following the AI's recommendation are recorded in the case file"),
              c("rights-explanation-appeal", "决定文书告知当事人可申请说明人工智能在决定中的作用，并告知申诉途径", "The decision notice tells the person they may ask how AI was involved and how to appeal"),
            ],
            4: [c("rights-appeal-stats", "每半年统计说明申请、申诉数量和因人工智能原因改变决定的数量，纳入人工智能治理报告", "Every six months requests for explanation, appeals and decisions changed because of AI are counted and go into the AI-governance report")],
            5: [c("rights-bias-check", "每年对人工智能建议按地区、人群等维度开展偏差检查，发现偏差的调整模型或规则，检查记录可查", "Every year AI recommendations are checked for bias by region, group and similar factors, and the model or rules are adjusted where bias is found, with records")],
          },
          evidence: [L("案卷中的采纳理由记录", "Reasons recorded in case files"), L("决定文书样本", "Sample decision notices")],
          source: { section: "四（四）", quote: "算法模型透明度要求" },
          basis: [b("PIPL", "第二十四条"), b("ALGO", "第十七条第三款"), b("AISGF_1", "6.3 (i)"), ...nist("MAP 3.5", "MEASURE 3.3", "MEASURE 2.11")],
        }),
      ],
    },
  ],
};
