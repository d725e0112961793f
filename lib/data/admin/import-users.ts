import "server-only";
import { db, Prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { USER_COLUMNS } from "@/lib/import/columns";
import { cell, mapColumns, type RawTable } from "@/lib/import/read-table";
import { emailField, ROLE_VALUES } from "@/lib/validation/admin-users";
import type { Actor } from "../actor";
import { appendAudit, type RequestMeta } from "../audit";
import { inChunks, type ImportReport, type RowError } from "./import-types";
import { issueSetPasswordToken, unusablePasswordHash } from "./passwords";
import { inAdminScope } from "./scope";

type Tx = Prisma.TransactionClient;

const ROLE_WORDS: Record<string, Role> = {
  填报人: "RESPONDENT", 单位管理员: "DEPT_ADMIN", 审核人: "REVIEWER", 监督管理: "OVERSIGHT", 系统管理员: "SYS_ADMIN", 审计员: "AUDITOR",
};
const ANSWERING: Role[] = ["RESPONDENT", "DEPT_ADMIN"];
const overlaps = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

interface GrantRow {
  line: number;
  email: string;
  name: string;
  phone: string | null;
  role: Role;
  unit: { id: string; path: string };
}

class Rollback extends Error {
  constructor(readonly report: ImportReport) {
    super("import has errors");
  }
}

/**
 * Users with their grants, one grant per row (a person with two roles has two
 * rows). Idempotent by e-mail: an existing account in the admin's scope only
 * gains the grants it lacks; new accounts get a one-time set-password link.
 */
export async function importUsers(actor: Actor, table: RawTable, apply: boolean, meta: RequestMeta): Promise<ImportReport> {
  const passwordHash = await unusablePasswordHash();
  try {
    return await db().$transaction(
      async (tx) => {
        const col = mapColumns(table.headers, USER_COLUMNS);
        const errors: RowError[] = [];
        const unitCodes = [...new Set(table.rows.map((r) => cell(r.cells, col.unitCode)).filter(Boolean))];
        const units = new Map(
          (await inChunks(unitCodes, 5000, (chunk) => tx.orgUnit.findMany({ where: { code: { in: chunk } } }))).map((u) => [u.code, u]),
        );
        const rows: GrantRow[] = [];
        for (const { line, cells } of table.rows) {
          const err = (field: string, key: string, params?: RowError["params"]) => errors.push({ line, field, key, ...(params ? { params } : {}) });
          const email = emailField.safeParse(cell(cells, col.email));
          const name = cell(cells, col.name);
          const phone = cell(cells, col.phone) || null;
          const roleRaw = cell(cells, col.role);
          const role = ROLE_WORDS[roleRaw] ?? ((ROLE_VALUES as readonly string[]).includes(roleRaw.toUpperCase()) ? (roleRaw.toUpperCase() as Role) : undefined);
          const unit = units.get(cell(cells, col.unitCode));
          let ok = true;
          if (!email.success) (err("email", "import.badEmail"), (ok = false));
          if (!name || name.length > 120) (err("name", name ? "import.tooLong" : "import.required"), (ok = false));
          if (phone && !/^\+?[0-9 ()-]{5,40}$/.test(phone)) (err("phone", "import.badPhone"), (ok = false));
          if (!role) (err("role", "import.badRole", { value: roleRaw.slice(0, 40) }), (ok = false));
          if (!unit || !inAdminScope(actor, unit.path)) (err("unitCode", "import.unknownUnit", { value: cell(cells, col.unitCode).slice(0, 64) }), (ok = false));
          else if (!unit.active) (err("unitCode", "import.unitInactive"), (ok = false));
          if (ok && email.success && email.data === actor.email && (role === "SYS_ADMIN" || role === "AUDITOR")) (err("role", "sodSelfGrant"), (ok = false));
          if (ok) rows.push({ line, email: email.data!, name, phone, role: role!, unit: unit! });
        }
        const emails = [...new Set(rows.map((r) => r.email))];
        const users = new Map(
          (await inChunks(emails, 5000, (chunk) =>
            tx.user.findMany({ where: { email: { in: chunk } }, include: { grants: { include: { orgUnit: { select: { path: true } } } } } }),
          )).map((u) => [u.email, u]),
        );
        // Everything each person would hold after the import, to check separation of duties across rows.
        const holdings = new Map<string, { role: Role; path: string; unitId: string }[]>();
        for (const u of users.values()) holdings.set(u.email, u.grants.map((g) => ({ role: g.role, path: g.orgUnit.path, unitId: g.orgUnitId })));
        const newGrants: GrantRow[] = [];
        let unchanged = 0;
        const nameOf = new Map<string, string>();
        for (const r of rows) {
          const err = (field: string, key: string) => errors.push({ line: r.line, field, key });
          const ex = users.get(r.email);
          if (ex && (ex.grants.length === 0 || !ex.grants.every((g) => inAdminScope(actor, g.orgUnit.path)))) { err("email", "import.emailOutsideScope"); continue; }
          const first = nameOf.get(r.email);
          if (first !== undefined && first !== r.name) { err("name", "import.nameDiffers"); continue; }
          nameOf.set(r.email, r.name);
          const held = holdings.get(r.email) ?? [];
          if (held.some((h) => h.role === r.role && h.unitId === r.unit.id)) { unchanged++; continue; }
          const clash = r.role === "REVIEWER"
            ? held.some((h) => ANSWERING.includes(h.role) && overlaps(h.path, r.unit.path))
            : ANSWERING.includes(r.role) && held.some((h) => h.role === "REVIEWER" && overlaps(h.path, r.unit.path));
          if (clash) { err("role", "sodReviewerRespondent"); continue; }
          holdings.set(r.email, [...held, { role: r.role, path: r.unit.path, unitId: r.unit.id }]);
          newGrants.push(r);
        }
        const createdEmails = [...new Set(newGrants.filter((g) => !users.has(g.email)).map((g) => g.email))];
        errors.sort((a, b) => a.line - b.line);
        const report: ImportReport = {
          rows: table.rows.length,
          created: createdEmails.length,
          updated: new Set(newGrants.filter((g) => users.has(g.email)).map((g) => g.email)).size,
          unchanged,
          errors,
          applied: false,
          encoding: table.encoding,
        };
        if (!apply || errors.length) throw new Rollback(report);
        const links: NonNullable<ImportReport["links"]> = [];
        const ids = new Map<string, string>([...users.values()].map((u) => [u.email, u.id]));
        for (const email of createdEmails) {
          const first = newGrants.find((g) => g.email === email)!;
          const u = await tx.user.create({ data: { email, displayName: first.name, phoneNumber: first.phone, passwordHash, mustChangePassword: true } });
          ids.set(email, u.id);
          const link = await issueSetPasswordToken(tx, u.id, actor.userId);
          links.push({ email, token: link.token, expiresAt: link.expiresAt.toISOString() });
          await appendAudit(tx, { actor, action: "user.created", entityType: "User", entityId: u.id, orgUnitId: first.unit.id, after: { email, displayName: first.name, phone: first.phone, source: "import" }, ...meta });
        }
        for (const g of newGrants) {
          const userId = ids.get(g.email)!;
          await tx.roleGrant.create({ data: { userId, role: g.role, orgUnitId: g.unit.id } });
          await appendAudit(tx, { actor, action: "user.role_granted", entityType: "User", entityId: userId, orgUnitId: g.unit.id, before: null, after: { role: g.role, orgUnitId: g.unit.id, source: "import" }, ...meta });
        }
        return { ...report, applied: true, links };
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (err) {
    if (err instanceof Rollback) return err.report;
    throw err;
  }
}
