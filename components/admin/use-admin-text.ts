"use client";
import { useTranslations } from "next-intl";

/**
 * Turns the keys the server sends back into words: "admin.…" keys live in
 * this feature's catalogue, the rest under the shared "errors." and
 * "validation." namespaces. A key may carry one value after a colon
 * ("admin.unknownCode:DH-XX").
 */
export function useAdminText() {
  const t = useTranslations();
  const has = (k: string) => t.has(k as never);
  const words = (key: string, fallback: string, prefix: string) => {
    const [k, value] = key.split(/:(.*)/s) as [string, string | undefined];
    const full = k.startsWith("admin.") ? k : `${prefix}.${k}`;
    return has(full) ? t(full as never, { value: value ?? "" } as never) : t(fallback as never);
  };
  return {
    failure: (res: { messageKey: string }) => words(res.messageKey, "errors.internal", "errors"),
    issue: (message: string) => words(message, "validation.invalid", "validation"),
  };
}
