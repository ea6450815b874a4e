import { z } from "zod";
import { correctedCostSchema, correctionReasonSchema, type StayCorrection } from "@/lib/parking/stay-correction";

const INSTANT = {
  message: "Send the time as ISO 8601 with its offset, e.g. 2026-11-30T08:30:00Z.",
  params: { fa: "زمان را به شکل ISO 8601 با اختلاف ساعت بفرستید، مثلاً 2026-11-30T08:30:00Z." },
};

/** An instant with its offset (Z or ±hh:mm), as the API writes entry_at and exit_at. */
const instantSchema = z
  .string()
  .refine((text) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text)), INSTANT)
  .transform((text) => new Date(text));

/** POST /api/sessions/{id}/void */
export const voidBodySchema = z.object({ reason: correctionReasonSchema }).strict();

/** PATCH /api/sessions/{id}: any of plate, entry_at, exit_at, cost, and always the reason. */
export const correctionBodySchema = z
  .object({
    plate: z.string().max(64).optional(),
    entry_at: instantSchema.optional(),
    exit_at: instantSchema.optional(),
    cost: correctedCostSchema.optional(),
    reason: correctionReasonSchema,
  })
  .strict();

export function correctionOf(body: z.infer<typeof correctionBodySchema>): StayCorrection {
  return { plate: body.plate, entryAt: body.entry_at, exitAt: body.exit_at, cost: body.cost };
}
