import CFB from "cfb";
import yauzl from "yauzl";

/**
 * Office files are where macros hide. Checked before anything is stored:
 * - legacy OLE files (.doc/.xls): refused when the compound file holds a VBA
 *   project storage; .ppt keeps VBA inside its binary document stream, where
 *   it cannot be found reliably, so it is refused outright ("save as .pptx");
 * - OOXML (.docx/.xlsx/.pptx): refused when the package carries a VBA
 *   project (vbaProject.bin, a macro-enabled content type) and when it is a
 *   ZIP bomb — the central directory's sizes are checked first, then every
 *   entry is inflated with a running byte budget, so a lying header is caught
 *   without ever holding more than the budget.
 */

export type OfficeVerdict = null | "fileMacros" | "fileLegacyOffice" | "fileArchive";

/** Beyond this much inflated content a 10 MB Office file is refused as a ZIP bomb. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

export const MACRO_EXTENSIONS = ["docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppsm", "ppam"];

const VBA_STORAGE = /(^|\/)(vba|_vba_project_cur|macros)(\/|$)|(^|\/)_vba_project$/i;

export function checkLegacyOffice(ext: string, bytes: Uint8Array): OfficeVerdict {
  if (ext === "ppt") return "fileLegacyOffice";
  let paths: string[];
  try {
    paths = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: "buffer" }).FullPaths;
  } catch {
    return "fileLegacyOffice";
  }
  return paths.some((p) => VBA_STORAGE.test(p.replace(/^Root Entry\//i, ""))) ? "fileMacros" : null;
}

export async function checkOoxml(bytes: Uint8Array): Promise<OfficeVerdict> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch {
    return "fileArchive";
  }
  if (zip.entryCount > MAX_ENTRIES) {
    zip.close();
    return "fileArchive";
  }
  let declared = 0;
  let inflated = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (/(^|\/)vbaProject\.bin$/i.test(name) || /(^|\/)vbaData\.xml$/i.test(name)) return "fileMacros";
      declared += entry.uncompressedSize;
      if (declared > MAX_INFLATED_BYTES) return "fileArchive";
      if (name.endsWith("/")) continue;
      const chunks: Buffer[] = [];
      const keep = name === "[Content_Types].xml";
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        if (inflated > MAX_INFLATED_BYTES) {
          stream.destroy();
          return "fileArchive";
        }
        if (keep) chunks.push(chunk);
      }
      if (keep && /macroEnabled|vbaProject/i.test(Buffer.concat(chunks).toString("utf8"))) return "fileMacros";
    }
  } catch {
    // Damaged, encrypted or with sizes that lie (validateEntrySizes): not something to store.
    return "fileArchive";
  } finally {
    zip.close();
  }
  return null;
}
