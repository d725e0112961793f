import { databaseIsUp } from "@/lib/data/health";
import { cachedDatabaseUp } from "@/lib/http/unavailable-page";

export const dynamic = "force-dynamic";

/**
 * For load balancers and `npm start`'s readiness wait. Reveals nothing beyond up/down. Answered from the
 * database watch's last look (lib/data/availability.ts, once a second) so it never waits behind renders or for a
 * pooled connection; a fresh query only when nothing watches (tests, a build). scripts/server.ts answers it the
 * same way before admission control.
 */
export async function GET() {
  const up = cachedDatabaseUp() ?? (await databaseIsUp());
  return healthResponse(up);
}

function healthResponse(up: boolean): Response {
  return Response.json(
    { status: up ? "ok" : "degraded", db: up ? "ok" : "down" },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
