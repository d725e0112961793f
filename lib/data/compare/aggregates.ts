import "server-only";
import { db, Prisma } from "@/lib/db";
import { aggregate, takesPart } from "./sql";
import type { LeagueFilters } from "./filters";
import { unitsCte, type CompareContext } from "./league";
import { OVERALL } from "./score-rows";

const sql = Prisma.sql;

export interface DistributionRow {
  code: string;
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
}

/** Five-number summary and mean per dimension (and overall) over the filtered units' stored scores. */
export async function distribution(ctx: CompareContext, f: LeagueFilters): Promise<DistributionRow[]> {
  const rows = await aggregate<(Omit<DistributionRow, "min" | "q1" | "median" | "q3" | "max"> & { q: number[] | null })[]>(sql`${unitsCte(ctx, f, { progress: false })}
    SELECT sd.dimension_code AS code, count(sd.idx)::int AS n, avg(sd.idx) AS mean,
           percentile_cont(ARRAY[0, 0.25, 0.5, 0.75, 1]::float8[]) WITHIN GROUP (ORDER BY sd.idx) AS q
      FROM score_dimension sd JOIN units ON units.id = sd.org_unit_id
     WHERE sd.cycle_id = ${ctx.cycleId}::uuid AND sd.basis = ${ctx.basis}
     GROUP BY sd.dimension_code`);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return [...ctx.dimensionCodes, OVERALL].map((code) => {
    const r = byCode.get(code);
    const q = r?.q ?? [null, null, null, null, null];
    return { code, n: r?.n ?? 0, mean: r?.mean ?? null, min: q[0] ?? null, q1: q[1] ?? null, median: q[2] ?? null, q3: q[3] ?? null, max: q[4] ?? null };
  });
}

export interface RollupNode {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  /** Departments and offices in the node's subtree (the node itself when it is one). */
  units: number;
  approved: number;
  /** Per dimension code (and OVERALL): mean and median of the approved units' indices. */
  stats: Record<string, { mean: number | null; median: number | null }>;
  hasChildren: boolean;
}

/**
 * One level of the roll-up: each child of the scope with the number of approved
 * units in its subtree and the mean and median index per dimension, plus the
 * scope itself as the total. One query for all nodes.
 */
