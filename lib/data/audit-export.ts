import "server-only";
import { checkpointExportLine, eventLine, EXPORT_FORMAT, sealLine, type ExportHeader } from "@/lib/audit/export";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "./actor";
import { canReadWholeLog } from "./audit-log";
import { auditLogId, readCheckpoints, sealPending, signingKey } from "./audit-seal";
import { sealedBatches, unsealedEvents } from "./audit-verify";

/** The whole log as JSON Lines for offline verification: only an AUDITOR whose scope is a root unit reads all of it. */
export async function* exportAuditLog(actor: Actor): AsyncGenerator<string> {
  if (!(await canReadWholeLog(actor))) throw new ForbiddenError("auditEvents.export");
  await sealPending();
  const logId = await auditLogId();
  const key = signingKey();
  const header: ExportHeader = { type: "header", format: EXPORT_FORMAT, logId, exportedAt: new Date().toISOString(), keyId: key.keyId, publicKey: key.publicPem };
  yield `${JSON.stringify(header)}\n`;
  let xidHi = 0n;
  for await (const { seal, events } of sealedBatches(0)) {
    yield sealLine(seal) + events.map(eventLine).join("");
    xidHi = BigInt(seal.xidHi);
  }
  for await (const page of unsealedEvents(xidHi)) yield page.map(eventLine).join("");
  for (const c of readCheckpoints(logId)) yield checkpointExportLine(c);
}

/** The signed checkpoint file and the public key, for the operator's own archive. */
export async function checkpointArchive(): Promise<{ logId: string; checkpoints: string; publicKey: string; keyId: string }> {
  const logId = await auditLogId();
  const key = signingKey();
  return { logId, checkpoints: readCheckpoints(logId).map((c) => JSON.stringify(c)).join("\n") + "\n", publicKey: key.publicPem, keyId: key.keyId };
}
