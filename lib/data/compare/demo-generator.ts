import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { AssessmentStatus, OrgUnitKind } from "@/lib/generated/prisma/enums";
import { defaultFramework } from "@/lib/framework";
import { FORMULA_VERSION, scoreAssessment, type AnswersInput } from "@/lib/scoring";
import { appendAudit } from "../audit";
import { loadFramework } from "../framework-load";
import { checkSession } from "../sessions";
import { OVERALL } from "./score-rows";
import { ensureFrameworkPublished } from "../framework-store";
import { evaluateAndAudit } from "../warnings/evaluate";

/**
 * A realistic province for the comparison pages and the benchmarks (issue 9 §4).
 * Organisations, accounts, answers and status moves are written in bulk (see
 * moveInBulk: one-by-one approvals would take far too long); approved results
 * are scored by scoreAssessment on the answers read back from the database and
 * stored as snapshots and score rows, and the warning rules run at the end.
 * Bulk approvals write no improvement plan, review decisions or per-approval
 * audit events.
 */

const SECTORS: [string, string, string][] = [
  ["data", "数据局", "Data Bureau"],
  ["public-security", "公安局", "Public Security Bureau"],
  ["health", "卫生健康委员会", "Health Commission"],
  ["environment", "生态环境局", "Ecology and Environment Bureau"],
  ["social-security", "人力资源和社会保障局", "Human Resources and Social Security Bureau"],
  ["market-regulation", "市场监督管理局", "Administration for Market Regulation"],
  ["government-services", "政务服务中心", "Government Services Centre"],
  ["civil-affairs", "民政局", "Civil Affairs Bureau"],
  ["transport", "交通运输局", "Transport Bureau"],
  ["education", "教育局", "Education Bureau"],
  ["agriculture", "农业农村局", "Agriculture and Rural Affairs Bureau"],
  ["emergency", "应急管理局", "Emergency Management Bureau"],
  ["finance", "财政局", "Finance Bureau"],
  ["natural-resources", "自然资源局", "Natural Resources Bureau"],
  ["housing", "住房和城乡建设局", "Housing and Urban-Rural Development Bureau"],
  ["culture-tourism", "文化和旅游局", "Culture and Tourism Bureau"],
  ["commerce", "商务局", "Commerce Bureau"],
  ["water", "水利局", "Water Resources Bureau"],
  ["justice", "司法局", "Justice Bureau"],
  ["statistics", "统计局", "Statistics Bureau"],
];
/** Names for the sector list where a unit's name (统计局) is not the sector's (统计). */
const SECTOR_NAMES: Record<string, { nameZh: string; nameEn: string }> = { statistics: { nameZh: "统计", nameEn: "Statistics" } };
const CITY_NAMES = ["江北", "临川", "青原", "南屏", "丰泽", "宁安", "白石", "长汀", "安溪", "龙湾", "瑞金", "金华", "平湖", "永和", "嘉禾", "太和"];
const COUNTY_NAMES = ["东", "西", "南", "北", "中", "新", "清", "云", "石", "河", "山", "林"];

export interface GenerateOptions {
  units: number;
  cycles: number;
  seed: number;
  log?: (line: string) => void;
}

