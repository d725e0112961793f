"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/guard";
import { setPreferredLocale } from "@/lib/data/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { localeSchema } from "@/lib/validation/auth";
import type { ActionResult } from "@/lib/auth/action";

/**
 * Public on purpose (the sign-in page has a switch too), so it does not use
 * defineAction's authentication; it only ever writes the caller's own cookie
 * and, when signed in, the caller's own preference.
 */
export async function setLocaleAction(raw: { locale: string }): Promise<ActionResult<null>> {
  const parsed = localeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "VALIDATION", messageKey: "validation" };
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
  });
  const actor = await currentActor();
  if (actor) await setPreferredLocale(actor, parsed.data.locale);
  revalidatePath("/", "layout");
  return { ok: true, data: null };
}
