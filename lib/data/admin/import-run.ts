import "server-only";
import { ImportFileError } from "@/lib/import/decode";
import { readTable } from "@/lib/import/read-table";
import type { Actor } from "../actor";
import type { RequestMeta } from "../audit";
import { importOrgUnits } from "./import-org-units";
import { importUsers } from "./import-users";
import type { ImportReport } from "./import-types";

export const IMPORT_KINDS = ["org-units", "users"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; key: string; params: Record<string, string | number> };

/** Reads the file and runs the dry run or the apply; a file that cannot be read is one clear message, nothing changed. */
export async function runImport(actor: Actor, kind: ImportKind, bytes: Uint8Array, apply: boolean, meta: RequestMeta): Promise<ImportOutcome> {
  try {
    const table = await readTable(bytes);
    const report = kind === "org-units" ? await importOrgUnits(actor, table, apply, meta) : await importUsers(actor, table, apply, meta);
    return { ok: true, report };
  } catch (err) {
    if (err instanceof ImportFileError) return { ok: false, key: err.messageKey, params: err.params };
    throw err;
  }
}
