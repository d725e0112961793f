import type { Localized } from "./schema";

/**
 * The binding and reference instruments a 2.0 question may cite in `basis`.
 * `reliability` records how the text was read (see the instruments digest):
 * "text" = the official text (or the cited clauses in full) was read;
 * "fragment" = only fragments of the official text were read;
 * "secondary" = only reports or third-party quotes were found.
 * A citation of a "secondary" instrument — or of a clause outside
 * `primaryClauses` — must carry `secondary: true` and is shown "(secondary source)".
 */
export interface Instrument {
  name: Localized;
  reliability: "text" | "fragment" | "secondary";
  /** Well-formed clause references for this instrument. */
  clausePattern: RegExp;
  /** Clauses read in the original even though the instrument as a whole is not. */
  primaryClauses?: RegExp;
}

const ARTICLE = /^第[一二三四五六七八九十]+条(第[一二三四五]款)?(（[一二三四五六七八九十]+）)*$/;

export const INSTRUMENTS = {
  GUIDELINE: {
    name: {
      "zh-CN": "《政务领域人工智能大模型部署应用指引》（中央网信办、国家发展改革委，2025）",
      en: "Guideline on Deploying and Applying Large AI Models in Government Affairs (CAC and NDRC, 2025)",
    },
    reliability: "secondary",
    // Only the five part titles are known; sub-clause numbers were seen only in third-party quotes.
    clausePattern: /^(总体要求|应用场景|规范部署|运行管理|保障措施)(·[\u4e00-\u9fff“”、]{2,20})?$/,
  },
  TC260_004: {
    name: { "zh-CN": "TC260-004《政务大模型应用安全规范》（2025）", en: "TC260-004 Security Specification for Government Large-Model Applications (2025)" },
    reliability: "secondary",
    clausePattern: /^(范围|术语|风险|安全要求|测试方法)$/,
  },
  AISGF_1: {
    name: { "zh-CN": "《人工智能安全治理框架》1.0（全国网安标委，2024）", en: "AI Safety Governance Framework 1.0 (TC260, 2024)" },
    reliability: "fragment",
    clausePattern: /^\d(\.\d){0,2}( \([a-j]\))*$/,
  },
  AISGF_2: {
    name: { "zh-CN": "《人工智能安全治理框架》2.0（2025）", en: "AI Safety Governance Framework 2.0 (2025)" },
    reliability: "secondary",
    clausePattern: /^(风险分级|全流程治理机制)$/,
  },
  CSL: {
    name: { "zh-CN": "《中华人民共和国网络安全法》（2016 年文本条号）", en: "Cybersecurity Law of the PRC (article numbers of the 2016 text)" },
    reliability: "text",
    clausePattern: ARTICLE,
  },
  DSL: {
    name: { "zh-CN": "《中华人民共和国数据安全法》", en: "Data Security Law of the PRC" },
    reliability: "text",
    clausePattern: ARTICLE,
  },
  PIPL: {
    name: { "zh-CN": "《中华人民共和国个人信息保护法》", en: "Personal Information Protection Law of the PRC" },
    reliability: "text",
    clausePattern: ARTICLE,
  },
  GENAI: {
    name: { "zh-CN": "《生成式人工智能服务管理暂行办法》", en: "Interim Measures for the Management of Generative AI Services" },
    reliability: "secondary",
    clausePattern: ARTICLE,
    // Articles 1–4 were read in a full-text reprint; later articles only in third-party quotes.
    primaryClauses: /^第[一二三四]条/,
  },
  LABELING: {
    name: { "zh-CN": "《人工智能生成合成内容标识办法》", en: "Measures for Labelling AI-Generated and Synthetic Content" },
    reliability: "secondary",
    clausePattern: /^(显式标识|隐式标识|第[一二三四五六七八九十]+条)$/,
  },
  ALGO: {
    name: { "zh-CN": "《互联网信息服务算法推荐管理规定》", en: "Provisions on the Administration of Algorithmic Recommendation" },
    reliability: "text",
    clausePattern: ARTICLE,
  },
  NDSR: {
    name: { "zh-CN": "《网络数据安全管理条例》", en: "Regulations on Network Data Security Management" },
    reliability: "text",
    clausePattern: ARTICLE,
  },
  SECRECY: {
    name: { "zh-CN": "《中华人民共和国保守国家秘密法》", en: "Law of the PRC on Guarding State Secrets" },
    reliability: "text",
    clausePattern: ARTICLE,
  },
  SECRECY_REG: {
    name: { "zh-CN": "《保守国家秘密法实施条例》", en: "Implementing Regulations of the Law on Guarding State Secrets" },
    reliability: "text",
    clausePattern: ARTICLE,
  },
  NIST_AI_RMF: {
    name: { "zh-CN": "NIST AI RMF 1.0（NIST AI 100-1）", en: "NIST AI RMF 1.0 (NIST AI 100-1)" },
    reliability: "text",
    clausePattern: /^(GOVERN|MAP|MEASURE|MANAGE) \d\.\d{1,2}$/,
  },
} as const satisfies Record<string, Instrument>;

export type InstrumentId = keyof typeof INSTRUMENTS;
export const INSTRUMENT_IDS = Object.keys(INSTRUMENTS) as [InstrumentId, ...InstrumentId[]];

/** Whether a citation of this clause must be marked "(secondary source)". */
export function needsSecondaryMark(instrument: InstrumentId, clause: string): boolean {
  const i: Instrument = INSTRUMENTS[instrument];
  if (i.reliability !== "secondary") return false;
  return !(i.primaryClauses?.test(clause) ?? false);
}

/** The NIST AI RMF function a subcategory id belongs to (for the crosswalk filter). */
export const NIST_FUNCTIONS = ["GOVERN", "MAP", "MEASURE", "MANAGE"] as const;
export type NistFunction = (typeof NIST_FUNCTIONS)[number];

/** The 指引's five parts (for the crosswalk filter). */
export const GUIDELINE_PARTS = ["总体要求", "应用场景", "规范部署", "运行管理", "保障措施"] as const;
