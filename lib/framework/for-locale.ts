import type { Framework, Localized } from "./schema";

type Locale = keyof Localized;

function isLocalized(v: unknown): v is Localized {
  if (!v || typeof v !== "object" || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as Localized)["zh-CN"] === "string" && typeof (v as Localized).en === "string";
}

function strip<T>(value: T, locale: Locale, dropText: ReadonlySet<string>, key?: string): T {
  if (Array.isArray(value)) {
    const drop = key !== undefined && dropText.has(key);
    return value.map((x) => (drop && isLocalized(x) ? { "zh-CN": "", en: "" } : strip(x, locale, dropText))) as T;
  }
  if (isLocalized(value)) {
    return { "zh-CN": locale === "zh-CN" ? value["zh-CN"] : "", en: locale === "en" ? value.en : "" } as T;
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v, locale, dropText, k)])) as T;
  }
  return value;
}

/**
 * The framework as the questionnaire's browser side needs it: the reader's
 * language only (the other is blanked, keeping the shape the components and
 * the scoring engine expect) and no improvement-action texts (the live score
 * needs their count, not their words). Halves what the page hands the browser.
 */
export function frameworkForClient(framework: Framework, locale: Locale): Framework {
  // Loaded frameworks are cached per version and never change, so their slim copies can be kept beside them.
  let perLocale = slimCache.get(framework);
  if (!perLocale) slimCache.set(framework, (perLocale = new Map()));
  let slim = perLocale.get(locale);
  if (!slim) perLocale.set(locale, (slim = strip(framework, locale, DROP_TEXT)));
  return slim;
}

const DROP_TEXT: ReadonlySet<string> = new Set(["actions"]);
const slimCache = new WeakMap<Framework, Map<Locale, Framework>>();

/**
 * A fresh blank text each time: React serialises an object it has already
 * sent as a reference to its first place in the tree, a string of ~80 bytes
 * here (longer than the blank itself), and the skeleton has ~500 of them.
 */
const blank = () => ({ "zh-CN": "", en: "" }) as const;
const skeletonCache = new WeakMap<Framework, Map<Locale, Framework>>();

/**
 * What the questionnaire's client islands still need once the server renders
 * every question's texts as HTML (issue 11): the structure, weights and rules
 * the live score, progress and checks use, the names the navigation, score
 * and targets show, the indicators' headings and descriptions, the question
 * text for the conflict dialog, and the
 * applicability profile the first step edits. Descriptors, criteria, help,
 * scope, evidence examples, sources and clauses are blanked or left out
 * (arrays keep their length: the scoring engine counts actions and levels).
 */
export function frameworkSkeletonForClient(framework: Framework, locale: Locale): Framework {
  let perLocale = skeletonCache.get(framework);
  if (!perLocale) skeletonCache.set(framework, (perLocale = new Map()));
  let skeleton = perLocale.get(locale);
  if (!skeleton) {
    const slim = frameworkForClient(framework, locale);
    skeleton = {
      ...slim,
      description: blank(),
      glossary: undefined,
      dimensions: slim.dimensions.map((d) => ({
        ...d,
        description: blank(),
        indicators: d.indicators.map((i) => ({
          ...i,
          questions: i.questions.map((q) => ({
            code: q.code,
            text: q.text,
            help: blank(),
            levels: q.levels.map(blank),
            evidenceExamples: q.evidenceExamples.map(blank),
            weight: q.weight,
            allowNA: q.allowNA,
            evidenceFromLevel: q.evidenceFromLevel,
            actions: q.actions,
            source: { section: q.source.section, quote: "" },
          })),
        })),
      })),
    };
    perLocale.set(locale, skeleton);
  }
  return skeleton;
}
