import "server-only";
import { Prisma } from "@/lib/db";
import { aggregate, takesPart } from "./sql";
import type { Basis } from "@/lib/scoring";
import { FIXED_SORT_KEYS, type LeagueFilters, type StatusFilter } from "./filters";
import { OVERALL } from "./score-rows";

/** What one comparison query is about; every id and path here was checked against the actor's grants. */
export interface CompareContext {
  scopePath: string;
  cycleId: string;
  previousCycleId: string | null;
  basis: Basis;
  dimensionCodes: string[];
}

export interface LeagueRow {
  id: string;
  nameZh: string;
  nameEn: string;
  parentZh: string | null;
  parentEn: string | null;
  kind: string;
  sectorTag: string | null;
  assessmentId: string | null;
  status: Exclude<StatusFilter, "OVERDUE">;
  overdue: boolean;
  overall: number | null;
  overallLevel: number | null;
  dims: (number | null)[];
  dimLevels: (number | null)[];
  completion: number | null;
  inflation: number | null;
  change: number | null;
}

const sql = Prisma.sql;

/**
 * The units of the scope (departments and offices) with their status and, when
 * approved, their stored scores pivoted from score_dimension — one query,
 * filtered in SQL. Used by the league table, its export and the box plots.
 */
export function unitsCte(ctx: CompareContext, f: LeagueFilters, opts: { progress?: boolean } = {}): Prisma.Sql {
  // Charts over the filtered units need no progress of unfinished assessments: skip that join there.
  const progress =
    opts.progress === false
      ? sql`LEFT JOIN (SELECT NULL::float8 AS done) progress ON TRUE`
      : sql`LEFT JOIN LATERAL (
          SELECT count(*) FILTER (WHERE r.level IS NOT NULL OR r.na)::float8 AS done
            FROM response r WHERE r.assessment_id = base.assessment_id AND base.status <> 'APPROVED'
        ) progress ON TRUE`;
  const dimCols = ctx.dimensionCodes.map(
    (c, i) => sql`, max(sd.idx) FILTER (WHERE sd.cycle_id = ${ctx.cycleId}::uuid AND sd.basis = ${ctx.basis} AND sd.dimension_code = ${c}) AS d${Prisma.raw(String(i))}
                  , max(sd.level) FILTER (WHERE sd.cycle_id = ${ctx.cycleId}::uuid AND sd.basis = ${ctx.basis} AND sd.dimension_code = ${c}) AS l${Prisma.raw(String(i))}`,
  );
  const where: Prisma.Sql[] = [sql`TRUE`];
  if (f.kind) where.push(sql`base.kind = ${f.kind}`);
  if (f.sector) where.push(sql`base.sector_tag = ${f.sector}`);
  if (f.regionPath) where.push(sql`base.path LIKE ${f.regionPath + "%"}`);
  if (f.q) where.push(sql`(base.name_zh ILIKE ${"%" + escapeLike(f.q) + "%"} OR base.name_en ILIKE ${"%" + escapeLike(f.q) + "%"})`);
  if (f.level) where.push(sql`s.overall_level = ${f.level}`);
  if (f.status === "OVERDUE") where.push(sql`base.overdue`);
  else if (f.status) where.push(sql`base.status = ${f.status}`);
  // The previous cycle's overall index, for "change since last cycle" (none: an empty set).
  const prevCycle = ctx.previousCycleId ? sql`${ctx.previousCycleId}::uuid` : sql`NULL::uuid`;
  return sql`
    WITH base AS (
      SELECT u.id, u.name_zh, u.name_en, u.kind::text AS kind, u.sector_tag, u.path,
             p.name_zh AS parent_zh, p.name_en AS parent_en, a.id AS assessment_id,
             COALESCE(a.status::text, 'NOT_STARTED') AS status,
             (c.closes_on < current_date AND a.status IS DISTINCT FROM 'APPROVED') AS overdue
        FROM org_unit u
        JOIN assessment_cycle c ON c.id = ${ctx.cycleId}::uuid
        LEFT JOIN org_unit p ON p.id = u.parent_id
        LEFT JOIN assessment a ON a.org_unit_id = u.id AND a.cycle_id = c.id
       WHERE u.path LIKE ${ctx.scopePath + "%"} AND u.kind IN ('DEPARTMENT', 'OFFICE') AND u.active
         AND ${takesPart(sql`${ctx.cycleId}::uuid`, sql`u.id`, sql`a.id`)}
    ),
    s AS MATERIALIZED (
      -- One pass over the score rows of this cycle and the previous one, pivoted per unit.
      SELECT sd.org_unit_id,
             max(sd.idx) FILTER (WHERE sd.cycle_id = ${ctx.cycleId}::uuid AND sd.basis = ${ctx.basis} AND sd.dimension_code = ${OVERALL}) AS overall,
             max(sd.level) FILTER (WHERE sd.cycle_id = ${ctx.cycleId}::uuid AND sd.basis = ${ctx.basis} AND sd.dimension_code = ${OVERALL}) AS overall_level,
             max(sd.completion) FILTER (WHERE sd.cycle_id = ${ctx.cycleId}::uuid AND sd.basis = ${ctx.basis} AND sd.dimension_code = ${OVERALL}) AS completion,
             max(sd.idx) FILTER (WHERE sd.cycle_id = ${ctx.cycleId}::uuid AND sd.basis = 'self' AND sd.dimension_code = ${OVERALL})
               - max(sd.idx) FILTER (WHERE sd.cycle_id = ${ctx.cycleId}::uuid AND sd.basis = 'verified' AND sd.dimension_code = ${OVERALL}) AS inflation,
             max(sd.idx) FILTER (WHERE sd.cycle_id = ${prevCycle} AND sd.basis = ${ctx.basis} AND sd.dimension_code = ${OVERALL}) AS prev_overall
             ${Prisma.join(dimCols, " ")}
        FROM score_dimension sd
        JOIN base ON base.id = sd.org_unit_id
       WHERE sd.cycle_id = ${ctx.cycleId}::uuid OR sd.cycle_id = ${prevCycle}
       GROUP BY sd.org_unit_id
    ),
    qcount AS MATERIALIZED (
      SELECT count(*)::float8 AS n FROM question q JOIN indicator i ON i.id = q.indicator_id
        JOIN dimension d ON d.id = i.dimension_id JOIN assessment_cycle c ON c.framework_version_id = d.framework_version_id
       WHERE c.id = ${ctx.cycleId}::uuid
    ),
    units AS (
      SELECT base.*, s.overall, s.overall_level, s.inflation,
             COALESCE(s.completion, CASE WHEN base.assessment_id IS NULL THEN 0 ELSE COALESCE(progress.done, 0) / NULLIF(qcount.n, 0) END) AS completion,
             s.overall - s.prev_overall AS change
             ${Prisma.join(ctx.dimensionCodes.map((_, i) => sql`, s.d${Prisma.raw(String(i))}, s.l${Prisma.raw(String(i))}`), " ")}
        FROM base
        LEFT JOIN s ON s.org_unit_id = base.id
        CROSS JOIN qcount
        -- Progress of unfinished assessments only, by index per assessment (approved ones carry their completion).
        ${progress}
       WHERE ${Prisma.join(where, " AND ")}
    )`;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type LeagueSortKey = (typeof FIXED_SORT_KEYS)[number] | `dim:${string}`;

function orderBy(ctx: CompareContext, key: string, dir: "asc" | "desc"): Prisma.Sql {
  const d = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  const fixed: Record<string, Prisma.Sql> = {
    name: sql`name_zh`,
    parent: sql`parent_zh`,
    status: sql`status`,
    overall: sql`overall`,
    completion: sql`completion`,
    inflation: sql`inflation`,
    change: sql`change`,
  };
  let expr = fixed[key];
  if (!expr && key.startsWith("dim:")) {
    const i = ctx.dimensionCodes.indexOf(key.slice(4));
    if (i >= 0) expr = Prisma.raw(`d${i}`);
  }
  return sql`${expr ?? sql`overall`} ${d} NULLS LAST, name_zh ASC, id ASC`;
}

export function leagueSortKeys(dimensionCodes: readonly string[]): string[] {
  return [...FIXED_SORT_KEYS, ...dimensionCodes.map((c) => `dim:${c}`)];
}

interface RawLeague {
  id: string;
  name_zh: string;
  name_en: string;
  parent_zh: string | null;
  parent_en: string | null;
  kind: string;
  sector_tag: string | null;
  assessment_id: string | null;
  status: LeagueRow["status"];
  overdue: boolean;
  overall: number | null;
  overall_level: number | null;
  completion: number | null;
  inflation: number | null;
  change: number | null;
  total: number;
  [k: string]: unknown;
}

/** One page of the league table (limit null: every row, for the export of all filtered rows). */
export async function leaguePage(
  ctx: CompareContext,
  f: LeagueFilters,
  sort: { key: string; dir: "asc" | "desc" },
  page: { limit: number | null; offset: number },
): Promise<{ rows: LeagueRow[]; total: number }> {
  const limit = page.limit === null ? sql`` : sql`LIMIT ${page.limit} OFFSET ${page.offset}`;
  const raw = await aggregate<RawLeague[]>(sql`${unitsCte(ctx, f)}
    SELECT units.*, count(*) OVER ()::int AS total FROM units ORDER BY ${orderBy(ctx, sort.key, sort.dir)} ${limit}`);
  let total = raw[0]?.total ?? 0;
  if (raw.length === 0 && page.offset > 0) {
    const c = await aggregate<{ n: number }[]>(sql`${unitsCte(ctx, f)} SELECT count(*)::int AS n FROM units`);
    total = c[0]?.n ?? 0;
  }
  return {
    total,
    rows: raw.map((r) => ({
      id: r.id,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      parentZh: r.parent_zh,
      parentEn: r.parent_en,
      kind: r.kind,
      sectorTag: r.sector_tag,
      assessmentId: r.assessment_id,
      status: r.status,
      overdue: r.overdue,
      overall: r.overall,
      overallLevel: r.overall_level,
      dims: ctx.dimensionCodes.map((_, i) => (r[`d${i}`] as number | null) ?? null),
      dimLevels: ctx.dimensionCodes.map((_, i) => (r[`l${i}`] as number | null) ?? null),
      completion: r.completion,
      inflation: r.inflation,
      change: r.change,
    })),
  };
}

export interface Tiles {
  total: number;
  notStarted: number;
  inProgress: number;
  submitted: number;
  returned: number;
  approved: number;
  overdue: number;
}

/** The status tiles of the scope (filters other than the scope do not apply: tiles describe the region); units taking part in the cycle only. */
export async function statusTiles(ctx: Pick<CompareContext, "scopePath" | "cycleId">): Promise<Tiles> {
  const rows = await aggregate<Tiles[]>(sql`
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE a.id IS NULL)::int AS "notStarted",
           count(*) FILTER (WHERE a.status = 'DRAFT')::int AS "inProgress",
           count(*) FILTER (WHERE a.status = 'SUBMITTED')::int AS submitted,
           count(*) FILTER (WHERE a.status = 'RETURNED')::int AS returned,
           count(*) FILTER (WHERE a.status = 'APPROVED')::int AS approved,
           count(*) FILTER (WHERE c.closes_on < current_date AND a.status IS DISTINCT FROM 'APPROVED')::int AS overdue
      FROM org_unit u
      JOIN assessment_cycle c ON c.id = ${ctx.cycleId}::uuid
      LEFT JOIN assessment a ON a.org_unit_id = u.id AND a.cycle_id = c.id
     WHERE u.path LIKE ${ctx.scopePath + "%"} AND u.kind IN ('DEPARTMENT', 'OFFICE') AND u.active
       AND ${takesPart(sql`${ctx.cycleId}::uuid`, sql`u.id`, sql`a.id`)}`);
  return rows[0]!;
}
