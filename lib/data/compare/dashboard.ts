import "server-only";
import { NotFoundError } from "@/lib/errors";
import { parseTableParams } from "@/lib/table/params";
import type { Actor } from "../actor";
import { db } from "@/lib/db";
import { parseCompareQuery, type CompareQuery, type LeagueFilters } from "./filters";
import { leagueSortKeys, type CompareContext } from "./league";
import { dimensionsOf, resolveCompareScope, resolveCycle } from "./scope";

type RawParams = Record<string, string | string[] | undefined>;

/**
 * Reads the view's URL state and checks it against the actor: the scope must
 * be covered by an OVERSIGHT/REVIEWER grant, a region must lie in the scope.
 * Everything the compare queries get afterwards has been decided here.
 */
export async function compareView(actor: Actor, raw: RawParams) {
  const query: CompareQuery = parseCompareQuery(raw);
  const scope = await resolveCompareScope(actor, query.scope);
  const { cycle, cycles, previous } = await resolveCycle(query.cycle);
  if (!cycle) return { query, scope, cycle: null, cycles, dimensions: [], ctx: null, filters: {}, table: null } as const;
  const dimensions = await dimensionsOf(cycle.frameworkVersionId);
  let regionPath: string | undefined;
  if (query.region) {
    const region = await db().orgUnit.findUnique({ where: { id: query.region }, select: { path: true } });
    if (!region || !region.path.startsWith(scope.path)) throw new NotFoundError("region");
    regionPath = region.path;
  }
  const filters: LeagueFilters = { kind: query.kind, sector: query.sector, regionPath, status: query.status, level: query.level, q: query.q };
  const ctx: CompareContext = {
    scopePath: scope.path,
    cycleId: cycle.id,
    previousCycleId: previous?.id ?? null,
    basis: query.basis,
    dimensionCodes: dimensions.map((d) => d.code),
  };
  const table = parseTableParams(raw, {
    sortKeys: leagueSortKeys(ctx.dimensionCodes),
    defaultSort: { key: "overall", dir: "desc" },
    pageSize: 20,
    maxPageSize: 100,
  });
  return { query, scope, cycle, cycles, dimensions, ctx, filters, table } as const;
}

export type CompareView = Awaited<ReturnType<typeof compareView>>;
