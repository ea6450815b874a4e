import { z } from "zod";
import { plainTextSchema } from "@/lib/validation/plain-text";

/**
 * Limits shared by the settings form, the server action and the REST API. The gate fields steer the
 * gate station's auto-submit: the same plate in gateAutoFrames frames in a row, each at least
 * gateAutoConfidence sure, and not the same plate and direction again within gateCooldownSeconds.
 * Gate photos of stays that ended more than snapshotRetentionDays ago are deleted; 0 keeps them.
 */
export const settingsPatchSchema = z
  .object({
    lotName: plainTextSchema(80),
    capacity: z.number().int().min(1).max(100_000),
    pricePerHour: z.number().int().min(0).max(100_000_000),
    graceMinutes: z.number().int().min(0).max(1_440),
    gateAutoFrames: z.number().int().min(1).max(10),
    gateAutoConfidence: z.number().min(0.5).max(1),
    gateCooldownSeconds: z.number().int().min(0).max(3_600),
    snapshotRetentionDays: z.number().int().min(0).max(3_650),
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The lot's settings as the admin form and GET /api/settings show them. */
export type Settings = Required<SettingsPatch> & { lastResetAt: Date | null; updatedAt: Date };
