import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Client, type ClientBase } from "pg";

/**
 * Schema-drift check: compares what prisma/schema.prisma says the database
 * should look like with what the hand-written SQL migrations actually built.
 * Prisma's own `migrate diff` needs the schema engine, which cannot be
 * downloaded here, so this covers the part we rely on: tables, columns (type,
 * nullability, default), primary/unique/plain indexes, foreign keys, enums.
 * Not modelled by Prisma and so ignored: CHECK constraints, triggers,
 * functions, partial/expression indexes. Not handled (unused here):
 * implicit many-to-many join tables, multiSchema, views, `@relation(map:)`
 * names (the DMMF does not expose them, so foreign-key names are not compared).
 *
 * Test tooling only: it loads the `prisma` CLI package (a devDependency).
 */

export interface ColumnModel {
  /** Canonical short type: text, varchar(254), timestamptz(3), numeric(8,4), an enum's name, `…[]`. */
  type: string;
  nullable: boolean;
  /** Canonical default expression; undefined = no database default. */
  default?: string;
}
export interface IndexModel {
  name: string;
  columns: string[];
}
export interface ForeignKeyModel {
  columns: string[];
  refTable: string;
  refColumns: string[];
  /** SQL words: CASCADE, RESTRICT, SET NULL, SET DEFAULT, NO ACTION. */
  onDelete: string;
  onUpdate: string;
}
export interface TableModel {
  columns: Record<string, ColumnModel>;
  primaryKey: IndexModel | null;
  uniques: IndexModel[];
  indexes: IndexModel[];
  foreignKeys: ForeignKeyModel[];
}
export interface DbModel {
  tables: Record<string, TableModel>;
  enums: Record<string, string[]>;
}

// ---------------------------------------------------------------------------
// Expected model: the DMMF from Prisma's own schema parser (the wasm build the
// CLI ships), so every attribute is read exactly as Prisma reads it.

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  hasDefaultValue: boolean;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string | null;
  relationOnUpdate?: string | null;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: DmmfIndex[];
  };
}

type WasmExports = {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_start(): void;
  __wbindgen_malloc(len: number, align: number): number;
  __wbindgen_free(ptr: number, len: number, align: number): void;
  __externref_table_dealloc(idx: number): void;
  get_dmmf(ptr: number, len: number): [number, number, number, number];
};
let wasm: WasmExports | undefined;
let lastPanic = "";

/**
 * Instantiates prisma_schema_build_bg.wasm with a minimal wasm-bindgen glue.
 * The CLI bundles its own glue inside cli.js (not importable); the module
 * needs only four imports, matched by name without wasm-bindgen's hash suffix
 * so a Prisma upgrade that only changes hashes keeps working. An upgrade
 * that changes the imports fails loudly here rather than silently.
 */
function schemaWasm(): WasmExports {
  if (wasm) return wasm;
  const req = createRequire(path.join(process.cwd(), "package.json"));
  const file = path.join(path.dirname(req.resolve("prisma/package.json")), "build", "prisma_schema_build_bg.wasm");
  const mod = new WebAssembly.Module(readFileSync(file));
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let ex!: WasmExports;
  const str = (ptr: number, len: number) => decoder.decode(new Uint8Array(ex.memory.buffer, ptr >>> 0, len));
  const impl: Record<string, (...a: number[]) => unknown> = {
    __wbg_Error: (p, l) => new Error(str(p, l)),
    __wbg___wbindgen_throw: (p, l) => {
      throw new Error(str(p, l));
    },
    __wbg_set_message: (p, l) => void (lastPanic = str(p, l)),
    __wbindgen_init_externref_table: () => {
      const t = ex.__wbindgen_externrefs;
      const base = t.grow(4);
      t.set(0, undefined);
      [undefined, null, true, false].forEach((v, i) => t.set(base + i, v));
    },
  };
  const imports: Record<string, Record<string, (...a: number[]) => unknown>> = {};
  for (const imp of WebAssembly.Module.imports(mod)) {
    const fn = impl[imp.name.replace(/_[0-9a-f]{16}$/, "")];
    if (!fn) throw new Error(`drift: unsupported import ${imp.name} in ${file} (Prisma upgrade?)`);
    (imports[imp.module] ??= {})[imp.name] = fn;
  }
  ex = new WebAssembly.Instance(mod, imports).exports as unknown as WasmExports;
  ex.__wbindgen_start();
  return (wasm = ex);
}

