import { defineHandler } from "@/lib/auth/route";
import { openEvidenceFile } from "@/lib/data/assessments/evidence";
import { NotFoundError } from "@/lib/errors";
import { requestMetaFrom } from "@/lib/auth/request-meta";

export const dynamic = "force-dynamic";

/** GET /api/v1/evidence/{id} — the file, for users whose grants cover the department. */
export const GET = defineHandler<{ evidenceId: string }>(
  { name: "evidence.download", roles: ["RESPONDENT", "DEPT_ADMIN", "REVIEWER", "OVERSIGHT"] },
  async (req, { actor, params }) => {
    if (!/^[0-9a-f-]{36}$/i.test(params.evidenceId)) throw new NotFoundError("evidence");
    const file = await openEvidenceFile(actor, params.evidenceId, requestMetaFrom(req.headers));
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.bytes.byteLength),
        // Always a download, never rendered in our origin: uploaded content must not run as our page.
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
);
