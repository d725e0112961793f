import "server-only";
import { checkpointExportLine, eventLine, EXPORT_FORMAT, sealLine, signExportHeader, UNSEALED_LINE } from "@/lib/audit/export";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "./actor";
import { canReadWholeLog } from "./audit-log";
import { auditLogId, readCheckpoints, sealedHead, sealPending, signingKey } from "./audit-seal";
import { sealedBatches, unsealedEvents } from "./audit-verify";

/**
 * The whole log as JSON Lines for offline verification: only an AUDITOR whose scope is a root unit reads all of it.
 * Its end is fixed before anything is read (the last seal, under the sealer's lock) and stated in the signed
 * header: the seals up to it with their events, then — after a marker — the events not sealed by then, then the
 * checkpoints up to it. Seals the sealer adds while the export streams belong to the next export.
 */
export async function* exportAuditLog(actor: Actor): AsyncGenerator<string> {
  if (!(await canReadWholeLog(actor))) throw new ForbiddenError("auditEvents.export");
  await sealPending();
  const logId = await auditLogId();
  const key = signingKey();
  const head = await sealedHead();
  const header = signExportHeader(
    { type: "header", format: EXPORT_FORMAT, logId, exportedAt: head.at.toISOString(), publicKey: key.publicPem, lastSeq: head.seq, lastSealHash: head.hash },
    key.privateKey,
  );
  yield `${JSON.stringify(header)}\n`;
  for await (const { seal, events } of sealedBatches(0)) {
    if (seal.seq > head.seq) break;
    yield sealLine(seal) + events.map(eventLine).join("");
  }
  yield UNSEALED_LINE;
  for await (const page of unsealedEvents(head.xidHi)) yield page.map(eventLine).join("");
  for (const c of readCheckpoints(logId)) if (c.seq <= head.seq) yield checkpointExportLine(c);
}

/** The signed checkpoint file and the public key, for the operator's own archive. */
export async function checkpointArchive(): Promise<{ logId: string; checkpoints: string; publicKey: string; keyId: string }> {
  const logId = await auditLogId();
  const key = signingKey();
  return { logId, checkpoints: readCheckpoints(logId).map((c) => JSON.stringify(c)).join("\n") + "\n", publicKey: key.publicPem, keyId: key.keyId };
}
