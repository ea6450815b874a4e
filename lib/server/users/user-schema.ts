import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

/** Shared by the admin users form, its server actions and the first-admin setup. */
export const passwordSchema = z.string().min(8).max(128);

export const createUserSchema = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9_.-]{2,31}$/),
    name: z.string().trim().min(1).max(80),
    password: passwordSchema,
    role: z.enum(ROLES),
  })
  .strict();

export type CreateUserInput = z.input<typeof createUserSchema>;