export function getDmmf(schemaText: string): Dmmf {
  const ex = schemaWasm();
  const input = new TextEncoder().encode(JSON.stringify({ prismaSchema: schemaText, noColor: true }));
  const ptr = ex.__wbindgen_malloc(input.length, 1);
  new Uint8Array(ex.memory.buffer, ptr, input.length).set(input);
  let out: [number, number, number, number];
  lastPanic = "";
  try {
    out = ex.get_dmmf(ptr, input.length);
  } catch (err) {
    wasm = undefined; // a Rust panic leaves the instance unusable
    throw new Error(`Prisma schema parser panicked: ${lastPanic || (err as Error).message}`);
  }
  const [outPtr, outLen, errRef, isErr] = out;
  if (isErr) {
    const err = ex.__wbindgen_externrefs.get(errRef) as Error;
    ex.__externref_table_dealloc(errRef);
    let message = err.message;
    try {
      message = (JSON.parse(message) as { message: string }).message;
    } catch {}
    throw new Error(`Invalid Prisma schema:\n${message}`);
  }
  const json = new TextDecoder().decode(new Uint8Array(ex.memory.buffer, outPtr, outLen));
  ex.__wbindgen_free(outPtr, outLen, 1);
  return JSON.parse(json) as Dmmf;
}

// Prisma's type when no @db.* attribute is given (what `migrate dev` would create).
const SCALAR_TYPES: Record<string, string> = {
  String: "text", Int: "integer", BigInt: "bigint", Float: "double precision", Decimal: "numeric(65,30)",
  Boolean: "boolean", DateTime: "timestamp(3)", Json: "jsonb", Bytes: "bytea",
};
// @db.X → the same canonical names canonicalType() gives the catalog's spelling.
const NATIVE_TYPES: Record<string, string> = {
  Text: "text", VarChar: "varchar", Char: "char", Uuid: "uuid", Integer: "integer", SmallInt: "smallint",
  BigInt: "bigint", Oid: "oid", DoublePrecision: "double precision", Real: "real", Decimal: "numeric",
  Money: "money", Boolean: "boolean", Timestamp: "timestamp", Timestamptz: "timestamptz", Date: "date",
  Time: "time", Timetz: "timetz", Json: "json", JsonB: "jsonb", ByteA: "bytea", Inet: "inet", Xml: "xml",
  Bit: "bit", VarBit: "varbit", Citext: "citext",
};
const ACTIONS: Record<string, string> = {
  Cascade: "CASCADE", Restrict: "RESTRICT", SetNull: "SET NULL", SetDefault: "SET DEFAULT", NoAction: "NO ACTION",
};
// Functions the Prisma client evaluates itself: no database default.
const CLIENT_DEFAULTS = new Set(["uuid", "cuid", "nanoid", "ulid"]);

/** Prisma's default constraint name ("{table}_{cols}_{suffix}", cut to PostgreSQL's 63 bytes). */
function prismaName(table: string, columns: string[], suffix: string): string {
  const base = [table, ...columns].join("_");
  return base.slice(0, 63 - suffix.length - 1) + "_" + suffix;
}

function expectedDefault(field: DmmfField, enumValues: Map<string, Map<string, string>>): string | undefined {
  const d = field.default;
  if (!field.hasDefaultValue || d === undefined) return undefined;
  if (d !== null && typeof d === "object" && "name" in d) {
    const fn = d as { name: string; args: unknown[] };
    if (fn.name === "now") return "CURRENT_TIMESTAMP";
    if (fn.name === "autoincrement") return "autoincrement()";
    if (fn.name === "dbgenerated") return fn.args[0] === undefined ? undefined : String(fn.args[0]);
    if (CLIENT_DEFAULTS.has(fn.name)) return undefined;
    return `${fn.name}()`;
  }
  if (Array.isArray(d)) return `ARRAY[${d.map((v) => enumValues.get(field.type)?.get(String(v)) ?? String(v)).join(",")}]`;
  if (field.kind === "enum") return enumValues.get(field.type)?.get(String(d)) ?? String(d);
  return typeof d === "string" ? d : JSON.stringify(d);
}

