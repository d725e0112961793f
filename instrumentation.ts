/**
 * Runs once when a server instance starts. Starts the daily early-warning
 * check (issue 9) so no external cron is needed; it is guarded in the
 * database so several instances do not evaluate twice.
 */
export async function register() {
  // Next sets NEXT_RUNTIME itself; the Edge runtime has no database driver.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startDailyWarnings } = await import("./lib/data/warnings/daily");
  startDailyWarnings();
}
