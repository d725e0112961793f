import { defineHandler } from "@/lib/auth/route";
import { exportAuditLog } from "@/lib/data/audit-export";

export const dynamic = "force-dynamic";

/** GET /api/v1/audit-events/export — the whole sealed log (JSON Lines) for scripts/audit-verify.ts; a province-wide AUDITOR only. */
export const GET = defineHandler({ name: "auditEvents.export", roles: ["AUDITOR"] }, async (_req, { actor }) => {
  const lines = exportAuditLog(actor);
  // Pull the first line before answering, so a refusal is an error response rather than a broken download.
  const first = await lines.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${stamp}.jsonl"`,
      "Cache-Control": "private, no-store",
    },
  });
});
