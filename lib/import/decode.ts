import iconv from "iconv-lite";

/**
 * What an uploaded import file is, judged by its bytes (not its name).
 * Chinese Excel saves "CSV" as GB18030/GBK by default, newer versions as
 * UTF-8 with a BOM; both are read, as are UTF-16 "Unicode text" exports.
 */
export type FileKind = "csv" | "xlsx";

export class ImportFileError extends Error {
  constructor(readonly messageKey: string, readonly params: Record<string, string | number> = {}) {
    super(messageKey);
  }
}

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const startsWith = (buf: Uint8Array, sig: number[]) => sig.every((b, i) => buf[i] === b);

export function sniffKind(buf: Uint8Array): FileKind {
  if (buf.length === 0) throw new ImportFileError("admin.import.empty");
  if (buf.length > MAX_FILE_BYTES) throw new ImportFileError("admin.import.fileTooLarge", { mb: MAX_FILE_BYTES / 1024 / 1024 });
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return "xlsx";
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0])) throw new ImportFileError("admin.import.oldExcel");
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) return "csv";
  // Text files have no NUL bytes and few control characters; anything else (PDF, images, executables) is refused.
  const head = buf.subarray(0, 65_536);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new ImportFileError("admin.import.binary");
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > head.length / 100) throw new ImportFileError("admin.import.binary");
  return "csv";
}

/** Decodes CSV bytes: BOMs first, then strict UTF-8, and GB18030 (a superset of GBK and GB2312) when that fails. */
export function decodeText(buf: Uint8Array): { text: string; encoding: string } {
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder("utf-8").decode(buf.subarray(3)), encoding: "utf-8-bom" };
  if (startsWith(buf, [0xff, 0xfe])) return { text: iconv.decode(Buffer.from(buf.subarray(2)), "utf16le"), encoding: "utf-16le" };
  if (startsWith(buf, [0xfe, 0xff])) return { text: iconv.decode(Buffer.from(buf.subarray(2)), "utf16be"), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(buf), "gb18030"), encoding: "gb18030" };
  }
}
