import { translate } from "@/lib/i18n/messages";

/**
 * What scripts/server.ts answers when admission control refuses a request
 * (lib/http/admission.ts): 503 with Retry-After, no cookies, no scripts. A
 * browser asking for a page gets a short page in both languages (it may not
 * have a locale yet); anything else — server actions, API calls — the app's
 * error shape, in the request's language. A refused server action is retried
 * by the questionnaire like any failed save: its answer stays in the browser.
 */

export interface BusyReply {
  status: 503;
  headers: Record<string, string>;
  body: string;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function busyReply(req: { method?: string; headers: Record<string, string | string[] | undefined> }, retryAfterSeconds: number): BusyReply {
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v.join(",") : (v ?? "");
  };
  const common = { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" };
  const wantsPage = !header("next-action") && !header("rsc") && /text\/html/.test(header("accept"));
  if (wantsPage) {
    const zh = { title: translate("zh-CN", "errors.busyTitle"), body: translate("zh-CN", "errors.busyBody"), retry: translate("zh-CN", "errors.retry") };
    const en = { title: translate("en", "errors.busyTitle"), body: translate("en", "errors.busyBody"), retry: translate("en", "errors.retry") };
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(zh.title)} · ${escape(en.title)}</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;padding:3rem 1rem;color:#0f172a;background:#f8fafc}main{max-width:32rem;margin:0 auto}h1{font-size:1.5rem}a{display:inline-block;margin-top:1rem;padding:.5rem 1rem;border-radius:.375rem;background:#1d4ed8;color:#fff;text-decoration:none}</style></head>
<body><main><h1>${escape(zh.title)}</h1><p>${escape(zh.body)}</p><a href="">${escape(zh.retry)}</a>
<div lang="en"><h1>${escape(en.title)}</h1><p>${escape(en.body)}</p><a href="">${escape(en.retry)}</a></div></main></body></html>`;
    return { status: 503, headers: { ...common, "Content-Type": "text/html; charset=utf-8" }, body: html };
  }
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(header("cookie"));
  const locale = cookie ? (cookie[1] === "en" ? "en" : "zh-CN") : /^\s*en\b/i.test(header("accept-language")) ? "en" : "zh-CN";
  const body = JSON.stringify({ error: { code: "UNAVAILABLE", message: translate(locale, "errors.busy") } });
  return { status: 503, headers: { ...common, "Content-Type": "application/json; charset=utf-8" }, body };
}
