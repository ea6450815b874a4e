import { z } from "zod";
import { checkExemptReason, paymentFields } from "@/lib/parking/payment";
import { gateIdSchema } from "@/lib/gate/gate-schema";
import { settingsPatchSchema } from "@/lib/parking/settings-schema";
import { isPlainText, NOT_PLAIN_TEXT } from "@/lib/validation/plain-text";

const MAX_IMAGE_REFERENCE = 500;

/**
 * The original clients' `image`: a path or URL of the camera's picture (the old system's image_in and
 * image_out), stored with the stay and never sent back in lists or polls. The picture itself is no
 * longer accepted here, as a data: URI or otherwise: photos reach the server as gate snapshots.
 */
const imageReferenceSchema = z
  .string()
  .refine((image) => image.length <= MAX_IMAGE_REFERENCE, {
    message: `The image must be a file path or URL of at most ${MAX_IMAGE_REFERENCE} characters, not the picture itself.`,
    params: { fa: "تصویر باید نشانی یا مسیر فایل با حداکثر ۵۰۰ نویسه باشد، نه خود عکس." },
    abort: true,
  })
  .refine((image) => !/^\s*data:/i.test(image), {
    message: "The image must be a file path or URL; data: URIs are not accepted.",
    params: { fa: "تصویر باید نشانی یا مسیر فایل باشد؛ نشانی data: پذیرفته نمی‌شود." },
  })
  .refine(isPlainText, NOT_PLAIN_TEXT);

/** POST /api/entry and /api/exit. The plate is checked by the use case (invalid_plate, 422). */
export const plateBodySchema = z
  .object({
    plate: z.string().max(64),
    image: imageReferenceSchema.nullable().optional(),
    /** A named gate's id (GET /api/gates): recorded as the stay's entry or exit gate. */
    gate: gateIdSchema.nullable().optional(),
  })
  .strict();

/**
 * POST /api/exit: the plate body plus how the driver paid (lib/parking/payment.ts; default cash), and
 * read_plate when the plate is a look-alike the client picked from a not_inside answer's suggestions.
 */
export const exitBodySchema = plateBodySchema
  .extend({ ...paymentFields, read_plate: z.string().max(64).nullable().optional() })
  .superRefine(checkExemptReason);

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
