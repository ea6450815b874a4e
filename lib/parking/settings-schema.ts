import { z } from "zod";
import { plainTextSchema } from "@/lib/validation/plain-text";

/**
 * Limits shared by the settings form, the server action and the REST API. The gate fields steer the
 * gate station's auto-submit: a car read in at least gateAutoFrames frames whose confidence fused over
 * them (lib/gate/plate-evidence) is at least gateAutoConfidence, and not the same plate and direction
 * again within gateCooldownSeconds.
 * Gate photos of stays that ended more than snapshotRetentionDays ago are deleted; 0 keeps them.
 */
/** The allowed range of each number setting: the schema, the form's own checks and its messages use it. */
export const SETTINGS_RANGES = {
  capacity: [1, 100_000],
  pricePerHour: [0, 100_000_000],
  graceMinutes: [0, 1_440],
  gateAutoFrames: [1, 10],
  gateAutoConfidence: [0.5, 1],
  gateCooldownSeconds: [0, 3_600],
  snapshotRetentionDays: [0, 3_650],
} as const satisfies Record<string, readonly [number, number]>;

/** "Must be between 1 and 100000." and its Persian, with Persian digits and grouping. */
export function rangeMessage(min: number, max: number): { fa: string; en: string } {
  const fa = (n: number) => n.toLocaleString("fa-IR");
  return { en: `Must be between ${min} and ${max}.`, fa: `باید بین ${fa(min)} و ${fa(max)} باشد.` };
}

/** zod names one bound, in English; the forms and the API name the whole range in both languages. */
function between(schema: z.ZodNumber, [min, max]: readonly [number, number]) {
  const { en, fa } = rangeMessage(min, max);
  return schema.refine((n) => n >= min && n <= max, { message: en, params: { fa } });
}

export const settingsPatchSchema = z
  .object({
    lotName: plainTextSchema(80),
    capacity: between(z.number().int(), SETTINGS_RANGES.capacity),
    pricePerHour: between(z.number().int(), SETTINGS_RANGES.pricePerHour),
    graceMinutes: between(z.number().int(), SETTINGS_RANGES.graceMinutes),
    gateAutoFrames: between(z.number().int(), SETTINGS_RANGES.gateAutoFrames),
    gateAutoConfidence: between(z.number(), SETTINGS_RANGES.gateAutoConfidence),
    gateCooldownSeconds: between(z.number().int(), SETTINGS_RANGES.gateCooldownSeconds),
    snapshotRetentionDays: between(z.number().int(), SETTINGS_RANGES.snapshotRetentionDays),
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The lot's settings as the admin form and GET /api/settings show them. */
export type Settings = Required<SettingsPatch> & { lastResetAt: Date | null; updatedAt: Date };
