import { z } from "zod";
import { frameworkSchema, type Framework } from "./schema";
import { allQuestionsOf } from "./walk";

/**
 * Checking a framework JSON uploaded in the app (issue 10 §3): the same schema
 * and checks as lib/framework/json.ts and the validation tests (unique codes and
 * criterion ids, level texts rendered from criteria, well-formed basis, profile
 * rules naming existing questions), with each problem said in words — where in
 * the framework ("维度 GOV › 指标 GOV.1 › 题目 GOV.1.2 › 第 3 级 › 第 1 项条件")
 * and what is wrong — for a province administrator, not a developer.
 *
 * Pure: the words come from the caller's catalogue through `t`.
 */

export const MAX_FRAMEWORK_BYTES = 2 * 1024 * 1024;

export type Words = (key: string, params?: Record<string, string | number>) => string;

export interface FrameworkProblem {
  where: string;
  message: string;
}

export interface FrameworkSummary {
  code: string;
  version: string;
  name: { "zh-CN": string; en: string };
  dimensions: number;
  indicators: number;
  questions: number;
  criteria: boolean;
  profile: boolean;
}

export type FrameworkCheck = { ok: true; framework: Framework; summary: FrameworkSummary } | { ok: false; problems: FrameworkProblem[] };

const MAX_PROBLEMS = 200;

export function summarize(framework: Framework): FrameworkSummary {
  return {
    code: framework.code,
    version: framework.version,
    name: framework.name,
    dimensions: framework.dimensions.length,
    indicators: framework.dimensions.reduce((n, d) => n + d.indicators.length, 0),
    questions: allQuestionsOf(framework).length,
    criteria: allQuestionsOf(framework).some((q) => q.criteria !== undefined),
    profile: framework.profile !== undefined,
  };
}

/** Parses and checks the text; `zhCN` makes zod's own messages Chinese. */
export function checkFrameworkText(text: string, t: Words, zhCN: boolean): FrameworkCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return { ok: false, problems: [{ where: t("where.document"), message: t("problems.notJson", { detail: err instanceof Error ? err.message : "" }) }] };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, problems: [{ where: t("where.document"), message: t("problems.notObject") }] };
  }
  const parsed = frameworkSchema.safeParse(raw, zhCN ? { error: z.locales.zhCN().localeError } : undefined);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((i) => ({
      where: describeWhere(i.path, raw, t),
      message: describeIssue(i.message, raw, t),
    }));
    return { ok: false, problems };
  }
  return { ok: true, framework: parsed.data, summary: summarize(parsed.data) };
}

type Path = readonly PropertyKey[];

/** "维度 GOV › 指标 GOV.1 › 题目 GOV.1.2 › 第 3 级 › 第 1 项条件", from the issue's path and the document's own codes. */
export function describeWhere(path: Path, raw: unknown, t: Words): string {
  const parts: string[] = [];
  let node: unknown = raw;
  const at = (key: PropertyKey) => (node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined);
  const codeOf = (v: unknown, i: number) =>
    v && typeof v === "object" && typeof (v as { code?: unknown }).code === "string" ? (v as { code: string }).code : t("where.nth", { n: i + 1 });
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    const child = at(key);
    if (key === "dimensions" && typeof next === "number") {
      node = (child as unknown[] | undefined)?.[next];
      parts.push(t("where.dimension", { code: codeOf(node, next) }));
      i++;
    } else if (key === "indicators" && typeof next === "number") {
      node = (child as unknown[] | undefined)?.[next];
      parts.push(t("where.indicator", { code: codeOf(node, next) }));
      i++;
    } else if (key === "questions" && typeof next === "number" && path[0] !== "profile") {
      node = (child as unknown[] | undefined)?.[next];
      parts.push(t("where.question", { code: codeOf(node, next) }));
      i++;
    } else if (key === "criteria" && typeof next === "string") {
      node = (child as Record<string, unknown> | undefined)?.[next];
      parts.push(t("where.level", { n: next }));
      i++;
      if (typeof path[i + 1] === "number") {
        parts.push(t("where.criterion", { n: (path[i + 1] as number) + 1 }));
        node = (node as unknown[] | undefined)?.[path[i + 1] as number];
        i++;
      }
    } else if (key === "levels" && typeof next === "number") {
      parts.push(t("where.levelText", { n: next + 1 }));
      node = (child as unknown[] | undefined)?.[next];
      i++;
    } else if (key === "basis" && typeof next === "number") {
      parts.push(t("where.basis", { n: next + 1 }));
      node = (child as unknown[] | undefined)?.[next];
      i++;
    } else if (key === "profile") {
      parts.push(t("where.profile"));
      node = child;
    } else if (key === "rules" && typeof next === "number") {
      node = (child as unknown[] | undefined)?.[next];
      const id = node && typeof node === "object" && typeof (node as { id?: unknown }).id === "string" ? (node as { id: string }).id : String(next + 1);
      parts.push(t("where.rule", { id }));
      i++;
    } else if (key === "questions" && typeof next === "number") {
      parts.push(t("where.profileQuestion", { n: next + 1 }));
      node = (child as unknown[] | undefined)?.[next];
      i++;
    } else if (typeof key === "number") {
      parts.push(t("where.item", { n: key + 1 }));
      node = child;
    } else {
      parts.push(FIELDS.has(String(key)) ? t(`fields.${String(key)}`) : String(key));
      node = child;
    }
  }
  return parts.length ? parts.join(" › ") : t("where.document");
}

