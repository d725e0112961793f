import { Client } from "pg";

/**
 * Least privilege for a server deployment: migrations run as the owner
 * (DATABASE_OWNER_URL); the app connects as a runtime role (DATABASE_URL)
 * that owns nothing and holds only the rights it needs. Run after every
 * migration, so tables added later get their grants without anyone
 * remembering to (ALTER DEFAULT PRIVILEGES covers tables created between runs).
 *
 * Rule, generic so that new tables need no change here:
 *  - every table in schema public: SELECT, INSERT, UPDATE, DELETE;
 *  - tables named audit_*: SELECT and INSERT only (append-only; no UPDATE,
 *    DELETE or TRUNCATE, and as a non-owner no trigger control);
 *  - _prisma_migrations and audit_epoch: SELECT only (the app may not begin an
 *    audit epoch: only a restore, as the owner, does);
 *  - sequences: USAGE, SELECT; the sealer's horizon function: EXECUTE.
 */

export const APPEND_ONLY_PREFIX = "audit_";
/**
 * Tables the runtime role may only read. audit_log holds the log's identity (one row, written by the migration):
 * a row the app could add would change which log the server verifies against.
 */
export const READ_ONLY_TABLES = ["_prisma_migrations", "audit_epoch", "audit_log"];

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export interface RuntimeRoleResult {
  role: string;
  created: boolean;
  tables: number;
  appendOnly: string[];
}

export class RoleSetupError extends Error {}

export async function setupRuntimeRole(opts: {
  ownerUrl: string;
  runtimeUrl: string;
  log?: (line: string) => void;
}): Promise<RuntimeRoleResult | null> {
  const log = opts.log ?? (() => {});
  const runtime = new URL(opts.runtimeUrl);
  const role = decodeURIComponent(runtime.username);
  const password = decodeURIComponent(runtime.password);
  if (!role) throw new RoleSetupError("DATABASE_URL must name the runtime role (postgresql://ROLE:PASSWORD@host/db)");
  const client = new Client({ connectionString: opts.ownerUrl });
  await client.connect();
  try {
    const { rows: me } = await client.query<{ owner: string; db: string }>("SELECT current_user AS owner, current_database() AS db");
    const owner = me[0]!.owner;
    const dbName = me[0]!.db;
    if (owner === role) {
      log(`DATABASE_OWNER_URL and DATABASE_URL name the same role (${role}): single-role mode, nothing to set up`);
      return null;
    }
    const r = quoteIdent(role);
    const existing = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1",
      [role],
    );
    let created = false;
    if (existing.rowCount === 0) {
      if (!password) throw new RoleSetupError(`the runtime role ${role} does not exist; give it a password in DATABASE_URL so it can be created`);
      try {
        await client.query(`CREATE ROLE ${r} LOGIN PASSWORD ${quoteLiteral(password)} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS`);
      } catch (err) {
        throw new RoleSetupError(
          `could not create the runtime role ${role} (${(err as Error).message}); create it yourself (CREATE ROLE ${role} LOGIN PASSWORD '…') or give the owner CREATEROLE`,
        );
      }
      created = true;
      log(`created the runtime role ${role}`);
    } else if (existing.rows[0]!.rolsuper || existing.rows[0]!.rolbypassrls) {
      throw new RoleSetupError(`the runtime role ${role} is a superuser or bypasses row security: use an ordinary role for DATABASE_URL`);
    }

    const owned = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = $1",
      [role],
    );
    if (owned.rowCount) {
      throw new RoleSetupError(
        `the runtime role ${role} owns ${owned.rows.map((t) => t.tablename).join(", ")}; an owner can disable the audit triggers. Run the migrations as the owner (DATABASE_OWNER_URL) and transfer ownership (ALTER TABLE … OWNER TO ${owner}).`,
      );
    }

    const { rows: tables } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const appendOnly = tables.map((t) => t.tablename).filter((t) => t.startsWith(APPEND_ONLY_PREFIX) && !READ_ONLY_TABLES.includes(t));
    await client.query("BEGIN");
    try {
      await client.query(`GRANT CONNECT ON DATABASE ${quoteIdent(dbName)} TO ${r}`);
      await client.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
      // Nobody but the owner creates objects (PostgreSQL 14 still lets PUBLIC create in schema public).
      await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
      await client.query(`REVOKE CREATE ON SCHEMA public FROM ${r}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
      for (const t of new Set([...appendOnly, ...READ_ONLY_TABLES])) {
        if (!tables.some((x) => x.tablename === t)) continue;
        await client.query(`REVOKE ALL ON TABLE ${quoteIdent(t)} FROM ${r}`);
        await client.query(`GRANT SELECT${READ_ONLY_TABLES.includes(t) ? "" : ", INSERT"} ON TABLE ${quoteIdent(t)} TO ${r}`);
      }
      // Tables a later migration creates are usable at once; the audit rule is re-applied by the next run of this step.
      await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${quoteIdent(owner)} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`);
      await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${quoteIdent(owner)} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`);
      const fn = await client.query("SELECT 1 FROM pg_proc WHERE proname = 'audit_seal_horizon'");
      if (fn.rowCount) await client.query(`GRANT EXECUTE ON FUNCTION audit_seal_horizon() TO ${r}`);
      // Only a restore, as the owner, begins an audit epoch (pg_restore --no-privileges gives PUBLIC its EXECUTE back).
      const epochFn = await client.query("SELECT 1 FROM pg_proc WHERE proname = 'audit_begin_epoch'");
      if (epochFn.rowCount) await client.query(`REVOKE ALL ON FUNCTION audit_begin_epoch(text) FROM PUBLIC, ${r}`);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    }
    const readOnly = READ_ONLY_TABLES.filter((t) => tables.some((x) => x.tablename === t));
    log(
      `runtime role ${role}: read/write on ${tables.length - appendOnly.length - readOnly.length} tables, insert/select only on ${appendOnly.join(", ")}, select only on ${readOnly.join(", ")}`,
    );
    return { role, created, tables: tables.length, appendOnly };
  } finally {
    await client.end();
  }
}
