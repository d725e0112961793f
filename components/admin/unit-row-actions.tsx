"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { UnitEditor } from "./unit-editor";
import type { Option, UnitView } from "./unit-types";

/** One unit's editor behind a toggle, so the list stays a list (and a card on a phone) until the admin edits. */
export function UnitRowActions({ unit, parents, sectors }: { unit: UnitView; parents: Option[]; sectors: Option[] }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  return (
    <div className="min-w-0">
      <Button
        size="sm"
        variant="secondary"
        aria-expanded={open}
        aria-label={t("admin.units.editTitle", { name: unit.name })}
        onClick={() => setOpen(!open)}
      >
        {t("admin.units.edit")}
      </Button>
      {open && <UnitEditor unit={unit} parents={parents} sectors={sectors} />}
    </div>
  );
}