export async function rollup(ctx: CompareContext, scopeId: string): Promise<{ total: RollupNode | null; children: RollupNode[] }> {
  const rows = await aggregate<
    { id: string; name_zh: string; name_en: string; kind: string; is_total: boolean; has_children: boolean; units: number; code: string | null; approved: number; mean: number | null; median: number | null }[]
  >(sql`
    WITH nodes AS MATERIALIZED (
      SELECT n.id, n.name_zh, n.name_en, n.kind::text AS kind, n.path, (n.id = ${scopeId}::uuid) AS is_total,
             EXISTS (SELECT 1 FROM org_unit ch WHERE ch.parent_id = n.id AND ch.active) AS has_children
        FROM org_unit n
       WHERE (n.parent_id = ${scopeId}::uuid OR n.id = ${scopeId}::uuid) AND n.active AND n.path LIKE ${ctx.scopePath + "%"}
    ),
    members AS MATERIALIZED (
      -- The departments and offices under each node that take part in the cycle.
      SELECT nodes.id AS node_id, u.id AS unit_id
        FROM nodes JOIN org_unit u ON u.path LIKE nodes.path || '%'
        LEFT JOIN assessment a ON a.org_unit_id = u.id AND a.cycle_id = ${ctx.cycleId}::uuid
       WHERE u.kind IN ('DEPARTMENT', 'OFFICE') AND u.active
         AND ${takesPart(sql`${ctx.cycleId}::uuid`, sql`u.id`, sql`a.id`)}
    ),
    counts AS (SELECT node_id, count(*)::int AS units FROM members GROUP BY node_id),
    stats AS (
      SELECT m.node_id, sd.dimension_code AS code, count(sd.idx)::int AS approved, avg(sd.idx) AS mean,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY sd.idx) AS median
        FROM members m
        JOIN score_dimension sd ON sd.org_unit_id = m.unit_id AND sd.cycle_id = ${ctx.cycleId}::uuid AND sd.basis = ${ctx.basis}
       GROUP BY m.node_id, sd.dimension_code
    )
    SELECT nodes.id, nodes.name_zh, nodes.name_en, nodes.kind, nodes.is_total, nodes.has_children,
           COALESCE(counts.units, 0) AS units, stats.code, COALESCE(stats.approved, 0) AS approved, stats.mean, stats.median
      FROM nodes
      LEFT JOIN counts ON counts.node_id = nodes.id
      LEFT JOIN stats ON stats.node_id = nodes.id
     ORDER BY nodes.is_total DESC, nodes.name_zh, nodes.id`);
  const nodes = new Map<string, RollupNode & { isTotal: boolean }>();
  for (const r of rows) {
    let n = nodes.get(r.id);
    if (!n) {
      n = { id: r.id, nameZh: r.name_zh, nameEn: r.name_en, kind: r.kind, units: r.units, approved: 0, stats: {}, hasChildren: r.has_children, isTotal: r.is_total };
      nodes.set(r.id, n);
    }
    if (r.code) {
      n.stats[r.code] = { mean: r.mean, median: r.median };
      if (r.code === OVERALL) n.approved = r.approved;
    }
  }
  const all = [...nodes.values()];
  const strip = ({ isTotal: _, ...n }: RollupNode & { isTotal: boolean }): RollupNode => n;
  const total = all.find((n) => n.isTotal);
  return { total: total ? strip(total) : null, children: all.filter((n) => !n.isTotal).map(strip) };
}

export interface TrendPoint {
  cycleId: string;
  nameZh: string;
  nameEn: string;
  /** Per dimension code (and OVERALL). */
  values: Record<string, number | null>;
  n: number;
}

/**
 * Index per dimension over cycles, oldest first: the scope's mean over the
 * units approved in each cycle, or one unit's own indices when unitId is given
 * (the caller has checked the unit is in scope).
 */
export async function trend(ctx: Pick<CompareContext, "scopePath" | "basis">, unitId?: string): Promise<TrendPoint[]> {
  const unitFilter = unitId ? sql`AND u.id = ${unitId}::uuid` : sql``;
  const rows = await aggregate<{ cycle_id: string; name_zh: string; name_en: string; code: string; value: number | null; n: number }[]>(sql`
    SELECT c.id AS cycle_id, c.name_zh, c.name_en, sd.dimension_code AS code, avg(sd.idx) AS value, count(sd.idx)::int AS n
      FROM score_dimension sd
      JOIN org_unit u ON u.id = sd.org_unit_id
      JOIN assessment_cycle c ON c.id = sd.cycle_id
     WHERE u.path LIKE ${ctx.scopePath + "%"} AND sd.basis = ${ctx.basis} ${unitFilter}
     GROUP BY c.id, c.name_zh, c.name_en, c.closes_on, sd.dimension_code
     ORDER BY c.closes_on, c.id`);
  const points = new Map<string, TrendPoint>();
  for (const r of rows) {
    let p = points.get(r.cycle_id);
    if (!p) points.set(r.cycle_id, (p = { cycleId: r.cycle_id, nameZh: r.name_zh, nameEn: r.name_en, values: {}, n: 0 }));
    p.values[r.code] = r.value;
    if (r.code === OVERALL) p.n = r.n;
  }
  return [...points.values()];
}

export interface SectorRow {
  sectorTag: string | null;
  units: number;
  approved: number;
  means: Record<string, number | null>;
}

