import { parse } from "csv-parse/sync";
import { decodeText, ImportFileError, sniffKind } from "./decode";

/** Import limits: rows per file and characters per field. */
export const MAX_ROWS = 50_000;
export const MAX_FIELD_CHARS = 2_000;
/** csv-parse refuses a record longer than this; a 5 MB field ends here with a clear message instead of eating memory. */
const MAX_RECORD_CHARS = 64 * 1024;

export interface RawTable {
  /** Normalised header names (trimmed, lower-case). */
  headers: string[];
  /** Data rows; `line` is the row number a person sees in Excel (header = 1). */
  rows: { line: number; cells: string[] }[];
  encoding: string;
}

function finish(records: string[][], encoding: string): RawTable {
  const nonEmpty = records.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => (c ?? "").trim()) })).filter((r) => r.cells.some((c) => c !== ""));
  if (nonEmpty.length === 0) throw new ImportFileError("admin.import.empty");
  const [header, ...rows] = nonEmpty;
  if (rows.length === 0) throw new ImportFileError("admin.import.empty");
  if (rows.length > MAX_ROWS) throw new ImportFileError("admin.import.tooManyRows", { max: MAX_ROWS });
  for (const r of rows) {
    const long = r.cells.findIndex((c) => c.length > MAX_FIELD_CHARS);
    if (long >= 0) throw new ImportFileError("admin.import.fieldTooLong", { line: r.line, max: MAX_FIELD_CHARS });
  }
  return { headers: header!.cells.map((h) => h.replace(/^\uFEFF/, "").trim().toLowerCase()), rows, encoding };
}

function readCsv(buf: Uint8Array): RawTable {
  const { text, encoding } = decodeText(buf);
  try {
    const records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_CHARS,
      // Excel in some locales saves with semicolons; a tab file is also common.
      delimiter: [",", ";", "\t"],
    }) as string[][];
    return finish(records, encoding);
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    const code = (err as { code?: string }).code;
    const line = (err as { lines?: number }).lines ?? 0;
    if (code === "CSV_MAX_RECORD_SIZE") throw new ImportFileError("admin.import.fieldTooLong", { line, max: MAX_FIELD_CHARS });
    throw new ImportFileError("admin.import.badCsv", { line });
  }
}

async function readXlsx(buf: Uint8Array): Promise<RawTable> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(buf) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError("admin.import.badXlsx");
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new ImportFileError("admin.import.empty");
  if (ws.rowCount > MAX_ROWS + 1) throw new ImportFileError("admin.import.tooManyRows", { max: MAX_ROWS });
  const records: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) cells.push(row.getCell(c).text ?? "");
    records.push(cells);
  }
  return finish(records, "xlsx");
}

/** Reads an uploaded CSV (any of the usual encodings) or .xlsx into a header and rows. */
export async function readTable(buf: Uint8Array): Promise<RawTable> {
  return sniffKind(buf) === "xlsx" ? readXlsx(buf) : readCsv(buf);
}

/**
 * Maps the file's columns to fields by their names (English or Chinese).
 * Missing required columns are one clear error for the whole file.
 */
export function mapColumns<F extends string>(
  headers: string[],
  spec: Record<F, { aliases: readonly string[]; required: boolean }>,
): Record<F, number> {
  const out = {} as Record<F, number>;
  const missing: string[] = [];
  for (const [field, { aliases, required }] of Object.entries(spec) as [F, { aliases: readonly string[]; required: boolean }][]) {
    const idx = headers.findIndex((h) => aliases.includes(h));
    if (idx < 0 && required) missing.push(aliases[0]!);
    out[field] = idx;
  }
  if (missing.length) throw new ImportFileError("admin.import.missingColumns", { columns: missing.join(", ") });
  return out;
}

export const cell = (cells: string[], idx: number) => (idx >= 0 ? (cells[idx] ?? "").trim() : "");