/** Small deterministic PRNG (mulberry32), so a seed gives the same province every time. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, normal };
}

const clampLevel = (x: number) => Math.max(1, Math.min(5, Math.round(x)));

export async function generateProvince(o: GenerateOptions) {
  const log = o.log ?? (() => {});
  const r = rng(o.seed);
  if (await db().orgUnit.findUnique({ where: { code: "GEN" } })) throw new Error("A generated province (code GEN) already exists in this database.");
  const fw = await ensureFrameworkPublished(defaultFramework);
  const questions = await db().question.findMany({
    where: { indicator: { dimension: { frameworkVersionId: fw.id } } },
    select: { id: true, evidenceFromLevel: true, allowNa: true, indicator: { select: { dimension: { select: { code: true } } } } },
  });

  // --- Organisations: province → cities → counties, departments at every level (≈ units in all). ---
  type U = { id: string; code: string; nameZh: string; nameEn: string; kind: OrgUnitKind; parentId: string | null; path: string; regionCode: string; sectorTag: string | null };
  const units: U[] = [];
  const add = (u: Omit<U, "id" | "path">, parent?: U) => {
    const id = randomUUID();
    const unit = { ...u, id, path: `${parent?.path ?? "/"}${id}/` };
    units.push(unit);
    return unit;
  };
  const province = add({ code: "GEN", nameZh: "演示省", nameEn: "Generated Province", kind: "PROVINCE", parentId: null, regionCode: "980000", sectorTag: null });
  const cityCount = Math.max(2, Math.min(CITY_NAMES.length, Math.round(o.units / 250)));
  const countiesPerCity = Math.max(1, Math.min(COUNTY_NAMES.length, Math.round(o.units / cityCount / 45)));
  const regions: U[] = [province];
  for (let c = 0; c < cityCount; c++) {
    const city = add({ code: `GEN-C${c + 1}`, nameZh: `${CITY_NAMES[c]}市`, nameEn: `${CITY_NAMES[c]} City`, kind: "CITY", parentId: province.id, regionCode: `98${String(c + 1).padStart(2, "0")}00`, sectorTag: null }, province);
    regions.push(city);
    for (let k = 0; k < countiesPerCity; k++) {
      const name = `${CITY_NAMES[c]}${COUNTY_NAMES[k]}`;
      regions.push(add({ code: `GEN-C${c + 1}-K${k + 1}`, nameZh: `${name}县`, nameEn: `${name} County`, kind: "COUNTY", parentId: city.id, regionCode: `98${String(c + 1).padStart(2, "0")}${String(k + 21).padStart(2, "0")}`, sectorTag: null }, city));
    }
  }
  const deptTarget = Math.max(regions.length, o.units - regions.length);
  for (let i = 0; i < deptTarget; i++) {
    const region = regions[i % regions.length]!;
    const round = Math.floor(i / regions.length);
    const [sector, zh, en] = SECTORS[round % SECTORS.length]!;
    const suffix = round >= SECTORS.length ? `（${Math.floor(round / SECTORS.length) + 1}）` : "";
    add({ code: `${region.code}-D${round + 1}`, nameZh: `${region.nameZh}${zh}${suffix}`, nameEn: `${region.nameEn} ${en}${suffix ? ` ${Math.floor(round / SECTORS.length) + 1}` : ""}`, kind: "DEPARTMENT", parentId: region.id, regionCode: region.regionCode, sectorTag: sector }, region);
  }
  // Sector tags reference the managed sector list: add the generator's sectors that a fresh database lacks (e.g. 统计).
  await db().sector.createMany({ data: SECTORS.map(([code, nameZh, nameEn]) => ({ code, ...SECTOR_NAMES[code] ?? { nameZh, nameEn } })), skipDuplicates: true });
  for (let i = 0; i < units.length; i += 500) await db().orgUnit.createMany({ data: units.slice(i, i + 500) });
  const depts = units.filter((u) => u.kind === "DEPARTMENT");
  log(`units: ${units.length} (${cityCount} cities, ${regions.length - 1 - cityCount} counties, ${depts.length} departments)`);

  // --- Accounts that drive the workflow, and ones to look at the result with. ---
  const passwordHash = await hashPassword(process.env.GENERATE_PASSWORD ?? "Demo#2026-AiGov");
  const account = async (email: string, displayName: string, role: "DEPT_ADMIN" | "REVIEWER" | "OVERSIGHT", unitId: string) => {
    const user = await db().user.upsert({ where: { email }, create: { email, displayName, passwordHash }, update: {} });
    await db().roleGrant.upsert({
      where: { userId_role_orgUnitId: { userId: user.id, role, orgUnitId: unitId } },
      create: { userId: user.id, role, orgUnitId: unitId },
      update: {},
    });
    const session = await db().userSession.create({ data: { userId: user.id, sessionVersion: user.sessionVersion } });
    const check = await checkSession(session.id, user.id);
    if (!check.ok) throw new Error(`session for ${email} not valid`);
    return check.actor;
  };
  await account("gen-deptadmin@example.gov.cn", "演示填报", "DEPT_ADMIN", province.id);
  await account("gen-reviewer@example.gov.cn", "演示审核", "REVIEWER", province.id);
  await account("gen-oversight@example.gov.cn", "演示省监督", "OVERSIGHT", province.id);
  await account("gen-city-oversight@example.gov.cn", "演示市监督", "OVERSIGHT", regions[1]!.id);

  // --- Cycles: the earlier ones closed, the last one open and closing in three weeks. ---
  const year = new Date().getFullYear();
  const cycles = [];
  for (let c = 0; c < o.cycles; c++) {
    const last = c === o.cycles - 1;
    const y = year - (o.cycles - 1 - c);
    const closes = last ? new Date(Date.now() + 21 * 86_400_000) : new Date(`${y}-11-30`);
    cycles.push(
      await db().assessmentCycle.create({
        data: {
          nameZh: `${y} 年度演示评估${last ? "" : "（已结束）"}`,
          nameEn: `${y} generated assessment${last ? "" : " (closed)"}`,
          year: y,
          opensOn: new Date(`${y}-03-01`),
          closesOn: closes,
          frameworkVersionId: fw.id,
          status: last ? "OPEN" : "CLOSED",
        },
      }),
    );
  }

  // --- Answers: each unit has a latent maturity and per-dimension strengths that improve a little each cycle. ---
  const dims = [...new Set(questions.map((q) => q.indicator.dimension.code))];
  const profile = new Map(depts.map((d) => [d.id, { base: 2.6 + 0.8 * r.normal(), dim: Object.fromEntries(dims.map((c) => [c, 0.5 * r.normal()])), growth: 0.25 + 0.25 * r.normal(), honesty: r.next() }]));
  for (const [ci, cycle] of cycles.entries()) {
    const last = ci === cycles.length - 1;
    const plans: { id: string; unitId: string; target: AssessmentStatus }[] = [];
    for (const d of depts) {
      const p = r.next();
      // Last cycle: a working mix; earlier ones: nearly all approved, a few left behind (overdue).
      const target: AssessmentStatus | null = last
        ? p < 0.55 ? "APPROVED" : p < 0.68 ? "SUBMITTED" : p < 0.74 ? "RETURNED" : p < 0.9 ? "DRAFT" : null
        : p < 0.95 ? "APPROVED" : p < 0.97 ? "SUBMITTED" : p < 0.98 ? "RETURNED" : null;
      if (target) plans.push({ id: randomUUID(), unitId: d.id, target });
    }
    await db().assessment.createMany({ data: plans.map((a) => ({ id: a.id, cycleId: cycle.id, orgUnitId: a.unitId })) });
    const responses: { id: string; assessmentId: string; questionId: string; level: number | null; na: boolean; naReason: string | null; verifiedLevel: number | null }[] = [];
    const evidence: { responseId: string; kind: "LINK"; url: string }[] = [];
    for (const a of plans) {
      const pr = profile.get(a.unitId)!;
      const complete = a.target !== "DRAFT";
      for (const q of questions) {
        if (!complete && r.next() < 0.5) continue;
        const id = randomUUID();
        const na = q.allowNa && r.next() < 0.04;
        const level = clampLevel(pr.base + pr.dim[q.indicator.dimension.code]! + pr.growth * ci + 0.7 * r.normal());
        // Less careful units claim a level above what the reviewer accepts now and then.
        const verifiedLevel = a.target === "APPROVED" && !na && r.next() > pr.honesty * 0.6 + 0.35 ? Math.max(1, level - 1) : null;
        responses.push({ id, assessmentId: a.id, questionId: q.id, level: na ? null : level, na, naReason: na ? "本单位不涉及该业务" : null, verifiedLevel });
        // Submission needs evidence at or above the threshold (lib/assessment/completeness.ts).
        if (!na && level >= q.evidenceFromLevel) evidence.push({ responseId: id, kind: "LINK", url: `https://example.gov.cn/evidence/${id.slice(0, 8)}` });
      }
    }
    // One INSERT … unnest per batch: Prisma's createMany builds very large queries slowly.
    for (let i = 0; i < responses.length; i += 20000) {
      const b = responses.slice(i, i + 20000);
      await db().$executeRaw`
        INSERT INTO response (id, assessment_id, question_id, level, na, na_reason, verified_level, updated_at)
        SELECT x.id, x.a, x.q, x.l, x.na, x.r, x.v, now()
          FROM unnest(${b.map((x) => x.id)}::uuid[], ${b.map((x) => x.assessmentId)}::uuid[], ${b.map((x) => x.questionId)}::uuid[],
                      ${b.map((x) => x.level)}::int[], ${b.map((x) => x.na)}::boolean[], ${b.map((x) => x.naReason)}::text[],
                      ${b.map((x) => x.verifiedLevel)}::int[]) AS x(id, a, q, l, na, r, v)`;
    }
    for (let i = 0; i < evidence.length; i += 20000) {
      const b = evidence.slice(i, i + 20000);
      await db().$executeRaw`
        INSERT INTO evidence (id, response_id, kind, url)
        SELECT gen_random_uuid(), x.r, 'LINK', x.u FROM unnest(${b.map((x) => x.responseId)}::uuid[], ${b.map((x) => x.url)}::text[]) AS x(r, u)`;
    }
    // Bulk-loaded tables look empty to the planner until autovacuum runs: refresh its statistics before the workflow.
    await db().$executeRawUnsafe("ANALYZE");

    // Status moves and scores in bulk, computed by the scoring engine from the answers just stored.
    await moveInBulk(plans, cycle.id, fw.id);
    log(`cycle ${ci + 1}/${cycles.length}: ${plans.length} assessments (${plans.filter((p) => p.target === "APPROVED").length} approved)`);
  }
  // Fresh planner statistics: bulk-loaded tables otherwise look empty to the planner until autovacuum runs.
  await db().$executeRawUnsafe("ANALYZE");
  await db().$transaction((tx) =>
    appendAudit(tx, { action: "demo.generated", entityType: "OrgUnit", entityId: province.id, orgUnitId: province.id, after: { units: units.length, cycles: cycles.length } }),
  );
  const warnings = await evaluateAndAudit({ scopePath: province.path }, { reason: "daily", orgUnitId: province.id });
  log(`warnings: ${warnings.raised} raised over ${warnings.units} unit-cycles`);
  return { provinceId: province.id, units: units.length, departments: depts.length, cycles: cycles.map((c) => c.id) };
}

/**
 * Moves a cycle's generated assessments to their planned status and, for the
 * approved ones, does what approval does (verified level defaults to the self
 * level, snapshot of both bases, score rows) — in bulk, with scoreAssessment on
 * the answers read back from the database, so the stored scores are the
 * engine's on the stored answers. Thousands of one-by-one approvals would take
 * far too long on a small machine; the one-by-one path is covered by the
 * workflow tests, and verifyGenerated() re-checks a sample against it.
 */
