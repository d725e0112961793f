import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical";

/**
 * Hashes of the sealed audit log (pure; shared by the server and the offline verifier).
 *
 * Each event carries the hash of its own content (no link to the previous
 * event, so writers never wait for one another). A single sealer later closes
 * the events committed since the last seal into a batch (those whose inserting
 * transaction id is in the seal's range): the batch's Merkle root covers every
 * event (id and content hash) in id order, and each seal's hash covers the
 * previous seal's hash, so the seals form a chain.
 * Events written before sealing existed keep their old per-event chain hash
 * (`prevHash` set) and are sealed like any other.
 */

export const GENESIS_HASH = "0".repeat(64);

const sha256 = (...parts: (string | Buffer)[]) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex");
};

export interface EventFields {
  occurredAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  orgUnitId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
}

export interface SealedEventFields extends EventFields {
  /** The unit an auditor's scope is checked against (the event's unit, or the actor's or target's). */
  scopeUnitId: string | null;
}

function body(e: EventFields) {
  return {
    occurredAt: e.occurredAt.toISOString(),
    actorId: e.actorId,
    actorEmail: e.actorEmail,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    orgUnitId: e.orgUnitId,
    before: e.before ?? null,
    after: e.after ?? null,
    ip: e.ip,
    userAgent: e.userAgent,
  };
}

/** The pre-sealing chain hash (events written before migration 20261203120000). */
export function hashEvent(prevHash: string, e: EventFields): string {
  return sha256(`${prevHash}\n${canonicalJson(body(e))}`);
}

/** Hash of one event's own content (events written since sealing). */
export function contentHash(e: SealedEventFields): string {
  return sha256(`agm-audit-event-v2\n${canonicalJson({ ...body(e), scopeUnitId: e.scopeUnitId })}`);
}

/** A stored event as the verifier sees it. */
export interface StoredEvent extends SealedEventFields {
  id: string;
  /** Set only on events from before sealing (their hash is the old chain hash). */
  prevHash: string | null;
  hash: string;
}

/** Does the stored hash match the stored content? */
export function eventHashMatches(e: StoredEvent): boolean {
  return e.hash === (e.prevHash === null ? contentHash(e) : hashEvent(e.prevHash, e));
}

/** Merkle leaf: binds the event's id to its hash, so an event cannot be moved to another id. Domain-separated from inner nodes (RFC 6962). */
export function leafHash(id: string, hash: string): string {
  return sha256(Buffer.from([0]), `${id}:${hash}`);
}

const node = (l: string, r: string) => sha256(Buffer.from([1]), Buffer.from(l, "hex"), Buffer.from(r, "hex"));

/** Merkle root over leaves in id order; an odd node is carried up unchanged. Empty: hash of nothing. */
export function merkleRoot(leaves: readonly string[]): string {
  if (leaves.length === 0) return sha256("");
  let level = leaves.slice();
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? node(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return level[0]!;
}

export interface SealFields {
  logId: string;
  seq: number;
  /** The batch: events whose inserting transaction id is in [xidLo, xidHi). */
  xidLo: string;
  xidHi: string;
  firstId: string;
  lastId: string;
  eventCount: number;
  merkleRoot: string;
  prevHash: string;
  sealedAt: Date;
}

/** A seal's hash covers the previous seal's hash: the seals form one chain. */
export function sealHash(s: SealFields): string {
  return sha256(
    `agm-audit-seal-v1\n${canonicalJson({
      logId: s.logId,
      seq: s.seq,
      xidLo: s.xidLo,
      xidHi: s.xidHi,
      firstId: s.firstId,
      lastId: s.lastId,
      eventCount: s.eventCount,
      merkleRoot: s.merkleRoot,
      prevHash: s.prevHash,
      sealedAt: s.sealedAt.toISOString(),
    })}`,
  );
}
