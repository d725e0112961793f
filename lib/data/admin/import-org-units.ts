import "server-only";
import { randomUUID } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { UNIT_COLUMNS } from "@/lib/import/columns";
import { cell, mapColumns, type RawTable } from "@/lib/import/read-table";
import { orgCode } from "@/lib/validation/admin-org-units";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { inChunks, type ImportReport, type RowError } from "./import-types";
import { kindFits } from "./org-units";
import { inAdminScope } from "./scope";

type Tx = Prisma.TransactionClient;

const KIND_WORDS: Record<string, OrgUnitKind> = {
  province: "PROVINCE", 省: "PROVINCE", 省级: "PROVINCE",
  city: "CITY", 市: "CITY", 市级: "CITY", 地市: "CITY",
  county: "COUNTY", 县: "COUNTY", 区: "COUNTY", 县级: "COUNTY", "县（区）级": "COUNTY", "县(区)级": "COUNTY",
  department: "DEPARTMENT", 部门: "DEPARTMENT",
  office: "OFFICE", 内设机构: "OFFICE", 处室: "OFFICE",
};

interface UnitRow {
  line: number;
  code: string;
  parentCode: string;
  nameZh: string;
  nameEn: string;
  kind: OrgUnitKind;
  regionCode: string | null;
  sectorTag: string | null;
}

type Existing = { id: string; code: string; path: string; kind: OrgUnitKind; parentId: string | null; nameZh: string; nameEn: string; regionCode: string | null; sectorTag: string | null; active: boolean };

interface Plan {
  report: ImportReport;
  creates: UnitRow[];
  updates: { row: UnitRow; before: Existing }[];
  existing: Map<string, Existing>;
}

async function plan(tx: Tx, actor: Actor, table: RawTable): Promise<Plan> {
  const col = mapColumns(table.headers, UNIT_COLUMNS);
  const errors: RowError[] = [];
  const sectors = await tx.sector.findMany({ where: { active: true } });
  const sectorOf = (v: string) => {
    const s = v.toLowerCase();
    return sectors.find((x) => x.code === s || x.nameZh === v || x.nameEn.toLowerCase() === s)?.code;
  };
  const rows: UnitRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const err = (field: string, key: string, params?: RowError["params"]) => errors.push({ line, field, key, ...(params ? { params } : {}) });
    const code = cell(cells, col.code);
    const parentCode = cell(cells, col.parentCode);
    const kindRaw = cell(cells, col.kind);
    const kind = KIND_WORDS[kindRaw.toLowerCase()] ?? KIND_WORDS[kindRaw] ?? (["PROVINCE", "CITY", "COUNTY", "DEPARTMENT", "OFFICE"].includes(kindRaw.toUpperCase()) ? (kindRaw.toUpperCase() as OrgUnitKind) : undefined);
    const sectorRaw = cell(cells, col.sector);
    const sectorTag = sectorRaw ? sectorOf(sectorRaw) : null;
    const regionCode = cell(cells, col.regionCode) || null;
    const nameZh = cell(cells, col.nameZh);
    const nameEn = cell(cells, col.nameEn);
    let ok = true;
    if (!orgCode.safeParse(code).success) (err("code", "import.badCode"), (ok = false));
    else if (seen.has(code)) (err("code", "import.duplicateCode", { first: seen.get(code)! }), (ok = false));
    else seen.set(code, line);
    if (!parentCode) (err("parentCode", "import.parentMissing"), (ok = false));
    if (!nameZh || nameZh.length > 200) (err("nameZh", nameZh ? "import.tooLong" : "import.required"), (ok = false));
    if (!nameEn || nameEn.length > 200) (err("nameEn", nameEn ? "import.tooLong" : "import.required"), (ok = false));
    if (!kind) (err("kind", "import.badKind", { value: kindRaw.slice(0, 40) }), (ok = false));
    if (regionCode && !/^[0-9]{6,12}$/.test(regionCode)) (err("regionCode", "import.badRegion"), (ok = false));
    if (sectorRaw && !sectorTag) (err("sector", "import.unknownSector", { value: sectorRaw.slice(0, 40) }), (ok = false));
    if (ok) rows.push({ line, code, parentCode, nameZh, nameEn, kind: kind!, regionCode, sectorTag: sectorTag ?? null });
  }
  const codes = [...new Set(rows.flatMap((r) => [r.code, r.parentCode]))];
  const found = await inChunks(codes, 5000, (chunk) => tx.orgUnit.findMany({ where: { code: { in: chunk } } }));
  const existing = new Map(found.map((u) => [u.code, u as Existing]));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const creates: UnitRow[] = [];
  const updates: Plan["updates"] = [];
  let unchanged = 0;
  for (const r of rows) {
    const err = (field: string, key: string, params?: RowError["params"]) => errors.push({ line: r.line, field, key, ...(params ? { params } : {}) });
    const ex = existing.get(r.code);
    if (ex) {
      // Idempotent by code: a unit already there is updated in place (names, region, sector), never re-created.
      if (!inAdminScope(actor, ex.path)) { err("code", "import.codeOutsideScope"); continue; }
      const parent = existing.get(r.parentCode);
      if (!parent || parent.id !== ex.parentId) { err("parentCode", "import.parentChanged"); continue; }
      if (ex.kind !== r.kind) { err("kind", "import.kindChanged"); continue; }
      const same = ex.nameZh === r.nameZh && ex.nameEn === r.nameEn && ex.regionCode === r.regionCode && ex.sectorTag === r.sectorTag;
      if (same) unchanged++;
      else updates.push({ row: r, before: ex });
      continue;
    }
    // Walk up through the file until an existing unit: unknown parents and loops are reported on the row.
    const chain = new Set<string>([r.code]);
    let cur = r;
    let problem: string | null = null;
    for (;;) {
      const p = existing.get(cur.parentCode);
      if (p) {
        if (!inAdminScope(actor, p.path)) problem = "import.parentOutsideScope";
        else if (!p.active) problem = "import.parentInactive";
        break;
      }
      const next = byCode.get(cur.parentCode);
      if (!next) { problem = cur === r ? "import.unknownParent" : "import.ancestorInvalid"; break; }
      if (chain.has(next.code)) { problem = "import.cycle"; break; }
      chain.add(next.code);
      cur = next;
    }
    if (problem) { err("parentCode", problem, { value: r.parentCode }); continue; }
    const parentKind = existing.get(r.parentCode)?.kind ?? byCode.get(r.parentCode)!.kind;
    if (!kindFits(r.kind, parentKind)) { err("kind", "import.kindParent"); continue; }
    creates.push(r);
  }
  errors.sort((a, b) => a.line - b.line);
  return {
    report: { rows: table.rows.length, created: creates.length, updated: updates.length, unchanged, errors, applied: false, encoding: table.encoding },
    creates,
    updates,
    existing,
  };
}

