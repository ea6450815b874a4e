import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { plainTextSchema } from "@/lib/validation/plain-text";

/** Shared by the admin tokens form, its server action and the token CLI. */
export const createTokenSchema = z
  .object({
    name: plainTextSchema(60),
    role: z.enum(ROLES),
  })
  .strict();

export type CreateTokenInput = z.infer<typeof createTokenSchema>;
