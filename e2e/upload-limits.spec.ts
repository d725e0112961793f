import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoAssessmentId } from "./helpers";
import { signInCookie } from "./fuzz/client";
import { sql } from "./db";

/**
 * Issue 16 items 8 and 9 through the whole stack (request proxy included):
 * one size limit — a file of exactly 10 MB is accepted, one byte more gets
 * "文件超过 10 MB", a chunked upload (no Content-Length) is bounded the same
 * way — and a cross-site upload gets 403 with nothing stored.
 */

const LIMIT = 10 * 1024 * 1024;
let assessmentId = "";

const evidenceCount = async () =>
  Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM evidence e JOIN response r ON r.id = e.response_id WHERE r.assessment_id = $1`, [assessmentId]))[0]!.n);

function multipart(size: number, name = "plan.pdf"): { body: Uint8Array; type: string } {
  const boundary = "----limitboundary";
  const file = new Uint8Array(size).fill(0x20);
  file.set(new TextEncoder().encode("%PDF-1.4\n"), 0);
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="questionCode"\r\n\r\nGOV.1.1\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(head.length + file.length + tail.length);
  body.set(head, 0);
  body.set(file, head.length);
  body.set(tail, head.length + file.length);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

async function post(base: string, cookie: string, body: Uint8Array, type: string, extra: Record<string, string> = {}, chunked = false) {
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < body.length; i += 256 * 1024) c.enqueue(body.subarray(i, i + 256 * 1024));
      c.close();
    },
  });
  const res = await fetch(`${base}/api/v1/assessments/${assessmentId}/evidence`, {
    method: "POST",
    headers: { "content-type": type, cookie, ...extra },
    body: chunked ? stream : body,
    redirect: "manual",
    ...(chunked ? { duplex: "half" } : {}),
  } as RequestInit);
  return { status: res.status, body: (await res.json()) as { error?: { message: string }; data?: { id: string } } };
}

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  assessmentId = await demoAssessmentId();
});
test.afterAll(async () => {
  await sql(`DELETE FROM evidence e USING response r WHERE r.id = e.response_id AND r.assessment_id = $1 AND e.file_name LIKE 'limit-%'`, [assessmentId]);
});

test("upload limits: exactly 10 MB accepted, one byte over refused as '文件超过 10 MB', chunked bodies bounded the same; cross-site refused", async ({ baseURL }) => {
  const cookie = await signInCookie(baseURL!, "respondent@example.gov.cn", DEMO_PASSWORD);

  const exact = multipart(LIMIT, "limit-exact.pdf");
  const ok = await post(baseURL!, cookie, exact.body, exact.type);
  expect(ok.status).toBe(201);

  const before = await evidenceCount();
  const over = multipart(LIMIT + 1, "limit-over.pdf");
  const refused = await post(baseURL!, cookie, over.body, over.type);
  expect(refused.status).toBe(400);
  expect(refused.body.error?.message).toContain("文件超过 10 MB");

  // No Content-Length: the proxy counts the bytes; exactly the limit still passes, far beyond does not.
  const chunkedOk = await post(baseURL!, cookie, multipart(LIMIT, "limit-chunked.pdf").body, exact.type, {}, true);
  expect(chunkedOk.status).toBe(201);
  const big = multipart(LIMIT + 200 * 1024, "limit-chunked-big.pdf");
  const chunkedBig = await post(baseURL!, cookie, big.body, big.type, {}, true);
  expect(chunkedBig.status).toBe(413);
  expect(chunkedBig.body.error?.message).toContain("文件超过 10 MB");
  const withLength = await post(baseURL!, cookie, big.body, big.type);
  expect(withLength.status).toBe(413);
  expect(withLength.body.error?.message).toContain("文件超过 10 MB");
  expect(await evidenceCount()).toBe(before + 1);

  const afterOk = await evidenceCount();
  const small = multipart(1000, "limit-cross.pdf");
  for (const headers of [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }] as Record<string, string>[]) {
    const res = await post(baseURL!, cookie, small.body, small.type, headers);
    expect(res.status).toBe(403);
    expect(res.body.error?.message).toContain("其他网站");
  }
  expect(await evidenceCount()).toBe(afterOk);
});
