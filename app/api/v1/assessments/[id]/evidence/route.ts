import { z } from "zod";
import { currentRequestMeta } from "@/lib/auth/guard";
import { defineHandler } from "@/lib/auth/route";
import { addFileEvidence } from "@/lib/data/assessments/evidence";
import { ValidationError } from "@/lib/errors";
import { MAX_EVIDENCE_BYTES, MAX_UPLOAD_BODY_BYTES } from "@/lib/storage/evidence-rules";

export const dynamic = "force-dynamic";

const fields = z.object({
  assessmentId: z.string().uuid({ error: "invalid" }),
  questionCode: z.string().max(20, { error: "tooLong" }).regex(/^[A-Z]{2,5}\.\d{1,2}\.\d{1,2}$/, { error: "unknownQuestion" }),
});

/** POST /api/v1/assessments/{id}/evidence — multipart `questionCode` + `file`; 201 with the stored item. */
export const POST = defineHandler<{ id: string }>(
  { name: "evidence.upload", roles: ["RESPONDENT", "DEPT_ADMIN"] },
  async (req, { actor, params }) => {
    // Refuse oversized bodies before reading them into memory (the proxy also counts chunked ones).
    const length = Number(req.headers.get("content-length") ?? "0");
    if (length > MAX_UPLOAD_BODY_BYTES) throw new ValidationError([{ path: "file", message: "fileTooLarge" }], "fileTooLarge");
    const form = await req.formData().catch(() => {
      throw new ValidationError([{ path: "file", message: "fileRequired" }]);
    });
    const parsed = fields.safeParse({ assessmentId: params.id, questionCode: form.get("questionCode") });
    if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
    const file = form.get("file");
    if (!(file instanceof File)) throw new ValidationError([{ path: "file", message: "fileRequired" }]);
    if (file.size > MAX_EVIDENCE_BYTES) throw new ValidationError([{ path: "file", message: "fileTooLarge" }], "fileTooLarge");
    const evidence = await addFileEvidence(
      actor,
      { ...parsed.data, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      await currentRequestMeta(),
    );
    return Response.json({ data: evidence }, { status: 201, headers: { "Cache-Control": "no-store" } });
  },
);