export function expectedModelFromSchema(schemaText: string): DbModel {
  const { models, enums, indexes } = getDmmf(schemaText).datamodel;
  const model: DbModel = { tables: {}, enums: {} };
  const enumDbName = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const enumValues = new Map(enums.map((e) => [e.name, new Map(e.values.map((v) => [v.name, v.dbName ?? v.name]))]));
  for (const e of enums) model.enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);

  const byName = new Map(models.map((m) => [m.name, m]));
  const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
  const columnOf = (m: DmmfModel, field: string) => {
    const f = m.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };

  for (const m of models) {
    const table: TableModel = { columns: {}, primaryKey: null, uniques: [], indexes: [], foreignKeys: [] };
    model.tables[tableOf(m)] = table;
    for (const f of m.fields) {
      if (f.kind === "object") {
        if (!f.relationFromFields?.length) continue; // the back-relation side holds no column
        const target = byName.get(f.type)!;
        const columns = f.relationFromFields.map((x) => columnOf(m, x));
        table.foreignKeys.push({
          columns,
          refTable: tableOf(target),
          refColumns: (f.relationToFields ?? []).map((x) => columnOf(target, x)),
          // Prisma's defaults: Restrict for a required relation, SetNull for an optional one; Cascade on update.
          onDelete: ACTIONS[f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull")]!,
          onUpdate: ACTIONS[f.relationOnUpdate ?? "Cascade"]!,
        });
        continue;
      }
      let type: string;
      if (f.kind === "enum") type = enumDbName.get(f.type) ?? f.type;
      else if (f.nativeType) {
        const [name, args] = f.nativeType;
        type = (NATIVE_TYPES[name] ?? name.toLowerCase()) + (args.length ? `(${args.join(",")})` : "");
      } else type = SCALAR_TYPES[f.type] ?? f.type;
      table.columns[f.dbName ?? f.name] = {
        type: f.isList ? `${type}[]` : type,
        // Prisma lists are never optional in the client, yet migrate creates the column without NOT NULL.
        nullable: f.isList || !f.isRequired,
        default: expectedDefault(f, enumValues),
      };
    }
  }
  for (const idx of indexes) {
    const m = byName.get(idx.model)!;
    const table = model.tables[tableOf(m)]!;
    const columns = idx.fields.map((f) => columnOf(m, f.name));
    const suffix = { id: "pkey", unique: "key", normal: "idx", fulltext: "idx" }[idx.type];
    const name = idx.dbName ?? (idx.type === "id" ? prismaName(tableOf(m), [], suffix) : prismaName(tableOf(m), columns, suffix));
    if (idx.type === "id") table.primaryKey = { name, columns };
    else (idx.type === "unique" ? table.uniques : table.indexes).push({ name, columns });
  }
  return model;
}

// ---------------------------------------------------------------------------
// Actual model: read from pg_catalog (information_schema hides other roles'
// objects and spells types less precisely).

/** Catalog spellings (format_type) → the short names used in the expected model. */
function canonicalType(t: string): string {
  return t
    .replace(/^character varying/, "varchar")
    .replace(/^character\b/, "char")
    .replace(/^bit varying/, "varbit")
    .replace(/^(timestamp|time)(\(\d+\))? with time zone/, "$1tz$2")
    .replace(/^(timestamp|time)(\(\d+\))? without time zone/, "$1$2");
}

// A cast as pg_get_expr prints it: ::text, ::character varying(10), ::"Role", ::text[].
const CAST = String.raw`::[\w ."]+(?:\(\d+(?:,\d+)?\))?(?:\[\])?`;

