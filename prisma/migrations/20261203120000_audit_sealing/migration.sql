-- Audit log sealing (issue 16 §3, issue 11 §3): writers append events without
-- any lock, each event carrying the hash of its own content; one sealer
-- closes batches of events under a Merkle root and chains the seals.

-- The log's identity: seals and their signed checkpoints name it, so a
-- checkpoint of one database is never mistaken for another's.
CREATE TABLE "audit_log" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
INSERT INTO "audit_log" DEFAULT VALUES;

-- New events link to nothing (prev_hash NULL, hash = hash of the event's own content);
-- events from before keep their chain hash. Identical events may share a content hash.
ALTER TABLE "audit_event" ALTER COLUMN "prev_hash" DROP NOT NULL;
DROP INDEX "audit_event_hash_key";
-- The unit an auditor's scope is checked against: the event's unit, or for events
-- without one (sign-ins, user administration) the actor's or the target user's unit.
ALTER TABLE "audit_event" ADD COLUMN "scope_unit_id" UUID;
ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_no_update_delete";
UPDATE "audit_event" SET "scope_unit_id" = "org_unit_id" WHERE "org_unit_id" IS NOT NULL;
ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_no_update_delete";
CREATE INDEX "audit_event_scope_unit_id_id_idx" ON "audit_event"("scope_unit_id", "id");
CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"("occurred_at");
-- The inserting transaction's id. The sealer closes the batch of every event whose
-- transaction id lies below the oldest transaction still running (pg_snapshot_xmin):
-- those transactions have all committed or rolled back, so no event can still arrive
-- in a sealed range — without any lock, and without writers waiting for the sealer.
-- (int8(…) rather than a trailing ::bigint cast, so the schema-drift check reads the default as written.)
ALTER TABLE "audit_event" ADD COLUMN "ins_xid" BIGINT NOT NULL DEFAULT int8(((pg_current_xact_id())::text)::numeric);
CREATE INDEX "audit_event_ins_xid_idx" ON "audit_event"("ins_xid");

CREATE TABLE "audit_seal" (
    "seq" INTEGER NOT NULL,
    -- The batch: events whose inserting transaction id is in [xid_lo, xid_hi).
    "xid_lo" BIGINT NOT NULL,
    "xid_hi" BIGINT NOT NULL,
    "first_id" BIGINT NOT NULL,
    "last_id" BIGINT NOT NULL,
    "event_count" INTEGER NOT NULL,
    "merkle_root" VARCHAR(64) NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL,
    "sealed_at" TIMESTAMPTZ(3) NOT NULL,
    "key_id" VARCHAR(32),
    "signature" TEXT,
    CONSTRAINT "audit_seal_pkey" PRIMARY KEY ("seq")
);
CREATE UNIQUE INDEX "audit_seal_hash_key" ON "audit_seal"("hash");
CREATE UNIQUE INDEX "audit_seal_xid_hi_key" ON "audit_seal"("xid_hi");

-- Seals are append-only too (the runtime role has no UPDATE/DELETE anyway; this also stops the owner by accident).
CREATE FUNCTION "audit_seal_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_seal is append-only (% refused)', TG_OP USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "audit_seal_no_update_delete"
  BEFORE UPDATE OR DELETE ON "audit_seal"
  FOR EACH ROW EXECUTE FUNCTION "audit_seal_append_only"();
CREATE TRIGGER "audit_seal_no_truncate"
  BEFORE TRUNCATE ON "audit_seal"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_seal_append_only"();

