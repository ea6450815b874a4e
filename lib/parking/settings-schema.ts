import { z } from "zod";

/** Limits shared by the settings form, the server action and the REST API. */
export const settingsPatchSchema = z
  .object({
    lotName: z.string().trim().min(1).max(80),
    capacity: z.number().int().min(1).max(100_000),
    pricePerHour: z.number().int().min(0).max(100_000_000),
    graceMinutes: z.number().int().min(0).max(1_440),
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
