import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

/** Shared by the admin tokens form, its server action and the token CLI. */
export const createTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    role: z.enum(ROLES),
  })
  .strict();

export type CreateTokenInput = z.infer<typeof createTokenSchema>;
