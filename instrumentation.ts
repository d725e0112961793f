/** Runs once when the server starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Watches the database so the proxy can answer pages with a fast 503 while it is away.
  const { startDatabaseWatch } = await import("@/lib/data/availability");
  startDatabaseWatch();
}
