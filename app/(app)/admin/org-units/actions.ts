"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { createOrgUnit, moveOrgUnit, setOrgUnitActive, updateOrgUnit } from "@/lib/data/admin/org-units";
import { createOrgUnitSchema, moveOrgUnitSchema, setOrgUnitActiveSchema, updateOrgUnitSchema } from "@/lib/validation/admin-org-units";

const ADMIN = ["SYS_ADMIN"] as const;
const done = () => revalidatePath("/admin/org-units");

export const createOrgUnitAction = defineAction({ name: "createOrgUnit", schema: createOrgUnitSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  const r = await createOrgUnit(actor, input, meta);
  done();
  return r;
});

export const updateOrgUnitAction = defineAction({ name: "updateOrgUnit", schema: updateOrgUnitSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  await updateOrgUnit(actor, input, meta);
  done();
  return null;
});

export const moveOrgUnitAction = defineAction({ name: "moveOrgUnit", schema: moveOrgUnitSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  await moveOrgUnit(actor, input, meta);
  done();
  return null;
});

export const setOrgUnitActiveAction = defineAction({ name: "setOrgUnitActive", schema: setOrgUnitActiveSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  const r = await setOrgUnitActive(actor, input, meta);
  done();
  return r;
});
