import "server-only";
import type { LegacyPlan, LegacyRejection, LegacySettings, LegacyStay } from "@/lib/parking/legacy-stays";
import type { SqlValue } from "../sql/sql-client";

/** A read inside the import's transaction, or outside it for a dry run. */
export type Read = <Row>(sql: string, params?: SqlValue[]) => Promise<Row[]>;

export type SettingChange = { from: number; to: number };

export type LegacyComparison = {
  toCreate: LegacyStay[];
  alreadyImported: LegacyStay[];
  /** Stays the plan accepted that Pelak's own data rules out. */
  rejections: LegacyRejection[];
  settings: Partial<Record<keyof LegacySettings, SettingChange>>;
};

/**
 * Each legacy row's key in a column with a unique index: a second run finds what the first wrote.
 * Pelak's own request ids are UUIDs (lib/request-id.ts, lib/gate/gate-read-schema.ts), so these never collide.
 */
export const legacyEntryKey = (entryId: number) => `legacy-entry:${entryId}`;
export const legacyExitKey = (exitId: number) => `legacy-exit:${exitId}`;

/** Small enough for either database's limit on bound parameters with 13 per row. */
export const BATCH = 500;

export function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

const placeholders = (count: number) => Array.from({ length: count }, (_, i) => `$${i + 1}`).join(", ");

async function findImported(read: Read, stays: LegacyStay[]): Promise<Map<string, string>> {
  const statusByKey = new Map<string, string>();
  for (const chunk of chunks(stays)) {
    const keys = chunk.map((s) => legacyEntryKey(s.entryId));
    const rows = await read<{ entryRequestId: string; status: string }>(
      `SELECT "entryRequestId", "status" FROM "ParkingSession" WHERE "entryRequestId" IN (${placeholders(keys.length)})`, keys);
    for (const row of rows) statusByKey.set(row.entryRequestId, row.status);
  }
  return statusByKey;
}

async function findInside(read: Read, plates: string[]): Promise<Map<string, number>> {
  const idByPlate = new Map<string, number>();
  for (const chunk of chunks(plates)) {
    const rows = await read<{ openPlate: string; id: number }>(
      `SELECT "openPlate", "id" FROM "ParkingSession" WHERE "openPlate" IN (${placeholders(chunk.length)})`, chunk);
    for (const row of rows) idByPlate.set(row.openPlate, Number(row.id));
  }
  return idByPlate;
}

async function compareSettings(read: Read, wanted: LegacySettings): Promise<LegacyComparison["settings"]> {
  const [current] = await read<Required<LegacySettings>>(`SELECT "capacity", "pricePerHour" FROM "Setting" WHERE "id" = 1`);
  const changes: LegacyComparison["settings"] = {};
  for (const field of ["capacity", "pricePerHour"] as const) {
    const to = wanted[field];
    if (to !== undefined && to !== Number(current[field])) changes[field] = { from: Number(current[field]), to };
  }
  return changes;
}

/**
 * Which of the plan's stays are new, which a previous run imported, and which Pelak refuses: a car
 * it already has inside (one open stay per plate), or a car imported while inside that has since
 * left in the old system (the import adds stays, it does not change them).
 */
export async function compareWithPelak(read: Read, plan: LegacyPlan): Promise<LegacyComparison> {
  const imported = await findImported(read, plan.stays);
  const fresh = plan.stays.filter((s) => !imported.has(legacyEntryKey(s.entryId)));
  const inside = await findInside(read, fresh.filter((s) => !s.exit).map((s) => s.plate));
  const rejections: LegacyRejection[] = [];
  for (const stay of plan.stays) {
    const status = imported.get(legacyEntryKey(stay.entryId));
    if (status === "open" && stay.exit) {
      rejections.push({ table: "exits", id: String(stay.exit.id), reason: `entry ${stay.entryId} was imported while the car was inside; this exit is not` });
    }
  }
  const toCreate = fresh.filter((stay) => {
    const stayId = stay.exit ? undefined : inside.get(stay.plate);
    if (stayId !== undefined) rejections.push({ table: "entries", id: String(stay.entryId), reason: `plate ${stay.plate} is already inside in Pelak (stay ${stayId})` });
    return stayId === undefined;
  });
  const alreadyImported = plan.stays.filter((s) => imported.has(legacyEntryKey(s.entryId)));
  return { toCreate, alreadyImported, rejections, settings: await compareSettings(read, plan.settings) };
}
