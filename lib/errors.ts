/**
 * Expected failures the user can act on. The data layer throws these; the
 * action/route wrappers turn them into a translated message and a status code.
 * Anything else is logged and shown as a generic error — no stack traces or
 * SQL ever reach the browser.
 */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "VALIDATION"
  | "INTERNAL";

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly status: number;
  /** Message-catalogue key (under "errors.") shown to the user. */
  readonly messageKey: string;
  constructor(messageKey: string, detail?: string) {
    super(detail ?? messageKey);
    this.name = new.target.name;
    this.messageKey = messageKey;
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = "UNAUTHENTICATED" as const;
  readonly status = 401;
  constructor(detail?: string) {
    super("unauthenticated", detail);
  }
}

export class ForbiddenError extends AppError {
  readonly code = "FORBIDDEN" as const;
  readonly status = 403;
  constructor(detail?: string, messageKey = "forbidden") {
    super(messageKey, detail);
  }
}

/** Also used for objects outside the caller's scope, so ids of other tenants leak nothing. */
export class NotFoundError extends AppError {
  readonly code = "NOT_FOUND" as const;
  readonly status = 404;
  constructor(detail?: string) {
    super("notFound", detail);
  }
}

export class ConflictError extends AppError {
  readonly code = "CONFLICT" as const;
  readonly status = 409;
  constructor(
    messageKey = "conflict",
    detail?: string,
    /** Safe, user-facing data about the conflict (e.g. the other person's answer). */
    readonly details?: unknown,
  ) {
    super(messageKey, detail);
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

export class ValidationError extends AppError {
  readonly code = "VALIDATION" as const;
  readonly status = 400;
  constructor(
    readonly issues: FieldIssue[] = [],
    messageKey = "validation",
  ) {
    super(messageKey, issues.map((i) => `${i.path}: ${i.message}`).join("; ") || messageKey);
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
