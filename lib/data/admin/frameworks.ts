import "server-only";
import { db, Prisma } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { bundledFramework } from "@/lib/framework";
import { frameworkContentHash } from "@/lib/framework/content-hash";
import { checkFrameworkText, summarize, type FrameworkProblem, type FrameworkSummary, type Words } from "@/lib/framework/import-check";
import { exportFrameworkJson } from "@/lib/framework/json";
import type { Actor } from "../actor";
import { appendAudit, recordAudit, type RequestMeta } from "../audit";
import { loadFramework } from "../framework-load";
import { ensureFrameworkPublished } from "../framework-store";

/**
 * Framework versions as JSON in the app (issue 10 §3). Framework versions are
 * shared by every tenant (a cycle names one), so only a system administrator
 * at PROVINCE level may export or publish one; a city or county administrator
 * may not. Published versions never change (the database's triggers say so
 * too); an import always creates a new code + version, never replaces one.
 */

/** The province the actor administers, or Forbidden. */
export async function provinceAdminUnit(actor: Actor): Promise<{ id: string }> {
  const ids = actor.grants.filter((g) => g.role === "SYS_ADMIN").map((g) => g.orgUnitId);
  const unit = ids.length ? await db().orgUnit.findFirst({ where: { id: { in: ids }, kind: "PROVINCE", active: true }, select: { id: true } }) : null;
  if (!unit) throw new ForbiddenError("framework admin needs a province-level SYS_ADMIN grant");
  return unit;
}

export async function isProvinceAdmin(actor: Actor): Promise<boolean> {
  return provinceAdminUnit(actor).then(
    () => true,
    () => false,
  );
}

export interface FrameworkVersionRow {
  id: string;
  code: string;
  version: string;
  nameZh: string;
  nameEn: string;
  publishedAt: string | null;
  cycles: number;
}

export async function listPublishedFrameworks(): Promise<FrameworkVersionRow[]> {
  const rows = await db().frameworkVersion.findMany({
    where: { status: "PUBLISHED" },
    select: { id: true, code: true, version: true, nameZh: true, nameEn: true, publishedAt: true, _count: { select: { cycles: true } } },
    orderBy: [{ code: "asc" }, { publishedAt: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    version: r.version,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    cycles: r._count.cycles,
  }));
}

/** A published version as the JSON scripts/framework-json.ts writes. */
export async function exportFramework(actor: Actor, id: string, meta: RequestMeta): Promise<{ fileName: string; json: string }> {
  const unit = await provinceAdminUnit(actor);
  const fv = await db().frameworkVersion.findUnique({ where: { id }, select: { id: true, status: true, code: true, version: true, contentHash: true } });
  if (!fv || fv.status !== "PUBLISHED") throw new NotFoundError(`framework version ${id}`);
  // A bundled version stored unchanged exports byte for byte as the script does (JSONB does not keep key order).
  const bundled = bundledFramework(fv.version);
  const framework =
    bundled && bundled.code === fv.code && frameworkContentHash(bundled) === fv.contentHash ? bundled : (await loadFramework(fv.id)).framework;
  await recordAudit({
    actor,
    action: "framework.exported",
    entityType: "FrameworkVersion",
    entityId: fv.id,
    orgUnitId: unit.id,
    after: { code: framework.code, version: framework.version },
    ...meta,
  });
  return { fileName: `${framework.code}-${framework.version}.json`, json: exportFrameworkJson(framework) };
}

export type ImportOutcome =
  | { ok: true; applied: boolean; summary: FrameworkSummary; id?: string }
  | { ok: false; problems: FrameworkProblem[] };

/**
 * Checks an uploaded framework JSON and, with `apply`, publishes it as a new
 * version. The dry run and the publish run the very same checks; a problem
 * anywhere means nothing is written.
 */
export async function importFramework(
  actor: Actor,
  text: string,
  opts: { apply: boolean; t: Words; zhCN: boolean },
  meta: RequestMeta,
): Promise<ImportOutcome> {
  const unit = await provinceAdminUnit(actor);
  const check = checkFrameworkText(text, opts.t, opts.zhCN);
  if (!check.ok) return check;
  const { framework } = check;
  const duplicate = () => ({
    ok: false as const,
    problems: [{ where: opts.t("fields.version"), message: opts.t("problems.duplicateVersion", { code: framework.code, version: framework.version }) }],
  });
  const exists = await db().frameworkVersion.findUnique({ where: { code_version: { code: framework.code, version: framework.version } }, select: { id: true } });
  if (exists) return duplicate();
  if (!opts.apply) return { ok: true, applied: false, summary: check.summary };
  try {
    const stored = await ensureFrameworkPublished(framework, (tx, id) =>
      appendAudit(tx, {
        actor,
        action: "framework.imported",
        entityType: "FrameworkVersion",
        entityId: id,
        orgUnitId: unit.id,
        after: { code: framework.code, version: framework.version, contentHash: frameworkContentHash(framework), ...counts(framework) },
        ...meta,
      }),
    );
    // Published by someone else between the check and now, with the same content: still not ours to claim.
    if (!stored.created) return duplicate();
    return { ok: true, applied: true, summary: summarize(framework), id: stored.id };
  } catch (err) {
    if (err instanceof ConflictError) return duplicate();
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return duplicate();
    throw err;
  }
}

function counts(framework: Parameters<typeof summarize>[0]) {
  const s = summarize(framework);
  return { dimensions: s.dimensions, indicators: s.indicators, questions: s.questions };
}