/** Units of the same sector side by side: per sector, the number approved and the mean index per dimension. */
export async function sectors(ctx: CompareContext, f: LeagueFilters): Promise<SectorRow[]> {
  const rows = await aggregate<{ sector_tag: string | null; units: number; code: string | null; approved: number; mean: number | null }[]>(sql`${unitsCte(ctx, { ...f, sector: undefined }, { progress: false })}
    , per AS (SELECT sector_tag, count(*)::int AS units FROM units GROUP BY sector_tag)
    SELECT per.sector_tag, per.units, x.code, COALESCE(x.approved, 0) AS approved, x.mean
      FROM per
      LEFT JOIN (
        SELECT units.sector_tag, sd.dimension_code AS code, count(sd.idx)::int AS approved, avg(sd.idx) AS mean
          FROM units JOIN score_dimension sd ON sd.org_unit_id = units.id AND sd.cycle_id = ${ctx.cycleId}::uuid AND sd.basis = ${ctx.basis}
         GROUP BY units.sector_tag, sd.dimension_code
      ) x ON x.sector_tag IS NOT DISTINCT FROM per.sector_tag
     ORDER BY per.units DESC, per.sector_tag NULLS LAST`);
  const out = new Map<string, SectorRow>();
  for (const r of rows) {
    const key = r.sector_tag ?? "";
    let s = out.get(key);
    if (!s) out.set(key, (s = { sectorTag: r.sector_tag, units: r.units, approved: 0, means: {} }));
    if (r.code) {
      s.means[r.code] = r.mean;
      if (r.code === OVERALL) s.approved = r.approved;
    }
  }
  return [...out.values()];
}

export interface RadarUnit {
  id: string;
  nameZh: string;
  nameEn: string;
  values: Record<string, number | null>;
}

/** Chosen units (at most five) that lie in the scope, with their indices per dimension in the cycle. */
export async function radarUnits(ctx: CompareContext, ids: readonly string[]): Promise<RadarUnit[]> {
  if (ids.length === 0) return [];
  const rows = await db().$queryRaw<{ id: string; name_zh: string; name_en: string; code: string | null; idx: number | null }[]>`
    SELECT u.id, u.name_zh, u.name_en, sd.dimension_code AS code, sd.idx
      FROM org_unit u
      LEFT JOIN score_dimension sd ON sd.org_unit_id = u.id AND sd.cycle_id = ${ctx.cycleId}::uuid AND sd.basis = ${ctx.basis}
     WHERE u.id IN (${Prisma.join(ids.slice(0, 5).map((id) => sql`${id}::uuid`))}) AND u.path LIKE ${ctx.scopePath + "%"}`;
  const out = new Map<string, RadarUnit>();
  for (const r of rows) {
    let u = out.get(r.id);
    if (!u) out.set(r.id, (u = { id: r.id, nameZh: r.name_zh, nameEn: r.name_en, values: {} }));
    if (r.code) u.values[r.code] = r.idx;
  }
  return ids.map((id) => out.get(id)).filter((u): u is RadarUnit => !!u);
}

/** Regions (cities, counties) directly below the scope, for the region filter. */
export async function regionOptions(scopeId: string) {
  return db().orgUnit.findMany({
    where: { parentId: scopeId, active: true, kind: { in: ["CITY", "COUNTY"] } },
    select: { id: true, nameZh: true, nameEn: true, path: true },
    orderBy: { nameZh: "asc" },
  });
}

/** Sector tags present in the scope, for the sector filter. */
export async function sectorOptions(scopePath: string): Promise<string[]> {
  const rows = await db().$queryRaw<{ s: string }[]>`
    SELECT DISTINCT sector_tag AS s FROM org_unit WHERE path LIKE ${scopePath + "%"} AND sector_tag IS NOT NULL ORDER BY 1`;
  return rows.map((r) => r.s);
}

/** A unit by id when it lies in the scope (for a unit's trend), else null. */
export async function unitInScope(scopePath: string, id: string) {
  return db().orgUnit.findFirst({ where: { id, path: { startsWith: scopePath } }, select: { id: true, nameZh: true, nameEn: true } });
}
