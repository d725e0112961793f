"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import {
  addParticipantsAction,
  closeCycleAction,
  extendCycleAction,
  openCycleAction,
  removeParticipantAction,
} from "@/app/(app)/admin/cycles/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { textareaClass } from "@/components/questionnaire/field-styles";
import { PARTICIPANT_MODES } from "@/lib/validation/admin-cycles";
import { FormField, selectClass } from "./form-field";
import type { Option } from "./unit-types";
import { useAdminText } from "./use-admin-text";

type Result = { ok: true; data: unknown } | { ok: false; messageKey: string; issues?: { path: string; message: string }[] };

interface Props {
  cycle: { id: string; status: string; closesOn: string };
  participants: { id: string; name: string; code: string }[];
  units: Option[];
  kinds: Option[];
  sectors: Option[];
}

/** Choosing participants (subtree, kind, sector, list of codes) and moving the cycle through planned → open → closed. */
export function CycleControls({ cycle, participants, units, kinds, sectors }: Props) {
  const t = useTranslations();
  const text = useAdminText();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<{ tone: "success" | "error"; lines: string[] } | null>(null);
  const [mode, setMode] = useState<(typeof PARTICIPANT_MODES)[number]>("subtree");
  const [unitId, setUnitId] = useState(units[0]?.value ?? "");
  const [kind, setKind] = useState(kinds[0]?.value ?? "");
  const [sector, setSector] = useState(sectors[0]?.value ?? "");
  const [codes, setCodes] = useState("");
  const [closesOn, setClosesOn] = useState(cycle.closesOn);
  const run = (fn: () => Promise<Result>, ok: (data: unknown) => string) =>
    start(async () => {
      const res = await fn();
      setStatus(
        res.ok
          ? { tone: "success", lines: [ok(res.data)] }
          : { tone: "error", lines: [text.failure(res), ...(res.issues ?? []).map((i) => text.issue(i.message))] },
      );
    });
  const closed = cycle.status === "CLOSED";
  return (
    <div className="space-y-6">
      <div aria-live="polite">
        {status && (
          <Alert tone={status.tone}>
            {status.lines.map((l, i) => (
              <p key={i}>{l}</p>
            ))}
          </Alert>
        )}
      </div>
      <section aria-labelledby="lifecycle" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="lifecycle" className="sr-only">
          {t("admin.cycles.status")}
        </h2>
        <div className="flex flex-wrap items-end gap-2">
          {cycle.status === "PLANNED" && (
            <Button disabled={pending} onClick={() => run(() => openCycleAction({ cycleId: cycle.id }), () => t("admin.cycles.opened"))}>
              {t("admin.cycles.open")}
            </Button>
          )}
          {cycle.status === "OPEN" && (
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => {
                if (window.confirm(t("admin.cycles.confirmClose"))) run(() => closeCycleAction({ cycleId: cycle.id }), () => t("admin.cycles.closed"));
              }}
            >
              {t("admin.cycles.close")}
            </Button>
          )}
          {!closed && (
            <>
              <FormField id="extend-date" label={t("admin.cycles.newClosesOn")}>
                <Input type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} />
              </FormField>
              <Button variant="secondary" disabled={pending} onClick={() => run(() => extendCycleAction({ cycleId: cycle.id, closesOn }), () => t("admin.cycles.extended"))}>
                {t("admin.cycles.extend")}
              </Button>
            </>
          )}
        </div>
      </section>
      {!closed && (
        <section aria-labelledby="choose" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="choose" className="text-lg font-semibold">
            {t("admin.cycles.choose")}
          </h2>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <FormField id="p-mode" label={t("admin.cycles.mode")}>
              <select className={selectClass} value={mode} onChange={(e) => setMode(e.target.value as typeof mode)}>
                {PARTICIPANT_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`admin.cycles.mode${m}`)}
                  </option>
                ))}
              </select>
            </FormField>
            {mode === "subtree" && (
              <FormField id="p-unit" label={t("admin.users.unit")}>
                <select className={selectClass} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
                  {units.map((u) => (
                    <option key={u.value} value={u.value}>
                      {u.label}
                    </option>
                  ))}
                </select>
              </FormField>
            )}
            {mode === "kind" && (
              <FormField id="p-kind" label={t("admin.units.kind")}>
                <select className={selectClass} value={kind} onChange={(e) => setKind(e.target.value)}>
                  {kinds.map((k) => (
                    <option key={k.value} value={k.value}>
                      {k.label}
                    </option>
                  ))}
                </select>
              </FormField>
            )}
            {mode === "sector" && (
              <FormField id="p-sector" label={t("admin.units.sector")}>
                <select className={selectClass} value={sector} onChange={(e) => setSector(e.target.value)}>
                  {sectors.map((s) => (
                    <option key={s.value} value={s.value}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </FormField>
            )}
            {mode === "codes" && (
              <FormField id="p-codes" label={t("admin.cycles.codes")} className="sm:col-span-2">
                <textarea rows={4} className={textareaClass} value={codes} onChange={(e) => setCodes(e.target.value)} />
              </FormField>
            )}
          </div>
          <Button
            className="mt-3"
            disabled={pending}
            onClick={() =>
              run(
                () =>
                  addParticipantsAction({
                    cycleId: cycle.id,
                    mode,
                    ...(mode === "subtree" ? { unitId } : mode === "kind" ? { kind: kind as never } : mode === "sector" ? { sector } : { codes }),
                  }),
                (d) => t("admin.cycles.added", { count: (d as { added: number }).added }),
              )
            }
          >
            {t("admin.cycles.add")}
          </Button>
        </section>
      )}
      <section aria-labelledby="participants" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="participants" className="text-lg font-semibold">
          {t("admin.cycles.participants")} ({participants.length})
        </h2>
        {participants.length === 0 ? (
          <p className="mt-2">{cycle.status === "PLANNED" ? t("admin.cycles.noParticipantsYet") : t("admin.cycles.everyDepartment")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200">
            {participants.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {p.name} <span className="text-xs text-slate-600">{p.code}</span>
                </span>
                {!closed && (
                  <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => removeParticipantAction({ cycleId: cycle.id, orgUnitId: p.id }), () => t("admin.cycles.removed"))}>
                    {t("admin.cycles.remove", { name: p.name })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
