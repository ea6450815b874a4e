"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { parseInput, runAction } from "@/lib/server/action";
import { requireRole } from "@/lib/server/auth/require";
import { createUserSchema, passwordSchema, type CreateUserInput } from "@/lib/server/users/user-schema";
import type { UserView } from "@/lib/auth/account-views";
import { createUser, resetUserPassword, setUserActive } from "@/lib/server/users/users";

const userId = z.number().int().positive();
const setActiveSchema = z.object({ userId, active: z.boolean() });
const resetPasswordSchema = z.object({ userId, password: passwordSchema });

export async function createUserAction(input: CreateUserInput): Promise<ActionResult<UserView>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return createUser({ input: parseInput(createUserSchema, input), actor });
  });
}

export async function setUserActiveAction(input: z.infer<typeof setActiveSchema>): Promise<ActionResult<UserView>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return setUserActive({ ...parseInput(setActiveSchema, input), actor });
  });
}

export async function resetPasswordAction(input: z.infer<typeof resetPasswordSchema>): Promise<ActionResult<UserView>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return resetUserPassword({ ...parseInput(resetPasswordSchema, input), actor });
  });
}
