-- Sign-in throttling counters shared by every instance of the app (lib/data/throttle.ts):
-- one row per bucket ("addr:<client address or IPv6 /64>", "global"), a fixed window and the
-- failures counted in it. Each attempt reserves a failure in one conditional upsert, so
-- parallel requests cannot overshoot the limit; a successful sign-in gives its reservation back.
CREATE TABLE "sign_in_throttle" (
    "bucket" VARCHAR(80) NOT NULL,
    "window_started_at" TIMESTAMPTZ(3) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    -- Whether this window's refusal was already written to the audit log (once per window, not per attempt).
    "audited" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("bucket")
);
