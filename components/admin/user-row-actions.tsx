"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import {
  forceSignOutAction,
  grantRoleAction,
  resetPasswordAction,
  revokeGrantAction,
  setUserActiveAction,
} from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ROLE_VALUES } from "@/lib/validation/admin-users";
import { FormField, selectClass } from "./form-field";
import type { LinkMail } from "@/lib/data/admin/link-mail";
import { LinkNotice } from "./link-notice";
import type { Option } from "./unit-types";
import { useAdminText } from "./use-admin-text";

interface Props {
  user: { id: string; displayName: string; active: boolean; grants: { id: string; role: string; unitName: string }[] };
  units: Option[];
  isSelf: boolean;
}

/** Everything an admin does to one account, behind one "manage" toggle so the list stays readable on a phone. */
export function UserRowActions({ user, units, isSelf }: Props) {
  const t = useTranslations();
  const text = useAdminText();
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [link, setLink] = useState<{ token: string; expiresAt: string; mail?: LinkMail } | null>(null);
  const [role, setRole] = useState<string>("RESPONDENT");
  const [unit, setUnit] = useState(units[0]?.value ?? "");
  const p = `m-${user.id.slice(0, 8)}`;
  const run = (fn: () => Promise<{ ok: boolean; messageKey?: string }>, ok: () => string) =>
    start(async () => {
      const res = await fn();
      setStatus(res.ok ? { tone: "success", text: ok() } : { tone: "error", text: text.failure(res as { messageKey: string }) });
    });
  return (
    <div>
      <Button size="sm" variant="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t("admin.users.manage", { name: user.displayName })}
      </Button>
      {open && (
        <div className="mt-2 space-y-3 rounded-md border border-slate-300 bg-slate-50 p-3">
          <div className="grid gap-2 sm:grid-cols-[auto_1fr_auto] sm:items-end">
            <FormField id={`${p}-role`} label={t("admin.users.role")}>
              <select className={selectClass} value={role} onChange={(e) => setRole(e.target.value)}>
                {ROLE_VALUES.map((r) => (
                  <option key={r} value={r}>
                    {t(`roles.${r}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField id={`${p}-unit`} label={t("admin.users.unit")} className="min-w-0">
              <select className={selectClass} value={unit} onChange={(e) => setUnit(e.target.value)}>
                {units.map((u) => (
                  <option key={u.value} value={u.value}>
                    {u.label}
                  </option>
                ))}
              </select>
            </FormField>
            <Button size="sm" className="justify-self-start" disabled={pending} onClick={() => run(() => grantRoleAction({ userId: user.id, role: role as never, orgUnitId: unit }), () => t("admin.users.granted"))}>
              {t("admin.users.grant")}
            </Button>
          </div>
          <ul className="flex flex-wrap gap-2">
            {user.grants.map((g) => (
              <li key={g.id}>
                <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => revokeGrantAction({ userId: user.id, grantId: g.id }), () => t("admin.users.revoked"))}>
                  {t("admin.users.revoke", { role: t(`roles.${g.role}`), unit: g.unitName })}
                </Button>
              </li>
            ))}
          </ul>
          {!isSelf && (
            <div className="flex flex-wrap gap-2">
              <Button
                size="sm"
                variant="secondary"
                disabled={pending}
                onClick={() =>
                  start(async () => {
                    if (!window.confirm(t("admin.users.confirmReset"))) return;
                    const res = await resetPasswordAction({ userId: user.id });
                    if (res.ok) setLink(res.data);
                    setStatus(res.ok ? null : { tone: "error", text: text.failure(res) });
                  })
                }
              >
                {t("admin.users.reset")}
              </Button>
              <Button size="sm" variant="secondary" disabled={pending} onClick={() => start(async () => {
                const res = await forceSignOutAction({ userId: user.id });
                setStatus(res.ok ? { tone: "success", text: t("admin.users.signedOut", { count: res.data.sessionsEnded }) } : { tone: "error", text: text.failure(res) });
              })}>
                {t("admin.users.signOut")}
              </Button>
              <Button
                size="sm"
                variant="secondary"
                disabled={pending}
                onClick={() => run(() => setUserActiveAction({ userId: user.id, active: !user.active }), () => (user.active ? t("admin.users.deactivated") : t("admin.users.activated")))}
              >
                {user.active ? t("admin.users.deactivate") : t("admin.users.activate")}
              </Button>
            </div>
          )}
          {link && <LinkNotice token={link.token} expiresAt={link.expiresAt} mail={link.mail} onClose={() => setLink(null)} />}
          {status && <Alert tone={status.tone}>{status.text}</Alert>}
        </div>
      )}
    </div>
  );
}
