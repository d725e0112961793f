import { z } from "zod";
import { defineHandler } from "@/lib/auth/route";
import { checkpointArchive } from "@/lib/data/audit-export";
import { ValidationError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const query = z.object({ file: z.enum(["checkpoints", "public-key"], { error: "invalid" }).default("checkpoints") }).strict();

/** GET /api/v1/audit-events/checkpoints[?file=public-key] — the signed checkpoints or the public key, for the operator's archive. */
export const GET = defineHandler({ name: "auditEvents.checkpoints", roles: ["AUDITOR"] }, async (req) => {
  const parsed = query.safeParse(Object.fromEntries(new URL(req.url).searchParams.entries()));
  if (!parsed.success) throw new ValidationError([{ path: "file", message: "invalid" }]);
  const archive = await checkpointArchive();
  const publicKey = parsed.data.file === "public-key";
  return new Response(publicKey ? archive.publicKey : archive.checkpoints, {
    headers: {
      "Content-Type": publicKey ? "application/x-pem-file" : "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="${publicKey ? `audit-public-key-${archive.keyId}.pem` : `audit-checkpoints-${archive.logId}.jsonl`}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
