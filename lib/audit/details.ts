/** What an auditor may see of an event's before/after: levels, codes, flags — no free text. */
export interface AuditDetails {
  questionCode?: string;
  level?: number | null;
  previousLevel?: number | null;
  na?: boolean;
  previousNa?: boolean;
  verifiedLevel?: number | null;
  previousVerifiedLevel?: number | null;
  /** The note, N/A reason or reviewer comment changed (their text is not shown). */
  textChanged?: boolean;
  evidenceKind?: string;
  fileName?: string | null;
  status?: string;
  previousStatus?: string;
  active?: boolean;
  role?: string;
  reason?: string;
  operation?: string;
  failures?: number;
  lockedUntil?: string;
  commentedQuestions?: number;
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const num = (v: unknown) => (typeof v === "number" ? v : v === null ? null : undefined);
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** Reduces a stored before/after to what an auditor may read. */
export function auditDetails(action: string, beforeRaw: unknown, afterRaw: unknown): AuditDetails {
  const b = asObj(beforeRaw);
  const a = asObj(afterRaw);
  const d: AuditDetails = {};
  const code = str(a.questionCode) ?? str(b.questionCode);
  if (code) d.questionCode = code;
  if (action.startsWith("response.")) {
    if ("level" in a) d.level = num(a.level) ?? null;
    if ("level" in b) d.previousLevel = num(b.level) ?? null;
    if (typeof a.na === "boolean") d.na = a.na;
    if (typeof b.na === "boolean") d.previousNa = b.na;
    if ("verifiedLevel" in a) d.verifiedLevel = num(a.verifiedLevel) ?? null;
    if ("verifiedLevel" in b) d.previousVerifiedLevel = num(b.verifiedLevel) ?? null;
    const texts = ["note", "naReason", "comment"];
    d.textChanged = texts.some((k) => (k in a || k in b) && (a[k] ?? null) !== (b[k] ?? null));
  }
  if (action.startsWith("evidence.")) {
    d.evidenceKind = str(a.kind) ?? str(b.kind);
    const fileName = str(a.fileName) ?? str(b.fileName);
    if (fileName) d.fileName = fileName;
  }
  if (str(a.status)) d.status = str(a.status);
  if (str(b.status)) d.previousStatus = str(b.status);
  if (typeof a.active === "boolean") d.active = a.active;
  if (str(a.role)) d.role = str(a.role);
  if (str(a.reason)) d.reason = str(a.reason);
  if (str(a.operation)) d.operation = str(a.operation);
  const failures = num(a.consecutiveFailures) ?? num(a.failures);
  if (typeof failures === "number") d.failures = failures;
  if (str(a.lockedUntil)) d.lockedUntil = str(a.lockedUntil);
  if (typeof a.commentedQuestions === "number") d.commentedQuestions = a.commentedQuestions;
  return d;
}

