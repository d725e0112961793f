import "server-only";
import { db, Prisma } from "@/lib/db";
import { frameworkSchema, type Framework, type Question } from "@/lib/framework";

export interface LoadedFramework {
  framework: Framework;
  questionByCode: Map<string, Question & { id: string; dimension: string; indicator: string }>;
}

// Published versions never change, so one load per version per process is enough.
const cache = new Map<string, Promise<LoadedFramework>>();

/**
 * The stored framework version as the typed Framework the engine and the UI
 * use. Inside a transaction pass its client: with a one-connection pool (the
 * embedded database) a read on another connection would wait for ever.
 */
export function loadFramework(frameworkVersionId: string, client: Prisma.TransactionClient = db()): Promise<LoadedFramework> {
  let hit = cache.get(frameworkVersionId);
  if (!hit) {
    hit = readFramework(frameworkVersionId, client);
    cache.set(frameworkVersionId, hit);
    hit.catch(() => cache.delete(frameworkVersionId));
  }
  return hit;
}

async function readFramework(frameworkVersionId: string, client: Prisma.TransactionClient): Promise<LoadedFramework> {
  const fv = await client.frameworkVersion.findUniqueOrThrow({
    where: { id: frameworkVersionId },
    include: {
      dimensions: {
        orderBy: { position: "asc" },
        include: {
          indicators: { orderBy: { position: "asc" }, include: { questions: { orderBy: { position: "asc" } } } },
        },
      },
    },
  });
  const ids = new Map<string, string>();
  const fromRows = frameworkSchema.parse({
    code: fv.code,
    version: fv.version,
    name: { "zh-CN": fv.nameZh, en: fv.nameEn },
    description: { "zh-CN": fv.descriptionZh, en: fv.descriptionEn },
    dimensions: fv.dimensions.map((d) => ({
      code: d.code,
      name: { "zh-CN": d.nameZh, en: d.nameEn },
      description: { "zh-CN": d.descriptionZh, en: d.descriptionEn },
      weight: Number(d.weight),
      indicators: d.indicators.map((i) => ({
        code: i.code,
        name: { "zh-CN": i.nameZh, en: i.nameEn },
        description: { "zh-CN": i.descriptionZh, en: i.descriptionEn },
        weight: Number(i.weight),
        questions: i.questions.map((q) => {
          ids.set(q.code, q.id);
          return {
            code: q.code,
            text: { "zh-CN": q.textZh, en: q.textEn },
            help: { "zh-CN": q.helpZh, en: q.helpEn },
            levels: q.levels,
            evidenceExamples: q.evidenceExamples,
            weight: Number(q.weight),
            allowNA: q.allowNa,
            evidenceFromLevel: q.evidenceFromLevel,
            actions: q.actions,
            source: { section: q.sourceSection, quote: q.sourceQuote },
          };
        }),
      })),
    })),
  });
  // 2.0+: the stored document is the full content; the rows give the question ids and must agree with it.
  const framework = fv.document === null ? fromRows : frameworkSchema.parse(fv.document);
  if (framework.code !== fv.code || framework.version !== fv.version) {
    throw new Error(`framework ${fv.code} ${fv.version}: stored document is for ${framework.code} ${framework.version}`);
  }
  const questionByCode: LoadedFramework["questionByCode"] = new Map();
  for (const d of framework.dimensions) {
    for (const i of d.indicators) {
      for (const q of i.questions) {
        const id = ids.get(q.code);
        if (!id) throw new Error(`framework ${fv.code} ${fv.version}: question ${q.code} has no stored row`);
        questionByCode.set(q.code, { ...q, id, dimension: d.code, indicator: i.code });
      }
    }
  }
  return { framework, questionByCode };
}
