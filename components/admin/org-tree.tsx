"use client";
import { ChevronDown, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { UnitEditor } from "./unit-editor";
import type { Option, UnitView } from "./unit-types";

/** The organisation tree: expand/collapse, search (a match shows its ancestors), and one unit's editor at a time. */
export function OrgTree({ units, parents, sectors }: { units: UnitView[]; parents: Option[]; sectors: Option[] }) {
  const t = useTranslations();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState<Set<string>>(() => new Set(units.filter((u) => u.depth < 1).map((u) => u.id)));
  const [editing, setEditing] = useState<string | null>(null);
  const children = useMemo(() => {
    const m = new Map<string | null, UnitView[]>();
    const ids = new Set(units.map((u) => u.id));
    for (const u of units) {
      const key = u.parentId && ids.has(u.parentId) ? u.parentId : null;
      m.set(key, [...(m.get(key) ?? []), u]);
    }
    return m;
  }, [units]);
  const q = query.trim().toLowerCase();
  const shown = useMemo(() => {
    if (!q) return null;
    const byId = new Map(units.map((u) => [u.id, u]));
    const keep = new Set<string>();
    for (const u of units) {
      if (u.name.toLowerCase().includes(q) || u.code.toLowerCase().includes(q) || u.nameEn.toLowerCase().includes(q)) {
        for (let cur: UnitView | undefined = u; cur && !keep.has(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) keep.add(cur.id);
      }
    }
    return keep;
  }, [q, units]);

  const toggle = (id: string) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  const render = (parent: string | null) => {
    const list = (children.get(parent) ?? []).filter((u) => !shown || shown.has(u.id));
    if (list.length === 0) return null;
    return (
      <ul className={parent ? "ml-3 border-l border-slate-200 pl-2 sm:ml-5 sm:pl-3" : ""}>
        {list.map((u) => {
          const kids = (children.get(u.id) ?? []).length > 0;
          const expanded = !!shown || open.has(u.id);
          return (
            <li key={u.id} className="py-1">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                {kids ? (
                  <button
                    type="button"
                    className="rounded p-1 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
                    aria-expanded={expanded}
                    aria-label={t(expanded ? "admin.units.collapse" : "admin.units.expand", { name: u.name })}
                    onClick={() => toggle(u.id)}
                    disabled={!!shown}
                  >
                    {expanded ? <ChevronDown className="size-4" aria-hidden /> : <ChevronRight className="size-4" aria-hidden />}
                  </button>
                ) : (
                  <span className="inline-block w-6" aria-hidden />
                )}
                <span className={u.active ? "font-medium text-slate-900" : "font-medium text-slate-600 line-through"}>{u.name}</span>
                <span className="text-sm text-slate-700">
                  {t(`orgKinds.${u.kind}`)}
                  {u.sectorName ? ` · ${u.sectorName}` : ""}
                  {u.active ? "" : ` · ${t("admin.common.inactive")}`}
                  {u.isScopeRoot ? ` · ${t("admin.units.scopeRoot")}` : ""}
                </span>
                <span className="text-xs text-slate-600">{u.code}</span>
                <Button
                  size="sm"
                  variant="secondary"
                  className="ml-auto"
                  aria-expanded={editing === u.id}
                  aria-label={t("admin.units.editTitle", { name: u.name })}
                  onClick={() => setEditing(editing === u.id ? null : u.id)}
                >
                  {t("admin.units.edit")}
                </Button>
              </div>
              {editing === u.id && <UnitEditor unit={u} parents={parents} sectors={sectors} />}
              {kids && expanded && render(u.id)}
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <section aria-labelledby="tree-title" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="tree-title" className="text-lg font-semibold">
        {t("admin.units.tree")}
      </h2>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="tree-search" className="block text-sm font-medium">
            {t("admin.units.search")}
          </label>
          <Input id="tree-search" type="search" className="mt-1" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <Button size="sm" variant="secondary" onClick={() => setOpen(new Set(units.map((u) => u.id)))}>
          {t("admin.units.expandAll")}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => setOpen(new Set())}>
          {t("admin.units.collapseAll")}
        </Button>
      </div>
      <div className="mt-3" aria-live="polite">
        {shown && shown.size === 0 ? <p>{t("admin.units.noMatch")}</p> : render(null)}
      </div>
    </section>
  );
}
