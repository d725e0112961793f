"use client";
import type { AbstractIntlMessages } from "next-intl";
import { NextIntlClientProvider, useLocale, useMessages, useTimeZone } from "next-intl";
import { useMemo } from "react";

/**
 * Adds a page's own message namespaces to those the root layout sends to
 * every page (SHELL_NAMESPACES): the client tree below sees both, and the
 * shell's catalogues are not sent a second time.
 */
export function MoreMessages({ messages, children }: { messages: AbstractIntlMessages; children: React.ReactNode }) {
  const locale = useLocale();
  const timeZone = useTimeZone();
  const shell = useMessages();
  const merged = useMemo(() => ({ ...shell, ...messages }), [shell, messages]);
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
