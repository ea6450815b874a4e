import { z } from "zod";
import { plainTextSchema } from "@/lib/validation/plain-text";

/**
 * Limits shared by the settings form, the server action and the REST API. The gate fields steer the
 * gate station's auto-submit: the same plate in gateAutoFrames frames in a row, each at least
 * gateAutoConfidence sure, and not the same plate and direction again within gateCooldownSeconds.
 * Gate photos of stays that ended more than snapshotRetentionDays ago are deleted; 0 keeps them.
 */
/** zod names one bound, in English; the forms and the API name the whole range in both languages. */
function between(schema: z.ZodNumber, min: number, max: number) {
  const fa = (n: number) => n.toLocaleString("fa-IR");
  return schema.refine((n) => n >= min && n <= max, {
    message: `Must be between ${min} and ${max}.`,
    params: { fa: `باید بین ${fa(min)} و ${fa(max)} باشد.` },
  });
}

export const settingsPatchSchema = z
  .object({
    lotName: plainTextSchema(80),
    capacity: between(z.number().int(), 1, 100_000),
    pricePerHour: between(z.number().int(), 0, 100_000_000),
    graceMinutes: between(z.number().int(), 0, 1_440),
    gateAutoFrames: between(z.number().int(), 1, 10),
    gateAutoConfidence: between(z.number(), 0.5, 1),
    gateCooldownSeconds: between(z.number().int(), 0, 3_600),
    snapshotRetentionDays: between(z.number().int(), 0, 3_650),
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The lot's settings as the admin form and GET /api/settings show them. */
export type Settings = Required<SettingsPatch> & { lastResetAt: Date | null; updatedAt: Date };