const FIELDS = new Set(["code", "version", "name", "description", "text", "help", "weight", "allowNA", "evidenceFromLevel", "evidenceExamples", "actions", "source", "section", "quote", "scope", "id", "instrument", "clause", "secondary", "reportQuestion", "answeringRule", "glossary", "notApplicable", "helpVariants", "when", "zh-CN", "en"]);

/** The schema's own checks (English, for developers) said in the catalogue's words. */
const PATTERNS: [RegExp, string, string[]][] = [
  [/^duplicate criterion id (\S+) \(also in (.+)\)$/, "duplicateCriterion", ["id", "other"]],
  [/^duplicate code (\S+)$/, "duplicateCode", ["code"]],
  [/^indicator (\S+) must start with (\S+?)\.?$/, "indicatorPrefix", ["code", "prefix"]],
  [/^question (\S+) must start with (\S+?)\.?$/, "questionPrefix", ["code", "prefix"]],
  [/^question (\S+) has no criteria while others do$/, "noCriteria", ["code"]],
  [/^question (\S+) has no basis$/, "noBasis", ["code"]],
  [/^question (\S+) has no scope note$/, "noScope", ["code"]],
  [/^question (\S+) L(\d) text is not the rendering of its criteria$/, "levelText", ["code", "level"]],
  [/^malformed clause "(.*)" for (\S+)$/, "malformedClause", ["clause", "instrument"]],
  [/^(\S+) (.+) was read only in secondary sources: mark it secondary$/, "secondary", ["instrument", "clause"]],
  [/^reportQuestion (\S+) is not a question$/, "reportQuestion", ["code"]],
  [/^rule (\S+): unknown profile question (\S+)$/, "ruleUnknownProfileQuestion", ["rule", "code"]],
  [/^rule (\S+): unknown question (\S+)$/, "ruleUnknownQuestion", ["rule", "code"]],
  [/^rule (\S+): (\S+) does not allow N\/A$/, "ruleNoNa", ["rule", "code"]],
  [/^rule (\S+): (\S+) has no option (\S+)$/, "ruleNoOption", ["rule", "code", "option"]],
  [/^rule (\S+): (\S+) has no help variant (\S+)$/, "ruleNoVariant", ["rule", "code", "variant"]],
  [/^duplicate rule (\S+)$/, "duplicateRule", ["rule"]],
  [/^duplicate profile question (\S+)$/, "duplicateProfileQuestion", ["code"]],
];

export function describeIssue(message: string, raw: unknown, t: Words): string {
  for (const [re, key, names] of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? ""]));
    // A question whose code names a dimension the framework does not have: say so, not just "wrong prefix".
    if (key === "questionPrefix" || key === "indicatorPrefix") {
      const dim = params.code!.split(".")[0]!;
      const dims = Array.isArray((raw as { dimensions?: unknown }).dimensions)
        ? ((raw as { dimensions: { code?: unknown }[] }).dimensions.map((d) => d?.code).filter((c) => typeof c === "string") as string[])
        : [];
      if (!dims.includes(dim)) return t(`problems.unknownDimension`, { code: params.code!, dimension: dim });
    }
    return t(`problems.${key}`, params);
  }
  return message;
}
