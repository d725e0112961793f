import { fileTypeFromBuffer } from "file-type";
import { MAX_EVIDENCE_BYTES } from "./evidence-rules";
import { MACRO_EXTENSIONS, checkLegacyOffice, checkOoxml, type OfficeVerdict } from "./office-check";

export { MAX_EVIDENCE_BYTES } from "./evidence-rules";

/**
 * Accepted evidence files, identified by their content (magic bytes), not by
 * name: an executable renamed .pdf is refused. The extension must agree with
 * the detected type so downloads open in the right program.
 */
const ALLOWED: Record<string, { mime: string; extensions: string[] }> = {
  pdf: { mime: "application/pdf", extensions: ["pdf"] },
  png: { mime: "image/png", extensions: ["png"] },
  jpg: { mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
  gif: { mime: "image/gif", extensions: ["gif"] },
  webp: { mime: "image/webp", extensions: ["webp"] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: ["pptx"] },
  // Legacy Office files are all OLE compound files; the extension tells which.
  cfb: { mime: "application/x-cfb", extensions: ["doc", "xls", "ppt"] },
};

const LEGACY_MIME: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

export type EvidenceTypeCheck =
  | { ok: true; mime: string }
  | { ok: false; reason: "fileType" | "fileTooLarge" | "fileRequired" | NonNullable<OfficeVerdict> };

const OOXML = ["docx", "xlsx", "pptx"];

export async function checkEvidenceFile(fileName: string, bytes: Uint8Array): Promise<EvidenceTypeCheck> {
  if (bytes.byteLength === 0) return { ok: false, reason: "fileRequired" };
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return { ok: false, reason: "fileTooLarge" };
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  if (MACRO_EXTENSIONS.includes(ext)) return { ok: false, reason: "fileMacros" };
  // The archive is checked before file-type looks inside it, so a ZIP bomb is never inflated past the budget.
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip && OOXML.includes(ext)) {
    const verdict = await checkOoxml(bytes);
    if (verdict) return { ok: false, reason: verdict };
  }
  const detected = await fileTypeFromBuffer(bytes);
  const rule = detected ? ALLOWED[detected.ext] : undefined;
  if (!detected || !rule || !rule.extensions.includes(ext)) return { ok: false, reason: "fileType" };
  if (detected.ext === "cfb") {
    const verdict = checkLegacyOffice(ext, bytes);
    if (verdict) return { ok: false, reason: verdict };
  }
  return { ok: true, mime: detected.ext === "cfb" ? LEGACY_MIME[ext]! : rule.mime };
}

/** Keeps a file name safe to store and to send back in Content-Disposition. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "file";
  // eslint-disable-next-line no-control-regex
  // Controls, bidi overrides (a name must read as it is stored) and lone surrogates are replaced too.
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"<>:|?*]/g, "_")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "_")
    .trim()
    .slice(-200);
  return cleaned || "file";
}
