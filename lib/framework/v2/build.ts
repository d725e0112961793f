import type { InstrumentId } from "../instruments";
import { renderLevel, type BasisEntry, type Criterion, type Localized, type questionSchema } from "../schema";
import type { z } from "zod";

// Helpers that keep the 2.0 content files short. They only assemble data:
// the level texts and improvement steps are rendered from the criteria, so a
// criterion is written once and shown the same everywhere.

type QuestionInput = z.input<typeof questionSchema>;

export const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

/** One criterion: its control id, Chinese and English text. */
export const c = (id: string, zh: string, en: string): Criterion => ({ id, "zh-CN": zh, en });

/** A clause read in the original (or an original fragment). */
export const b = (instrument: InstrumentId, clause: string): BasisEntry => ({ instrument, clause });
/** A clause known only from reports or third-party quotes: shown "(secondary source)". */
export const s = (instrument: InstrumentId, clause: string): BasisEntry => ({ instrument, clause, secondary: true });
export const nist = (...ids: string[]): BasisEntry[] => ids.map((id) => b("NIST_AI_RMF", id));

/** Scope notes shared by several questions (one definition of "AI application"). */
export const SCOPE = {
  all: L(
    "本题所称人工智能应用，是指本部门履职中使用的基于机器学习或大模型的系统和服务，包括自建、采购、由上级或本级统建平台开通的应用，以及工作人员办公使用的外部人工智能工具；不含仅按固定规则运行的传统信息系统。“本部门”指被评估单位本身，不含其统筹的其他单位。",
    "Here an AI application is any system or service based on machine learning or a large model that the department uses in its work: built in-house, bought, provided by a shared platform run by the higher level or by the same-level government, or an external AI tool staff use for office work. Conventional systems that only follow fixed rules do not count. \"The department\" is the assessed unit itself, not other units it coordinates.",
  ),
  production: L(
    "本题所称人工智能应用，仅指在生产环境运行、由本部门使用或对外提供的应用（含上级或本级统建平台为本部门开通的应用），不含工作人员自行使用的外部人工智能工具和尚在试点的应用。",
    "Here an AI application means one running in production that the department uses or offers (including applications a shared higher-level or same-level platform provides to it); it excludes external AI tools staff use on their own and applications still in pilot.",
  ),
  public: L(
    "本题所称人工智能服务，是指通过人工智能直接面向群众、企业提供的咨询、导办、办理等服务（含热线、网站、移动端渠道）。",
    "Here an AI service is a service that uses AI to deal directly with citizens or businesses — enquiries, guidance, handling of matters — on any channel (hotline, website, mobile).",
  ),
  decision: L(
    "本题所称影响权益的决定，是指行政许可、给付、处罚、检查对象选取、评审等对群众、企业权利义务产生影响的决定，包括人工智能仅提供建议的情形。",
    "Here a decision affecting rights is any decision that changes the rights or duties of citizens or businesses — licences, benefits, penalties, selection for inspection, evaluations — including where AI only makes a recommendation.",
  ),
  support: L(
    "本题所称辅助决策，是指利用人工智能对数据进行分析、预测，为本部门决策或民情研判提供参考，包括利用热线、信访、网络留言等数据分析民情。",
    "Here decision support means using AI to analyse or forecast from data to inform the department's decisions or its reading of public sentiment, including analysis of hotline, petition and online-message data.",
  ),
} as const;

export interface Q2 {
  code: string;
  text: Localized;
  help: Localized;
  scope: Localized;
  helpVariants?: Record<string, Localized>;
  criteria: { 2: Criterion[]; 3: Criterion[]; 4: Criterion[]; 5: Criterion[] };
  evidence: Localized[];
  allowNA?: boolean;
  evidenceFromLevel?: 2 | 3;
  source: { section: string; quote: string };
  basis: BasisEntry[];
}

const L1: Localized = L("第二级条件尚未全部满足。", "The level 2 conditions are not all met yet.");

/** Improvement step k → k+1: meet every criterion of level k+1 and keep the evidence. */
function action(level: 2 | 3 | 4 | 5, criteria: readonly Criterion[]): Localized {
  const r = renderLevel(2, criteria);
  return L(
    `对照第${"二三四五"[level - 2]}级条件逐项落实并留存证明材料：${r["zh-CN"]}`,
    `Meet each level ${level} condition and keep the evidence: ${r.en}`,
  );
}

export function q2(q: Q2): QuestionInput {
  const levels = ([2, 3, 4, 5] as const).map((l) => renderLevel(l, q.criteria[l]));
  return {
    code: q.code,
    text: q.text,
    help: q.help,
    levels: [L1, ...levels],
    evidenceExamples: q.evidence,
    weight: 1,
    allowNA: q.allowNA ?? false,
    evidenceFromLevel: q.evidenceFromLevel ?? 2,
    actions: ([2, 3, 4, 5] as const).map((l) => action(l, q.criteria[l])),
    source: q.source,
    criteria: { "2": q.criteria[2], "3": q.criteria[3], "4": q.criteria[4], "5": q.criteria[5] },
    basis: q.basis,
    scope: q.scope,
    ...(q.helpVariants ? { helpVariants: q.helpVariants } : {}),
  };
}

/** Scope note = a shared definition plus what is specific to this question. */
export const scope = (base: Localized, extra?: Localized): Localized =>
  extra ? L(`${base["zh-CN"]}${extra["zh-CN"]}`, `${base.en} ${extra.en}`) : base;
