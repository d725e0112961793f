"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { addParticipants, closeCycle, createCycle, extendCycle, openCycle, removeParticipant } from "@/lib/data/admin/cycles";
import { addParticipantsSchema, createCycleSchema, cycleIdSchema, extendCycleSchema, removeParticipantSchema } from "@/lib/validation/admin-cycles";

const ADMIN = ["SYS_ADMIN"] as const;
const done = () => revalidatePath("/admin/cycles", "layout");

export const createCycleAction = defineAction({ name: "createCycle", schema: createCycleSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  const r = await createCycle(actor, input, meta);
  done();
  return r;
});

export const addParticipantsAction = defineAction({ name: "addParticipants", schema: addParticipantsSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  const r = await addParticipants(actor, input, meta);
  done();
  return r;
});

export const removeParticipantAction = defineAction({ name: "removeParticipant", schema: removeParticipantSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  await removeParticipant(actor, input, meta);
  done();
  return null;
});

export const openCycleAction = defineAction({ name: "openCycle", schema: cycleIdSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  await openCycle(actor, input, meta);
  done();
  return null;
});

export const closeCycleAction = defineAction({ name: "closeCycle", schema: cycleIdSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  await closeCycle(actor, input, meta);
  done();
  return null;
});

export const extendCycleAction = defineAction({ name: "extendCycle", schema: extendCycleSchema, roles: ADMIN }, async (input, { actor, meta }) => {
  await extendCycle(actor, input, meta);
  done();
  return null;
});
