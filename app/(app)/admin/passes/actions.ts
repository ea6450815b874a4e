"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { PassView } from "@/lib/parking/pass-views";
import { parseInput, runAction } from "@/lib/server/action";
import { requireRole } from "@/lib/server/auth/require";
import { importPassesCsv, type CsvImportResult } from "@/lib/server/passes/csv-import";
import { createPass, deletePass, updatePass } from "@/lib/server/passes/passes";

const idSchema = z.object({ id: z.number().int().positive() });
/** A CSV of 2,000 passes is about 200 KB; server action bodies stop at 1 MB. */
const importSchema = z.object({ text: z.string().max(900_000) });

/** `input` is checked by the use case (the same schema as the REST body). */
export async function savePassAction(id: number | null, input: unknown): Promise<ActionResult<PassView>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return id === null ? createPass({ input, actor }) : updatePass({ id: parseInput(idSchema, { id }).id, input, actor });
  });
}

export async function deletePassAction(input: z.infer<typeof idSchema>): Promise<ActionResult<PassView>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return deletePass({ ...parseInput(idSchema, input), actor });
  });
}

export async function importPassesAction(input: z.infer<typeof importSchema>): Promise<ActionResult<CsvImportResult>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return importPassesCsv({ ...parseInput(importSchema, input), actor });
  });
}
