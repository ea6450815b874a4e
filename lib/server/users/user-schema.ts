import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/roles";
import { plainTextSchema } from "@/lib/validation/plain-text";

/** Shared by the admin users form, its server actions and the first-admin setup. */
export const passwordSchema = z
  .string()
  .max(128)
  .refine((p) => p.length >= 10, { message: "Use at least 10 characters.", params: { fa: "دست‌کم ۱۰ نویسه لازم است." } })
  .refine((p) => !isCommonPassword(p), {
    message: "This password is too common; choose another.",
    params: { fa: "این رمز بسیار رایج است؛ رمز دیگری انتخاب کنید." },
  });

export const createUserSchema = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9_.-]{2,31}$/),
    name: plainTextSchema(80),
    password: passwordSchema,
    role: z.enum(ROLES),
  })
  .strict();

export type CreateUserInput = z.input<typeof createUserSchema>;
