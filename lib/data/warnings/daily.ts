import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { appendAudit } from "../audit";
import { evaluateWarnings, type EvaluationResult } from "./evaluate";

// Held only for the transaction: of several app instances, one evaluates and the others skip.
const DAILY_LOCK = 4_200_419;
const HOUR = 60 * 60 * 1000;

/**
 * The daily check (cycle dates passing: due soon, overdue) over every unit.
 * At most once per calendar day across all instances: an advisory lock keeps
 * two from running at once, and the day's audit event tells a later instance
 * the work is done.
 */
export async function runDailyEvaluation(now = new Date()): Promise<EvaluationResult | null> {
  return db().$transaction(
    async (tx) => {
      const lock = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${DAILY_LOCK}) AS locked`;
      if (!lock[0]?.locked) return null;
      const done = await tx.auditEvent.count({
        where: { action: "warnings.daily", occurredAt: { gte: new Date(now.getFullYear(), now.getMonth(), now.getDate()) } },
      });
      if (done > 0) return null;
      const result = await evaluateWarnings(tx, {});
      await appendAudit(tx, { action: "warnings.daily", entityType: "Warning", after: { ...result } });
      return result;
    },
    { timeout: 300_000 },
  );
}

const state = globalThis as unknown as { __dailyWarnings?: NodeJS.Timeout };

/** Started once per server process (instrumentation.ts): a first check a minute after start, then hourly attempts. */
export function startDailyWarnings(): void {
  if (state.__dailyWarnings) return;
  const tick = () =>
    runDailyEvaluation()
      .then((r) => r && logger().info({ ...r }, "daily warning evaluation"))
      .catch((err) => logger().error({ err }, "daily warning evaluation failed"));
  setTimeout(tick, 60_000).unref();
  state.__dailyWarnings = setInterval(tick, HOUR);
  state.__dailyWarnings.unref();
}