/** Catalog default expressions → the spelling expectedDefault() produces. */
function canonicalDefault(expr: string | null): string | undefined {
  if (expr === null) return undefined;
  if (/^nextval\(/.test(expr)) return "autoincrement()";
  if (expr === "now()") return "CURRENT_TIMESTAMP";
  // ARRAY['a'::text, 'b'::text]::text[] → ARRAY[a,b], as expectedDefault() spells a list default.
  if (expr.startsWith("ARRAY[")) return expr.replace(new RegExp(CAST, "g"), "").replace(/'|(?<=,) /g, "");
  const literal = new RegExp(`^'((?:[^']|'')*)'(?:${CAST})*$`).exec(expr);
  if (literal) return literal[1]!.replace(/''/g, "'");
  return expr.replace(new RegExp(`(?:${CAST})+$`), "");
}

/** pg_get_expr names a function of a schema outside the search path with its schema (drift_x.audit_xid()); the schema file does not. */
function unqualified(expr: string | null, schema: string): string | null {
  if (expr === null) return null;
  const q = schema.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return expr.replace(new RegExp(`(?:\\b${q}|"${q}")\\.(?=\\w+\\()`, "g"), "");
}

const FK_ACTIONS: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

// Column names of an int2 attnum array, in order. $ARR and $REL are substituted.
const ATTNAMES = `array(SELECT a.attname::text FROM unnest($ARR) WITH ORDINALITY k(num, ord)
  JOIN pg_attribute a ON a.attrelid = $REL AND a.attnum = k.num ORDER BY k.ord)`;
const attnames = (arr: string, rel: string) => ATTNAMES.replace("$ARR", arr).replace("$REL", rel);

export async function actualModelFromDatabase(db: ClientBase | string, schema = "public"): Promise<DbModel> {
  const owned = typeof db === "string" ? new Client({ connectionString: db }) : undefined;
  const client = owned ?? (db as ClientBase);
  await owned?.connect();
  try {
    const q = async <T>(sql: string) => (await client.query<T & Record<string, unknown>>(sql, [schema])).rows as T[];
    const model: DbModel = { tables: {}, enums: {} };
    const tableFilter = `n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;

    for (const r of await q<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS values
         FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 AND t.typtype = 'e'`,
    ))
      model.enums[r.name] = r.values;

    const table = (name: string) =>
      (model.tables[name] ??= { columns: {}, primaryKey: null, uniques: [], indexes: [], foreignKeys: [] });
    for (const r of await q<{ table: string; column: string; type: string; notnull: boolean; default: string | null }>(
      // User-defined types (enums) by bare name: format_type would schema-qualify them.
      `SELECT c.relname AS table, a.attname AS column, a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS default,
              CASE WHEN et.oid IS NOT NULL AND etn.nspname <> 'pg_catalog' THEN et.typname || '[]'
                   WHEN tn.nspname <> 'pg_catalog' THEN t.typname
                   ELSE format_type(a.atttypid, a.atttypmod) END AS type
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace
         LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A' LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE ${tableFilter} ORDER BY c.relname, a.attnum`,
    ))
      table(r.table).columns[r.column] = { type: canonicalType(r.type), nullable: !r.notnull, default: canonicalDefault(unqualified(r.default, schema)) };

    for (const r of await q<{ table: string; name: string; unique: boolean; primary: boolean; columns: string[] }>(
      // Partial and expression indexes cannot be written in Prisma: left out.
      `SELECT c.relname AS table, ic.relname AS name, i.indisunique AS unique, i.indisprimary AS primary,
              ${attnames("(i.indkey::int2[])[0:i.indnkeyatts - 1]", "i.indrelid")} AS columns
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE ${tableFilter} AND i.indpred IS NULL AND i.indexprs IS NULL ORDER BY ic.relname`,
    )) {
      const t = table(r.table);
      const idx = { name: r.name, columns: r.columns };
      if (r.primary) t.primaryKey = idx;
      else (r.unique ? t.uniques : t.indexes).push(idx);
    }

    for (const r of await q<{ table: string; ref_table: string; columns: string[]; ref_columns: string[]; del: string; upd: string }>(
      `SELECT c.relname AS table, rc.relname AS ref_table, con.confdeltype AS del, con.confupdtype AS upd,
              ${attnames("con.conkey", "con.conrelid")} AS columns, ${attnames("con.confkey", "con.confrelid")} AS ref_columns
         FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class rc ON rc.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE ${tableFilter} AND con.contype = 'f' ORDER BY con.conname`,
    ))
      table(r.table).foreignKeys.push({
        columns: r.columns, refTable: r.ref_table, refColumns: r.ref_columns,
        onDelete: FK_ACTIONS[r.del] ?? r.del, onUpdate: FK_ACTIONS[r.upd] ?? r.upd,
      });
    return model;
  } finally {
    await owned?.end();
  }
}

// ---------------------------------------------------------------------------

const list = (cols: string[]) => `(${cols.join(", ")})`;
const describeColumn = (c: ColumnModel) => `${c.type} ${c.nullable ? "null" : "not null"}`;
const fkKey = (fk: ForeignKeyModel) => fk.columns.join(",");
const fkLabel = (table: string, fk: ForeignKeyModel) =>
  `${table}.${fk.columns.length === 1 ? fk.columns[0] : list(fk.columns)}`;

