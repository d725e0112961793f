-- Audit epochs (issue 7 §6): seals cover ranges of transaction ids, and transaction ids
-- belong to a PostgreSQL cluster. A restore into another cluster (always so for the
-- embedded database; a server restored onto a new machine) starts again from that
-- cluster's ids, which may lie below the restored seals' ranges: new events would fall
-- into batches already sealed. So the log numbers transactions on its own line:
--   logical id = the cluster's transaction id + the current epoch's xid_base.
-- Every restore begins a new epoch whose base puts the new cluster's ids above
-- everything restored (and keeps base 0 when they already are, as in a restore into
-- the same cluster). Ordering by logical id is ordering by (epoch, transaction id), so
-- the sealer and the verifier need no other change: the first seal after a restore
-- chains to the last restored seal as any seal does.

CREATE TABLE "audit_epoch" (
    "epoch" INTEGER NOT NULL,
    -- Added to pg_current_xact_id() for this epoch's events and to the sealing horizon.
    "xid_base" BIGINT NOT NULL,
    -- Everything restored lies below this logical id (the last seal's horizon, the highest event's id + 1).
    "floor_xid" BIGINT NOT NULL,
    -- The last seal when the epoch began (null for the first epoch, or a log never sealed).
    "after_seal_seq" INTEGER,
    "after_seal_hash" VARCHAR(64),
    -- initial | restore
    "reason" VARCHAR(20) NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_epoch_pkey" PRIMARY KEY ("epoch")
);
INSERT INTO "audit_epoch" ("epoch", "xid_base", "floor_xid", "reason") VALUES (1, 0, 0, 'initial');

-- Append-only, like the other audit tables. On a server deployment the runtime role may
-- only read it (lib/migrate/roles.ts): the app cannot move its own log to another epoch.
CREATE FUNCTION "audit_epoch_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_epoch is append-only (% refused)', TG_OP USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "audit_epoch_no_update_delete"
  BEFORE UPDATE OR DELETE ON "audit_epoch"
  FOR EACH ROW EXECUTE FUNCTION "audit_epoch_append_only"();
CREATE TRIGGER "audit_epoch_no_truncate"
  BEFORE TRUNCATE ON "audit_epoch"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_epoch_append_only"();

CREATE FUNCTION "audit_xid_base"() RETURNS BIGINT AS $$
  SELECT COALESCE((SELECT "xid_base" FROM "audit_epoch" ORDER BY "epoch" DESC LIMIT 1), 0)
$$ LANGUAGE sql STABLE;

-- The inserting transaction's logical id (audit_event.ins_xid's default).
CREATE FUNCTION "audit_xid"() RETURNS BIGINT AS $$
  SELECT int8(((pg_current_xact_id())::text)::numeric) + audit_xid_base()
$$ LANGUAGE sql VOLATILE;

-- The sealing horizon on the same line: the oldest transaction still running, as a logical id.
CREATE FUNCTION "audit_seal_horizon"() RETURNS BIGINT AS $$
  SELECT int8(((pg_snapshot_xmin(pg_current_snapshot()))::text)::numeric) + audit_xid_base()
$$ LANGUAGE sql VOLATILE;

ALTER TABLE "audit_event" ALTER COLUMN "ins_xid" SET DEFAULT audit_xid();

-- Begins a new epoch after a restore (lib/backup/restore.ts, as the database owner):
-- the base puts this cluster's next transaction ids above everything restored.
-- Not for the app: PUBLIC may not call it, and the runtime role may not insert epochs anyway.
CREATE FUNCTION "audit_begin_epoch"(p_reason TEXT) RETURNS INTEGER AS $$
DECLARE
  v_raw BIGINT := int8(((pg_current_xact_id())::text)::numeric);
  v_floor BIGINT;
  v_seq INTEGER;
  v_hash VARCHAR(64);
  v_epoch INTEGER;
BEGIN
  LOCK TABLE "audit_epoch" IN EXCLUSIVE MODE;
  SELECT GREATEST(
           COALESCE((SELECT max("xid_hi") FROM "audit_seal"), 0),
           COALESCE((SELECT max("ins_xid") + 1 FROM "audit_event"), 0))
    INTO v_floor;
  SELECT "seq", "hash" INTO v_seq, v_hash FROM "audit_seal" ORDER BY "seq" DESC LIMIT 1;
  SELECT COALESCE(max("epoch"), 0) + 1 INTO v_epoch FROM "audit_epoch";
  INSERT INTO "audit_epoch" ("epoch", "xid_base", "floor_xid", "after_seal_seq", "after_seal_hash", "reason")
    VALUES (v_epoch, GREATEST(v_floor - v_raw + 1, 0), v_floor, v_seq, v_hash, p_reason);
  RETURN v_epoch;
END;
$$ LANGUAGE plpgsql;
REVOKE ALL ON FUNCTION "audit_begin_epoch"(TEXT) FROM PUBLIC;
