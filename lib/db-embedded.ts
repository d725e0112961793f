/**
 * The embedded database (PGlite behind its socket server, scripts/lib/embedded-postgres.ts) runs one
 * PostgreSQL session for every connection made to it: a statement one connection prepares by name exists for
 * all of them, and outlives the connection. So named prepared statements (lib/db.ts) are off there. Its
 * address carries this application name, a standard connection parameter that pg, psql and pg_dump accept,
 * so the mark travels with the address to every script that is handed it.
 */
export const EMBEDDED_APPLICATION_NAME = "agm-embedded";

export function isEmbeddedDatabaseUrl(url: string): boolean {
  try {
    return new URL(url).searchParams.get("application_name") === EMBEDDED_APPLICATION_NAME;
  } catch {
    return false;
  }
}
