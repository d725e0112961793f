"use server";
import { defineAction } from "@/lib/auth/action";
import { changePassword, signOutEverywhere } from "@/lib/data/auth";
import { changePasswordSchema } from "@/lib/validation/auth";
import { z } from "zod";

export const changePasswordAction = defineAction(
  { name: "changePassword", schema: changePasswordSchema },
  async (input, { actor, meta }) => {
    await changePassword(actor, input, meta);
    return null;
  },
);

export const signOutEverywhereAction = defineAction(
  { name: "signOutEverywhere", schema: z.object({}).strict() },
  async (_input, { actor, meta }) => {
    await signOutEverywhere(actor, meta);
    return null;
  },
);