async function moveInBulk(plans: { id: string; target: AssessmentStatus }[], cycleId: string, frameworkVersionId: string) {
  const approved = plans.filter((p) => p.target === "APPROVED").map((p) => p.id);
  const byStatus = (s: AssessmentStatus) => plans.filter((p) => p.target === s).map((p) => p.id);
  await db().$executeRaw`UPDATE assessment SET status = 'SUBMITTED', version = 2, submitted_at = now() - interval '20 days', updated_at = now()
    WHERE id = ANY(${byStatus("SUBMITTED")}::uuid[])`;
  await db().$executeRaw`UPDATE assessment SET status = 'RETURNED', version = 3, submitted_at = now() - interval '20 days', updated_at = now()
    WHERE id = ANY(${byStatus("RETURNED")}::uuid[])`;
  await db().$executeRaw`UPDATE response SET reviewer_comment = '请补充证明材料。' WHERE id IN (
    SELECT DISTINCT ON (assessment_id) id FROM response WHERE assessment_id = ANY(${byStatus("RETURNED")}::uuid[]) ORDER BY assessment_id, id)`;
  await db().$executeRaw`UPDATE response SET verified_level = level WHERE assessment_id = ANY(${approved}::uuid[]) AND verified_level IS NULL AND level IS NOT NULL`;
  const fw = await loadFramework(frameworkVersionId);
  const codeById = new Map([...fw.questionByCode.values()].map((q) => [q.id, q.code]));
  for (let i = 0; i < approved.length; i += 500) {
    const batch = approved.slice(i, i + 500);
    const rows = await db().$queryRaw<{ assessment_id: string; question_id: string; level: number | null; na: boolean; verified_level: number | null; evidence: number; org_unit_id: string }[]>`
      SELECT r.assessment_id, r.question_id, r.level, r.na, r.verified_level, a.org_unit_id,
             (SELECT count(*)::int FROM evidence e WHERE e.response_id = r.id) AS evidence
        FROM response r JOIN assessment a ON a.id = r.assessment_id WHERE r.assessment_id = ANY(${batch}::uuid[])`;
    const answers = new Map<string, { unit: string; a: Record<string, NonNullable<AnswersInput[string]>> }>();
    for (const r of rows) {
      const entry = answers.get(r.assessment_id) ?? { unit: r.org_unit_id, a: {} };
      entry.a[codeById.get(r.question_id)!] = { level: r.level as 1, na: r.na, evidence: r.evidence, verifiedLevel: r.verified_level as 1 };
      answers.set(r.assessment_id, entry);
    }
    const snaps: { id: string; a: string; result: string }[] = [];
    const score: { a: string; basis: string; code: string; snap: string; unit: string; idx: number | null; level: number | null; completion: number }[] = [];
    for (const [assessmentId, { unit, a }] of answers) {
      const self = scoreAssessment(fw.framework, a, { targets: {}, basis: "self" });
      const verified = scoreAssessment(fw.framework, a, { targets: {}, basis: "verified" });
      const snap = randomUUID();
      snaps.push({ id: snap, a: assessmentId, result: JSON.stringify({ self, verified }) });
      for (const res of [self, verified]) {
        score.push({ a: assessmentId, basis: res.basis, code: OVERALL, snap, unit, idx: res.overall.index, level: res.overall.level, completion: res.overall.completion });
        for (const d of res.dimensions) score.push({ a: assessmentId, basis: res.basis, code: d.code, snap, unit, idx: d.index, level: d.level, completion: d.completion });
      }
    }
    await db().$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE assessment SET status = 'APPROVED', version = 3, submitted_at = now() - interval '30 days', approved_at = now() - interval '10 days', updated_at = now()
        WHERE id = ANY(${batch}::uuid[])`;
      await tx.$executeRaw`INSERT INTO score_snapshot (id, assessment_id, formula_version, result)
        SELECT x.id, x.a, ${FORMULA_VERSION}, x.r::jsonb FROM unnest(${snaps.map((s) => s.id)}::uuid[], ${snaps.map((s) => s.a)}::uuid[], ${snaps.map((s) => s.result)}::text[]) AS x(id, a, r)`;
      await tx.$executeRaw`INSERT INTO score_dimension (assessment_id, basis, dimension_code, snapshot_id, org_unit_id, cycle_id, idx, level, completion)
        SELECT x.a, x.b, x.c, x.s, x.u, ${cycleId}::uuid, x.i, x.l, x.p
          FROM unnest(${score.map((s) => s.a)}::uuid[], ${score.map((s) => s.basis)}::text[], ${score.map((s) => s.code)}::text[], ${score.map((s) => s.snap)}::uuid[],
                      ${score.map((s) => s.unit)}::uuid[], ${score.map((s) => s.idx)}::float8[], ${score.map((s) => s.level)}::smallint[], ${score.map((s) => s.completion)}::float8[])
            AS x(a, b, c, s, u, i, l, p)`;
    });
  }
}

/** Re-scores a sample of generated approvals from their stored answers and compares with the stored rows. */
export async function verifyGenerated(sample = 50): Promise<{ checked: number; mismatches: number }> {
  const picks = await db().$queryRaw<{ id: string; fv: string }[]>`
    SELECT a.id, c.framework_version_id AS fv FROM assessment a JOIN org_unit u ON u.id = a.org_unit_id JOIN assessment_cycle c ON c.id = a.cycle_id
     WHERE a.status = 'APPROVED' AND u.code LIKE 'GEN-%' ORDER BY random() LIMIT ${sample}`;
  const { readAnswers } = await import("../assessments/answers");
  let mismatches = 0;
  for (const p of picks) {
    const fw = await loadFramework(p.fv);
    const { scoring } = await readAnswers(db(), p.id, fw);
    const stored = await db().scoreDimension.findMany({ where: { assessmentId: p.id } });
    for (const basis of ["self", "verified"] as const) {
      const r = scoreAssessment(fw.framework, scoring, { targets: {}, basis });
      const want = [[OVERALL, r.overall.index] as const, ...r.dimensions.map((d) => [d.code, d.index] as const)];
      for (const [code, idx] of want) {
        const got = stored.find((s) => s.basis === basis && s.dimensionCode === code)?.index ?? null;
        if ((got === null) !== (idx === null) || (got !== null && idx !== null && Math.abs(got - idx) > 1e-9)) mismatches++;
      }
    }
  }
  return { checked: picks.length, mismatches };
}
