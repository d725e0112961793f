/** Kinds of audit event an auditor can filter by (the prefix of the action name). */
export const AUDIT_CATEGORIES = ["response", "evidence", "assessment", "auth", "user", "security", "system"] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];
