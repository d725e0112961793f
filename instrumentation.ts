/**
 * Runs once when a server instance starts (Next's instrumentation hook).
 * - Watches the database so the proxy can answer pages with a fast 503 while it is away (issue 15).
 * - Starts the daily early-warning check (issue 9) so no external cron is needed; it is guarded in the
 *   database so several instances do not evaluate twice.
 */
export async function register() {
  // Next sets NEXT_RUNTIME itself; the Edge runtime has no database driver.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startDatabaseWatch } = await import("@/lib/data/availability");
  startDatabaseWatch();
  const { startDailyWarnings } = await import("./lib/data/warnings/daily");
  startDailyWarnings();
}
