import "server-only";
import { db, Prisma } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { frameworkContentHash } from "@/lib/framework/content-hash";
import type { Framework } from "@/lib/framework";

export interface StoredFramework {
  id: string;
  created: boolean;
}

/**
 * Stores a framework as a PUBLISHED version, once. Loading the same content
 * again is a no-op; loading different content under a code and version that
 * already exist is refused — a published version never changes, a change is
 * a new version (the database's triggers enforce the same).
 */
export async function ensureFrameworkPublished(
  framework: Framework,
  /** Runs in the publishing transaction once the version is created (the admin import audits there). */
  onCreated?: (tx: Prisma.TransactionClient, id: string) => Promise<void>,
): Promise<StoredFramework> {
  const contentHash = frameworkContentHash(framework);
  const existing = await db().frameworkVersion.findUnique({
    where: { code_version: { code: framework.code, version: framework.version } },
  });
  if (existing) {
    if (existing.contentHash !== contentHash) {
      throw new ConflictError(
        "frameworkVersionExists",
        `framework ${framework.code} ${framework.version} is already stored with different content; publish it as a new version`,
      );
    }
    return { id: existing.id, created: false };
  }
  return db().$transaction(
    async (tx) => {
      // Built as DRAFT, then published in the same transaction: the immutability trigger only lets drafts gain rows.
      const fv = await tx.frameworkVersion.create({
        data: {
          code: framework.code,
          version: framework.version,
          nameZh: framework.name["zh-CN"],
          nameEn: framework.name.en,
          descriptionZh: framework.description["zh-CN"],
          descriptionEn: framework.description.en,
          status: "DRAFT",
          contentHash,
          // 2.0+: the whole document, so criteria, basis, scope notes and the profile load back exactly.
          ...(hasVersion2Content(framework) ? { document: JSON.parse(JSON.stringify(framework)) as Prisma.InputJsonValue } : {}),
        },
      });
      for (const [di, d] of framework.dimensions.entries()) {
        const dim = await tx.dimension.create({
          data: {
            frameworkVersionId: fv.id,
            code: d.code,
            position: di,
            nameZh: d.name["zh-CN"],
            nameEn: d.name.en,
            descriptionZh: d.description["zh-CN"],
            descriptionEn: d.description.en,
            weight: new Prisma.Decimal(d.weight),
          },
        });
        for (const [ii, ind] of d.indicators.entries()) {
          const indicator = await tx.indicator.create({
            data: {
              dimensionId: dim.id,
              code: ind.code,
              position: ii,
              nameZh: ind.name["zh-CN"],
              nameEn: ind.name.en,
              descriptionZh: ind.description["zh-CN"],
              descriptionEn: ind.description.en,
              weight: new Prisma.Decimal(ind.weight),
            },
          });
          await tx.question.createMany({
            data: ind.questions.map((q, qi) => ({
              indicatorId: indicator.id,
              code: q.code,
              position: qi,
              textZh: q.text["zh-CN"],
              textEn: q.text.en,
              helpZh: q.help["zh-CN"],
              helpEn: q.help.en,
              levels: q.levels,
              evidenceExamples: q.evidenceExamples,
              actions: q.actions,
              weight: new Prisma.Decimal(q.weight),
              allowNa: q.allowNA,
              evidenceFromLevel: q.evidenceFromLevel,
              sourceSection: q.source.section,
              sourceQuote: q.source.quote,
            })),
          });
        }
      }
      await tx.frameworkVersion.update({
        where: { id: fv.id },
        data: { status: "PUBLISHED", publishedAt: new Date() },
      });
      await onCreated?.(tx, fv.id);
      return { id: fv.id, created: true };
    },
    { timeout: 60_000 },
  );
}

/** 1.0 lives entirely in the content rows; later versions carry content the rows do not hold. */
function hasVersion2Content(framework: Framework): boolean {
  return framework.profile !== undefined || framework.dimensions.some((d) => d.indicators.some((i) => i.questions.some((q) => q.criteria !== undefined)));
}
