"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { WatchEntryView } from "@/lib/parking/pass-views";
import { parseInput, runAction } from "@/lib/server/action";
import { requireRole } from "@/lib/server/auth/require";
import { importWatchCsv, type CsvImportResult } from "@/lib/server/passes/csv-import";
import { createWatchEntry, deleteWatchEntry, updateWatchEntry } from "@/lib/server/passes/watchlist";

const idSchema = z.object({ id: z.number().int().positive() });
/** Server action bodies stop at 1 MB. */
const importSchema = z.object({ text: z.string().max(900_000) });

/** `input` is checked by the use case (the same schema as the REST body). */
export async function saveWatchEntryAction(id: number | null, input: unknown): Promise<ActionResult<WatchEntryView>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return id === null ? createWatchEntry({ input, actor }) : updateWatchEntry({ id: parseInput(idSchema, { id }).id, input, actor });
  });
}

export async function deleteWatchEntryAction(input: z.infer<typeof idSchema>): Promise<ActionResult<WatchEntryView>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return deleteWatchEntry({ ...parseInput(idSchema, input), actor });
  });
}

export async function importWatchAction(input: z.infer<typeof importSchema>): Promise<ActionResult<CsvImportResult>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return importWatchCsv({ ...parseInput(importSchema, input), actor });
  });
}
