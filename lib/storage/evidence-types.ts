import { fileTypeFromBuffer } from "file-type";
import { MAX_EVIDENCE_BYTES } from "./evidence-rules";

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

export type EvidenceTypeCheck = { ok: true; mime: string } | { ok: false; reason: "fileType" | "fileTooLarge" | "fileRequired" };

export async function checkEvidenceFile(fileName: string, bytes: Uint8Array): Promise<EvidenceTypeCheck> {
  if (bytes.byteLength === 0) return { ok: false, reason: "fileRequired" };
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return { ok: false, reason: "fileTooLarge" };
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  const detected = await fileTypeFromBuffer(bytes);
  const rule = detected ? ALLOWED[detected.ext] : undefined;
  if (!detected || !rule || !rule.extensions.includes(ext)) return { ok: false, reason: "fileType" };
  return { ok: true, mime: detected.ext === "cfb" ? LEGACY_MIME[ext]! : rule.mime };
}

/** Keeps a file name safe to store and to send back in Content-Disposition. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "file";
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>:|?*]/g, "_").trim().slice(-200);
  return cleaned || "file";
}
