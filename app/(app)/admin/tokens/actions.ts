"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { parseInput, runAction } from "@/lib/server/action";
import { requireRole } from "@/lib/server/auth/require";
import { createTokenSchema, type CreateTokenInput } from "@/lib/server/tokens/token-schema";
import type { ApiTokenView } from "@/lib/auth/account-views";
import { createApiToken, revokeApiToken } from "@/lib/server/tokens/tokens";

const revokeSchema = z.object({ id: z.number().int().positive() });

/** The token text is returned this once; only its hash is stored. */
export async function createTokenAction(input: CreateTokenInput): Promise<ActionResult<{ token: string; name: string }>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    const { token, apiToken } = await createApiToken({ input: parseInput(createTokenSchema, input), actor });
    return { token, name: apiToken.name };
  });
}

export async function revokeTokenAction(input: z.infer<typeof revokeSchema>): Promise<ActionResult<ApiTokenView>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return revokeApiToken({ ...parseInput(revokeSchema, input), actor });
  });
}
