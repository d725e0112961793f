import { databaseIsUp } from "@/lib/data/health";

export const dynamic = "force-dynamic";

/** For load balancers and `npm start`'s readiness wait. Reveals nothing beyond up/down. */
export async function GET() {
  const up = await databaseIsUp();
  return Response.json(
    { status: up ? "ok" : "degraded", db: up ? "ok" : "down" },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
