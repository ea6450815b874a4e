import { z } from "zod";

/**
 * Rows of the old system's parking.db (shared/seed/ARCHITECTURE.md, "Data Model"), checked one by
 * one so that a bad row is reported on its own instead of failing the whole file.
 */
export const legacyEntrySchema = z.object({
  id: z.number().int(),
  plate: z.string(),
  image_in: z.string().nullable(),
  timestamp_in: z.string(),
});

export const legacyExitSchema = z.object({
  id: z.number().int(),
  entry_id: z.number().int(),
  plate: z.string(),
  image_out: z.string().nullable(),
  timestamp_out: z.string(),
  duration_minutes: z.number().int().min(0),
  cost: z.number().int().min(0),
});

export const legacyActiveCarSchema = z.object({ entry_id: z.number().int(), plate: z.string(), timestamp_in: z.string() });

export const legacySettingSchema = z.object({ key: z.string(), value: z.string().nullable() });

export type LegacyEntry = z.infer<typeof legacyEntrySchema>;
export type LegacyExit = z.infer<typeof legacyExitSchema>;
export type LegacyActiveCar = z.infer<typeof legacyActiveCarSchema>;

/** The four tables as read from the file, each row not yet checked. */
export type LegacyTables = { entries: unknown[]; exits: unknown[]; activeCars: unknown[]; settings: unknown[] };

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

/**
 * The old system wrote `datetime.now()` as "YYYY-MM-DD HH:MM:SS" under Django's TIME_ZONE = "UTC"
 * (shared/reference/seed-django/README.md), so the text is read as UTC. Null when not in that form.
 */
export function parseLegacyTimestamp(text: string): Date | null {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const ms = Math.floor(Number(`0.${m[7] ?? "0"}`) * 1000);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  // Date.UTC rolls 31 February over into March; such text is not a real time.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return date;
}
