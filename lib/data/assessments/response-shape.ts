import type { Prisma } from "@/lib/generated/prisma/client";
import type { EvidenceView, ResponseView } from "./types";

export const responseInclude = {
  updatedBy: { select: { displayName: true } },
  evidence: { orderBy: { createdAt: "asc" } },
} satisfies Prisma.ResponseInclude;

export type ResponseRow = Prisma.ResponseGetPayload<{ include: typeof responseInclude }>;

export function toEvidenceView(e: ResponseRow["evidence"][number]): EvidenceView {
  return {
    id: e.id,
    kind: e.kind,
    fileName: e.fileName,
    mimeType: e.mimeType,
    sizeBytes: e.sizeBytes,
    url: e.url,
    text: e.text,
    createdAt: e.createdAt.toISOString(),
  };
}

export function toResponseView(r: ResponseRow): ResponseView {
  return {
    version: r.version,
    level: r.level,
    na: r.na,
    naReason: r.naReason ?? "",
    note: r.note ?? "",
    verifiedLevel: r.verifiedLevel,
    reviewerComment: r.reviewerComment ?? "",
    criteriaMet: Array.isArray(r.criteriaMet) ? (r.criteriaMet as string[]) : [],
    updatedAt: r.updatedAt.toISOString(),
    updatedByName: r.updatedBy?.displayName ?? null,
    evidence: r.evidence.map(toEvidenceView),
    review: null,
  };
}

/** The part of a response the audit log records as before/after. */
export function auditShape(r: { level: number | null; na: boolean; naReason: string | null; note: string | null; verifiedLevel?: number | null }) {
  return { level: r.level, na: r.na, naReason: r.naReason, note: r.note, verifiedLevel: r.verifiedLevel ?? null };
}
