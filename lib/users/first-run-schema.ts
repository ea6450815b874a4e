import { z } from "zod";
import { passwordSchema } from "@/lib/server/users/user-schema";
import { plainTextSchema } from "@/lib/validation/plain-text";

/** The first admin's first sign-in: the lot's name and a password of their own, typed twice. */
export const firstRunSchema = z
  .object({ lotName: plainTextSchema(80), password: passwordSchema, repeat: z.string() })
  .refine((input) => input.password === input.repeat, {
    path: ["repeat"],
    message: "The two passwords differ.",
    params: { fa: "دو رمز با هم یکی نیستند." },
  });

export type FirstRunInput = z.infer<typeof firstRunSchema>;
