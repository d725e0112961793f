"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { setUserActive } from "@/lib/data/users";
import { setUserActiveSchema } from "@/lib/validation/auth";

export const setUserActiveAction = defineAction(
  { name: "setUserActive", schema: setUserActiveSchema, roles: ["SYS_ADMIN"] },
  async (input, { actor, meta }) => {
    await setUserActive(actor, input, meta);
    revalidatePath("/admin/users");
    return null;
  },
);
