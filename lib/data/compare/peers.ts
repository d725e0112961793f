import "server-only";
import { db, Prisma } from "@/lib/db";
import type { Basis } from "@/lib/scoring";
import type { Actor } from "../actor";
import { loadAssessmentFor } from "../assessments/access";
import { OVERALL } from "./score-rows";

/** Fewer approved peers than this and nothing is shown: a small group's quantiles come too close to single scores. */
export const PEER_MIN = 5;

export type PeerGroupKind = "parent" | "sector";

export interface PeerFigure {
  code: string;
  p25: number | null;
  median: number | null;
  p75: number | null;
  /** The department's own index (its own figure, never a peer's). */
  own: number | null;
}

export type PeerGroup =
  | { group: PeerGroupKind; suppressed: true }
  | { group: PeerGroupKind; suppressed: false; figures: PeerFigure[] };

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/**
 * Anonymised peer figures for one assessment (issue 9 §2): P25 / median / P75
 * per dimension over the approved units of the same kind under the same
 * parent, and of the same kind and sector in the same province — the unit
 * itself left out. A group with fewer than PEER_MIN approved peers returns no
 * numbers at all (not even its size), and figures are rounded to one decimal.
 * Anyone who may read the assessment may see these; no peer is ever named.
 */
export async function peerBenchmark(actor: Actor, assessmentId: string, basis: Basis = "verified"): Promise<PeerGroup[]> {
  const a = await loadAssessmentFor(actor, assessmentId, "read");
  const unit = await db().orgUnit.findUniqueOrThrow({
    where: { id: a.orgUnitId },
    select: { id: true, kind: true, parentId: true, sectorTag: true, path: true },
  });
  const province = `/${unit.path.split("/")[1]}/`;
  const own = await db().scoreDimension.findMany({
    where: { assessmentId: a.id, basis },
    select: { dimensionCode: true, index: true },
  });
  const ownBy = new Map(own.map((o) => [o.dimensionCode, o.index]));
  const codes = (await db().dimension.findMany({
    where: { frameworkVersionId: a.cycle.frameworkVersionId },
    select: { code: true },
    orderBy: { position: "asc" },
  })).map((d) => d.code);

  const groups: { group: PeerGroupKind; where: Prisma.Sql }[] = [];
  if (unit.parentId) groups.push({ group: "parent", where: Prisma.sql`u.parent_id = ${unit.parentId}::uuid` });
  if (unit.sectorTag) groups.push({ group: "sector", where: Prisma.sql`u.sector_tag = ${unit.sectorTag} AND u.path LIKE ${province + "%"}` });

  const out: PeerGroup[] = [];
  for (const g of groups) {
    const rows = await db().$queryRaw<{ code: string; n: number; k: number; q: (number | null)[] | null }[]>`
      SELECT sd.dimension_code AS code, count(DISTINCT sd.org_unit_id)::int AS n, count(sd.idx)::int AS k,
             percentile_cont(ARRAY[0.25, 0.5, 0.75]::float8[]) WITHIN GROUP (ORDER BY sd.idx) AS q
        FROM score_dimension sd
        JOIN org_unit u ON u.id = sd.org_unit_id
       WHERE sd.cycle_id = ${a.cycleId}::uuid AND sd.basis = ${basis}
         AND u.kind = ${unit.kind}::"OrgUnitKind" AND u.id <> ${unit.id}::uuid AND ${g.where}
       GROUP BY sd.dimension_code`;
    const peers = rows.find((r) => r.code === OVERALL)?.n ?? 0;
    if (peers < PEER_MIN) {
      out.push({ group: g.group, suppressed: true });
      continue;
    }
    // A dimension scored for fewer than PEER_MIN peers (the others not applicable) shows no figures of its own:
    // quantiles of one or two scores would be those scores.
    const by = new Map(rows.map((r) => [r.code, r.k >= PEER_MIN && r.q ? r.q : [null, null, null]]));
    out.push({
      group: g.group,
      suppressed: false,
      figures: [...codes, OVERALL].map((code) => {
        const q = by.get(code) ?? [null, null, null];
        return { code, p25: round1(q[0] ?? null), median: round1(q[1] ?? null), p75: round1(q[2] ?? null), own: round1(ownBy.get(code) ?? null) };
      }),
    });
  }
  return out;
}

/**
 * The peer median per dimension for the results radar (the same-parent group,
 * else the sector group); null when both are suppressed.
 */
export async function peerMedians(actor: Actor, assessmentId: string, basis: Basis = "verified"): Promise<Record<string, number | null> | null> {
  const groups = await peerBenchmark(actor, assessmentId, basis);
  const shown = groups.find((g) => !g.suppressed);
  if (!shown || shown.suppressed) return null;
  return Object.fromEntries(shown.figures.map((f) => [f.code, f.median]));
}