/** Matches indexes by column list (names are compared separately, so a rename reads as a rename). */
function diffIndexes(kind: string, table: string, exp: IndexModel[], act: IndexModel[], out: string[]) {
  const rest = [...act];
  for (const e of exp) {
    const i = rest.findIndex((a) => a.columns.join(",") === e.columns.join(","));
    if (i < 0) {
      out.push(`missing ${kind} ${list(e.columns)} on ${table}`);
      continue;
    }
    const [a] = rest.splice(i, 1);
    if (a!.name !== e.name) out.push(`${kind} ${list(e.columns)} on ${table}: expected name ${e.name}, found ${a!.name}`);
  }
  for (const a of rest) out.push(`extra ${kind} ${list(a.columns)} on ${table} (${a.name})`);
}

/** Human-readable differences, expected → actual. Empty means no drift. */
export function diffModels(expected: DbModel, actual: DbModel): string[] {
  const out: string[] = [];
  const names = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

  for (const name of names(expected.enums, actual.enums)) {
    const [e, a] = [expected.enums[name], actual.enums[name]];
    if (!a) out.push(`missing enum ${name}`);
    else if (!e) out.push(`extra enum ${name}`);
    else if (e.join(",") !== a.join(",")) out.push(`enum ${name}: expected values ${list(e)}, found ${list(a)}`);
  }

  for (const name of names(expected.tables, actual.tables)) {
    const [e, a] = [expected.tables[name], actual.tables[name]];
    if (!a) {
      out.push(`missing table ${name}`);
      continue;
    }
    if (!e) {
      out.push(`extra table ${name}`);
      continue;
    }
    for (const col of names(e.columns, a.columns)) {
      const [ec, ac] = [e.columns[col], a.columns[col]];
      if (!ac) out.push(`missing column ${name}.${col} (expected ${describeColumn(ec!)})`);
      else if (!ec) out.push(`extra column ${name}.${col} (found ${describeColumn(ac)})`);
      else {
        if (describeColumn(ec) !== describeColumn(ac))
          out.push(`column ${name}.${col}: expected ${describeColumn(ec)}, found ${describeColumn(ac)}`);
        if (ec.default !== ac.default)
          out.push(`column ${name}.${col}: expected default ${ec.default ?? "none"}, found ${ac.default ?? "none"}`);
      }
    }
    if (!e.primaryKey !== !a.primaryKey || e.primaryKey?.columns.join(",") !== a.primaryKey?.columns.join(","))
      out.push(
        `primary key on ${name}: expected ${e.primaryKey ? list(e.primaryKey.columns) : "none"}, found ${a.primaryKey ? list(a.primaryKey.columns) : "none"}`,
      );
    else if (e.primaryKey && e.primaryKey.name !== a.primaryKey!.name)
      out.push(`primary key on ${name}: expected name ${e.primaryKey.name}, found ${a.primaryKey!.name}`);
    diffIndexes("unique", name, e.uniques, a.uniques, out);
    diffIndexes("index", name, e.indexes, a.indexes, out);

    const actualFks = new Map(a.foreignKeys.map((fk) => [fkKey(fk), fk]));
    for (const ef of e.foreignKeys) {
      const af = actualFks.get(fkKey(ef));
      actualFks.delete(fkKey(ef));
      const label = fkLabel(name, ef);
      if (!af) {
        out.push(`missing foreign key ${label} -> ${ef.refTable}${list(ef.refColumns)}`);
        continue;
      }
      const [eRef, aRef] = [`${ef.refTable}${list(ef.refColumns)}`, `${af.refTable}${list(af.refColumns)}`];
      if (eRef !== aRef) out.push(`foreign key ${label}: expected references ${eRef}, found ${aRef}`);
      if (ef.onDelete !== af.onDelete) out.push(`foreign key ${label}: expected ON DELETE ${ef.onDelete}, found ${af.onDelete}`);
      if (ef.onUpdate !== af.onUpdate) out.push(`foreign key ${label}: expected ON UPDATE ${ef.onUpdate}, found ${af.onUpdate}`);
    }
    for (const af of actualFks.values())
      out.push(`extra foreign key ${fkLabel(name, af)} -> ${af.refTable}${list(af.refColumns)}`);
  }
  return out;
}
