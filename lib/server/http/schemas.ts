import { z } from "zod";
import { settingsPatchSchema } from "@/lib/parking/settings-schema";

/** POST /api/entry and /api/exit. The plate is checked by the use case (invalid_plate, 422). */
export const plateBodySchema = z
  .object({
    plate: z.string().max(64),
    image: z.string().max(60_000).nullable().optional(),
  })
  .strict();

const limits = settingsPatchSchema.shape;

/** PUT /api/settings: the original client's snake_case names, with the settings form's limits. */
export const settingsBodySchema = z
  .object({
    capacity: limits.capacity,
    price_per_hour: limits.pricePerHour,
    lot_name: limits.lotName,
    grace_minutes: limits.graceMinutes,
    gate_auto_frames: limits.gateAutoFrames,
    gate_auto_confidence: limits.gateAutoConfidence,
    gate_cooldown_seconds: limits.gateCooldownSeconds,
    snapshot_retention_days: limits.snapshotRetentionDays,
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "Send at least one setting.", path: ["body"] });

export type SettingsBody = z.infer<typeof settingsBodySchema>;
