import type { StoredEvent } from "./hash";
import type { Checkpoint } from "./sign";
import type { StoredSeal } from "./verify";

/**
 * The whole-log export (JSON Lines), read by scripts/audit-verify.ts:
 *   {"type":"header", ...}        the log's id, when, the public key the server used
 *   {"type":"seal", ...}          each seal, followed by
 *   {"type":"event", ...}         the events of its batch, in id order
 *   {"type":"event", ...}         then the events not sealed yet
 *   {"type":"checkpoint", ...}    the signed checkpoints from the server's file
 * The verifier trusts the public key and checkpoints from the operator's own
 * archive, not the copies in the export.
 */

export const EXPORT_FORMAT = "agm-audit-export-v1";

export interface ExportHeader {
  type: "header";
  format: typeof EXPORT_FORMAT;
  logId: string;
  exportedAt: string;
  keyId: string;
  publicKey: string;
}

export type ExportLine =
  | ExportHeader
  | ({ type: "seal" } & Omit<StoredSeal, "sealedAt"> & { sealedAt: string })
  | ({ type: "event" } & Omit<StoredEvent, "occurredAt"> & { occurredAt: string })
  | ({ type: "checkpoint" } & Checkpoint);

export const sealLine = (s: StoredSeal) => `${JSON.stringify({ type: "seal", ...s, sealedAt: s.sealedAt.toISOString() })}\n`;
export const eventLine = (e: StoredEvent) => `${JSON.stringify({ type: "event", ...e, occurredAt: e.occurredAt.toISOString() })}\n`;
export const checkpointExportLine = (c: Checkpoint) => `${JSON.stringify({ type: "checkpoint", ...c })}\n`;

export function sealFromLine(l: Extract<ExportLine, { type: "seal" }>): StoredSeal {
  const { type: _type, ...s } = l;
  return { ...s, sealedAt: new Date(s.sealedAt) };
}

export function eventFromLine(l: Extract<ExportLine, { type: "event" }>): StoredEvent {
  const { type: _type, ...e } = l;
  return { ...e, occurredAt: new Date(e.occurredAt) };
}
