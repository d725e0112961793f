import { currentRequestMeta } from "@/lib/auth/guard";
import { defineHandler } from "@/lib/auth/route";
import { exportFramework } from "@/lib/data/admin/frameworks";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/uuid";

export const dynamic = "force-dynamic";

/** GET /api/v1/admin/frameworks/{id} — a published version as JSON (the format of scripts/framework-json.ts), as a download. */
export const GET = defineHandler<{ id: string }>({ name: "admin.frameworkExport", roles: ["SYS_ADMIN"] }, async (_req, { actor, params }) => {
  if (!isUuid(params.id)) throw new NotFoundError("framework version");
  const { fileName, json } = await exportFramework(actor, params.id, await currentRequestMeta());
  return new Response(json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