class Rollback extends Error {
  constructor(readonly report: ImportReport) {
    super("import has errors");
  }
}

/**
 * Dry run or apply of an org-unit file. Apply happens in one transaction and
 * only when the whole file is clean: one bad row and nothing changes.
 */
export async function importOrgUnits(actor: Actor, table: RawTable, apply: boolean, meta: RequestMeta): Promise<ImportReport> {
  try {
    return await db().$transaction(
      async (tx) => {
        const p = await plan(tx, actor, table);
        if (!apply || p.report.errors.length) throw new Rollback(p.report);
        // Parents first: sort by how deep each new unit sits under an existing one.
        const byCode = new Map(p.creates.map((r) => [r.code, r]));
        const depth = (r: UnitRow): number => (byCode.has(r.parentCode) ? 1 + depth(byCode.get(r.parentCode)!) : 0);
        const ordered = [...p.creates].sort((a, b) => depth(a) - depth(b));
        const paths = new Map<string, { id: string; path: string }>();
        for (const [code, u] of p.existing) paths.set(code, { id: u.id, path: u.path });
        for (const r of ordered) {
          const parent = paths.get(r.parentCode)!;
          const id = randomUUID();
          const path = `${parent.path}${id}/`;
          await tx.orgUnit.create({
            data: { id, code: r.code, nameZh: r.nameZh, nameEn: r.nameEn, kind: r.kind, parentId: parent.id, path, regionCode: r.regionCode, sectorTag: r.sectorTag },
          });
          paths.set(r.code, { id, path });
          await appendAudit(tx, {
            actor, action: "org_unit.created", entityType: "OrgUnit", entityId: id, orgUnitId: id,
            after: { code: r.code, nameZh: r.nameZh, nameEn: r.nameEn, kind: r.kind, parentId: parent.id, regionCode: r.regionCode, sectorTag: r.sectorTag, source: "import" },
            ...meta,
          });
        }
        for (const { row: r, before } of p.updates) {
          await tx.orgUnit.update({ where: { id: before.id }, data: { nameZh: r.nameZh, nameEn: r.nameEn, regionCode: r.regionCode, sectorTag: r.sectorTag } });
          await appendAudit(tx, {
            actor, action: "org_unit.updated", entityType: "OrgUnit", entityId: before.id, orgUnitId: before.id,
            before: { nameZh: before.nameZh, nameEn: before.nameEn, regionCode: before.regionCode, sectorTag: before.sectorTag },
            after: { nameZh: r.nameZh, nameEn: r.nameEn, regionCode: r.regionCode, sectorTag: r.sectorTag, source: "import" },
            ...meta,
          });
        }
        return { ...p.report, applied: true };
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (err) {
    if (err instanceof Rollback) return err.report;
    throw err;
  }
}
