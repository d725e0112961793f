/**
 * A quick check in the browser before uploading, so a wrong file fails at
 * once with the same message the server would give. The server's check
 * (lib/storage/evidence-types.ts, by file content) is the one that counts;
 * this one only looks at size and name.
 */

import { EVIDENCE_EXTENSIONS as EXTENSIONS, MAX_EVIDENCE_BYTES as MAX_FILE_BYTES } from "@/lib/storage/evidence-rules";

export { MAX_FILE_BYTES };

/** For the file picker's `accept`: narrows the dialog, enforces nothing. */
export const ACCEPT = EXTENSIONS.map((e) => `.${e}`).join(",");

/** Returns a key under "validation.", or null when the file may be sent. */
export function precheckFile(file: File | null | undefined): "fileRequired" | "fileTooLarge" | "fileType" | null {
  if (!file || file.size === 0) return "fileRequired";
  if (file.size > MAX_FILE_BYTES) return "fileTooLarge";
  const ext = file.name.toLowerCase().split(".").pop() ?? "";
  return (EXTENSIONS as readonly string[]).includes(ext) ? null : "fileType";
}
