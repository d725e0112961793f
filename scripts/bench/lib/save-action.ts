import { discoverActions } from "../../../e2e/fuzz/discover";

/**
 * The questionnaire's autosave as the browser sends it: a server-action POST
 * to the assessment's page, the action id read from the production build's
 * manifest (as the fuzz suite finds it), the input as React encodes one plain
 * argument. Used by scripts/bench/overload.ts and e2e/overload.spec.ts.
 */

export function saveActionId(): string {
  const action = discoverActions().find((a) => a.name.endsWith("#saveResponseAction"));
  if (!action) throw new Error("saveResponseAction not in .next/server/server-reference-manifest.json — build the app first (next build)");
  return action.id;
}

export interface SaveInput {
  assessmentId: string;
  questionCode: string;
  expectedVersion: number;
  answer: { level: number | null; na: boolean; naReason: string; note: string };
}

export type SaveOutcome =
  | { kind: "ok"; status: number; version: number }
  | { kind: "conflict"; status: number; version: number | null }
  | { kind: "refused"; status: number; retryAfter: string | null; code?: string }
  | { kind: "error"; status: number; detail: string };

/** The action's result is the line of the RSC reply that carries `"ok":`. */
export function actionResult(text: string): { ok: boolean; code?: string; data?: { version?: number }; details?: unknown } | null {
  for (const line of text.split("\n")) {
    const i = line.indexOf(":");
    const json = line.slice(i + 1);
    if (!json.startsWith("{") || !json.includes('"ok":')) continue;
    try {
      return JSON.parse(json) as { ok: boolean };
    } catch {
      // Not this line.
    }
  }
  return null;
}

export async function sendSave(base: string, actionId: string, cookie: string, input: SaveInput, timeoutMs = 30_000): Promise<SaveOutcome> {
  const res = await fetch(`${base}/assessments/${input.assessmentId}`, {
    method: "POST",
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: base,
      cookie,
    },
    body: JSON.stringify([input]),
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (res.status === 503) {
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
    } catch {
      code = undefined;
    }
    return { kind: "refused", status: 503, retryAfter: res.headers.get("retry-after"), code };
  }
  const result = actionResult(text);
  if (res.status === 200 && result?.ok) return { kind: "ok", status: 200, version: Number(result.data?.version) };
  if (result && !result.ok && result.code === "CONFLICT") {
    const theirs = (result.details as { theirs?: { version?: number } } | undefined)?.theirs;
    return { kind: "conflict", status: res.status, version: typeof theirs?.version === "number" ? theirs.version : null };
  }
  if (result && !result.ok && result.code === "UNAVAILABLE") return { kind: "refused", status: res.status, retryAfter: null, code: "UNAVAILABLE" };
  return { kind: "error", status: res.status, detail: text.slice(0, 200) };
}
