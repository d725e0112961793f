import { L } from "./build";

/** One term per concept across 2.0; shown on the methodology page. */
export const glossary2 = [
  { term: L("人工智能应用", "AI application"), definition: L("本部门履职中使用的基于机器学习或大模型的系统和服务，包括自建、采购、统建平台开通的应用和外部人工智能工具；不含仅按固定规则运行的传统信息系统。", "A system or service based on machine learning or a large model used in the department's work: built, bought, provided by a shared platform, or an external AI tool. Conventional rule-based systems are excluded.") },
  { term: L("在用应用", "Application in use"), definition: L("在生产环境运行的人工智能应用，不含外部人工智能工具和试点应用。", "An AI application running in production; external tools and pilots are excluded.") },
  { term: L("外部人工智能工具", "External AI tool"), definition: L("工作人员办公使用、非本部门建设或采购的人工智能服务，如互联网大模型服务。", "An AI service staff use for office work that the department neither built nor bought, such as an online large-model service.") },
  { term: L("统建平台", "Shared platform"), definition: L("上级部门或本级政府统一建设、向多个部门提供算力或模型服务的平台。", "A platform built by a higher-level body or the same-level government that provides compute or models to several departments.") },
  { term: L("本部门", "The department"), definition: L("被评估单位本身；数据管理部门作答时不含其统筹的本级其他部门。", "The assessed unit itself; when a data authority answers, other departments it coordinates are excluded.") },
  { term: L("牵头处室", "Lead division"), definition: L("本部门内统筹人工智能工作的处室（科室）。", "The internal division (or section) that coordinates AI work.") },
  { term: L("应用责任人", "Application owner"), definition: L("对某一在用应用的业务、技术或安全负责的人员。", "A person answerable for the business use, technical running or security of an application in use.") },
  { term: L("部门领导班子", "Leadership"), definition: L("本部门党组（党委）和行政领导班子；本框架中各项报告的唯一报送对象。", "The department's Party group and executive leadership; the one recipient of reports in this framework.") },
  { term: L("人工智能治理报告", "AI-governance report"), definition: L("牵头处室定期编制、汇总各项统计的唯一报告；其他问题第四级的统计均纳入该报告。", "The one periodic report, compiled by the lead division, into which all level 4 figures of other questions go.") },
  { term: L("备案", "Filing"), definition: L("模型产品和服务在网信部门完成的算法备案或生成式人工智能服务备案（登记）。", "The algorithm or generative-AI service filing (registration) of a model or service with the cyberspace authority.") },
  { term: L("保密“护栏”", "Secrecy guardrail"), definition: L("在网络或系统层面检测并拦截敏感信息输入人工智能的技术措施。", "A technical measure that detects and blocks sensitive information from being entered into AI.") },
  { term: L("幻觉", "Hallucination"), definition: L("人工智能生成看似合理但与事实不符的内容。", "AI output that sounds plausible but is false.") },
  { term: L("自动化偏见", "Automation bias"), definition: L("使用人倾向于不加核对地接受人工智能输出。", "The tendency to accept AI output without checking it.") },
  { term: L("提示词注入", "Prompt injection"), definition: L("通过构造输入使模型绕过设定规则的攻击。", "An attack that crafts input so the model bypasses its rules.") },
  { term: L("资源耗尽", "Resource exhaustion"), definition: L("以大量或超长请求使服务不可用的攻击。", "An attack that makes a service unavailable with floods of requests or very long ones.") },
  { term: L("敏感数据汇聚", "Aggregation of sensitive data"), definition: L("多来源数据集中并关联后形成工作秘密或敏感个人信息的风险。", "The risk that pooled and linked data from several sources reveal work secrets or sensitive personal information.") },
  { term: L("数据出境", "Cross-border transfer"), definition: L("政务数据或个人信息被提供或传输到境外，包括使用服务器位于境外的人工智能服务。", "Government data or personal information provided or sent abroad, including by using AI services hosted abroad.") },
  { term: L("险情", "Near miss"), definition: L("未造成后果但暴露风险的情况。", "A situation that exposed a risk without causing harm.") },
];
