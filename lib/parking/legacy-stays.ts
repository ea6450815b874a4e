import type { z } from "zod";
import {
  legacyActiveCarSchema, legacyEntrySchema, legacyExitSchema, legacySettingSchema, parseLegacyTimestamp,
  type LegacyEntry, type LegacyExit, type LegacyTables,
} from "./legacy-rows";
import { parsePlate } from "./plate";
import { settingsPatchSchema } from "./settings-schema";

export type LegacyStay = {
  entryId: number;
  plate: string;
  entryAt: Date;
  entryImage: string | null;
  /** Null for a car the old system still has inside. */
  exit: { id: number; at: Date; image: string | null; durationMinutes: number; cost: number } | null;
};

export type LegacyTable = "entries" | "exits" | "active_cars" | "settings";
export type LegacyRejection = { table: LegacyTable; id: string; reason: string };
export type LegacySettings = { capacity?: number; pricePerHour?: number };
export type LegacyPlan = { stays: LegacyStay[]; rejections: LegacyRejection[]; settings: LegacySettings };

const fieldOf = (row: unknown, key: string) =>
  typeof row === "object" && row !== null && key in row ? String((row as Record<string, unknown>)[key]) : "?";

function checkRows<S extends z.ZodType>(schema: S, rows: unknown[], table: LegacyTable, idKey: string) {
  const valid: Array<z.infer<S>> = [];
  const rejections: LegacyRejection[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) valid.push(parsed.data);
    else {
      const [issue] = parsed.error.issues;
      rejections.push({ table, id: fieldOf(row, idKey), reason: `unreadable row: ${issue.path.join(".")} ${issue.message}` });
    }
  }
  return { valid, rejections };
}

type StayResult = { ok: true; stay: LegacyStay } | { ok: false; reason: string };

const notTimestamp = (column: string, text: string) => `${column} "${text}" is not YYYY-MM-DD HH:MM:SS`;

/** One entry with its exits and whether active_cars still lists it: a closed stay, an open one, or why neither. */
function readStay(entry: LegacyEntry, exits: LegacyExit[], inside: boolean): StayResult {
  const plate = parsePlate(entry.plate);
  if (!plate.ok) return { ok: false, reason: `plate "${entry.plate}": ${plate.error.en}` };
  const entryAt = parseLegacyTimestamp(entry.timestamp_in);
  if (!entryAt) return { ok: false, reason: notTimestamp("timestamp_in", entry.timestamp_in) };
  if (exits.length > 1) return { ok: false, reason: `left more than once (exits ${exits.map((e) => e.id).join(", ")})` };
  const [exit] = exits;
  if (exit && inside) return { ok: false, reason: `both left (exit ${exit.id}) and still inside (active_cars)` };
  if (!exit && !inside) return { ok: false, reason: "neither left (no exit) nor inside (not in active_cars)" };
  const stay = { entryId: entry.id, plate: plate.plate.canonical, entryAt, entryImage: entry.image_in || null, exit: null };
  if (!exit) return { ok: true, stay };
  const at = parseLegacyTimestamp(exit.timestamp_out);
  if (!at) return { ok: false, reason: `exit ${exit.id}: ${notTimestamp("timestamp_out", exit.timestamp_out)}` };
  if (at < entryAt) return { ok: false, reason: `exit ${exit.id} is before the entry` };
  const closed = { id: exit.id, at, image: exit.image_out || null, durationMinutes: exit.duration_minutes, cost: exit.cost };
  return { ok: true, stay: { ...stay, exit: closed } };
}

const SETTING_FIELDS = { capacity: "capacity", price_per_hour: "pricePerHour" } as const;
const importedSettings = settingsPatchSchema.pick({ capacity: true, pricePerHour: true }).required();

/** capacity and price_per_hour, within Pelak's own limits; other keys (last_reset) are not carried over. */
function readSettings(rows: unknown[]): { settings: LegacySettings; rejections: LegacyRejection[] } {
  const { valid, rejections } = checkRows(legacySettingSchema, rows, "settings", "key");
  const settings: LegacySettings = {};
  for (const { key, value } of valid) {
    if (!Object.hasOwn(SETTING_FIELDS, key)) continue;
    const field = SETTING_FIELDS[key as keyof typeof SETTING_FIELDS];
    const parsed = importedSettings.shape[field].safeParse(/^\s*\d+\s*$/.test(value ?? "") ? Number(value) : value);
    if (parsed.success) settings[field] = parsed.data;
    else rejections.push({ table: "settings", id: key, reason: `value "${value}" is not a valid ${field}` });
  }
  return { settings, rejections };
}

type Checked = {
  entries: LegacyEntry[];
  exitsOf: Map<number, LegacyExit[]>;
  inside: Set<number>;
  rejections: LegacyRejection[];
};

/** Exits and cars inside matched to their entries; those whose entry is missing or unreadable are rejected. */
function matchRows(tables: LegacyTables): Checked {
  const entries = checkRows(legacyEntrySchema, tables.entries, "entries", "id");
  const exits = checkRows(legacyExitSchema, tables.exits, "exits", "id");
  const active = checkRows(legacyActiveCarSchema, tables.activeCars, "active_cars", "entry_id");
  const rejections = [...entries.rejections, ...exits.rejections, ...active.rejections];
  const readable = new Set(entries.valid.map((e) => e.id));
  const listed = new Set(tables.entries.map((row) => fieldOf(row, "id")));
  const orphan = (entryId: number) => (listed.has(String(entryId)) ? `entry ${entryId} was rejected` : `no entry ${entryId} in entries`);
  const exitsOf = new Map<number, LegacyExit[]>();
  for (const exit of exits.valid) {
    if (!readable.has(exit.entry_id)) rejections.push({ table: "exits", id: String(exit.id), reason: orphan(exit.entry_id) });
    else exitsOf.set(exit.entry_id, [...(exitsOf.get(exit.entry_id) ?? []), exit]);
  }
  const inside = new Set<number>();
  for (const { entry_id: id } of active.valid) {
    if (!readable.has(id)) rejections.push({ table: "active_cars", id: String(id), reason: orphan(id) });
    else inside.add(id);
  }
  return { entries: [...entries.valid].sort((a, b) => a.id - b.id), exitsOf, inside, rejections };
}

/**
 * The stays, settings and rejected rows of an old parking.db. A rejected entry takes its exit and
 * active_cars rows with it, and each of those is reported too, so every row not taken is listed.
 */
export function planLegacyImport(tables: LegacyTables): LegacyPlan {
  const { entries, exitsOf, inside, rejections } = matchRows(tables);
  const settings = readSettings(tables.settings);
  const reject = (entryId: number, reason: string) => {
    rejections.push({ table: "entries", id: String(entryId), reason });
    const rejected = `entry ${entryId} was rejected`;
    for (const exit of exitsOf.get(entryId) ?? []) rejections.push({ table: "exits", id: String(exit.id), reason: rejected });
    if (inside.has(entryId)) rejections.push({ table: "active_cars", id: String(entryId), reason: rejected });
  };
  const stays: LegacyStay[] = [];
  const openPlates = new Map<string, number>();
  for (const entry of entries) {
    const result = readStay(entry, exitsOf.get(entry.id) ?? [], inside.has(entry.id));
    if (!result.ok) reject(entry.id, result.reason);
    // Two spellings of one plate (Persian and ASCII digits) can both be inside in the old system.
    else if (!result.stay.exit && openPlates.has(result.stay.plate)) {
      reject(entry.id, `plate ${result.stay.plate} is already inside with entry ${openPlates.get(result.stay.plate)}`);
    } else {
      if (!result.stay.exit) openPlates.set(result.stay.plate, entry.id);
      stays.push(result.stay);
    }
  }
  return { stays, rejections: [...rejections, ...settings.rejections], settings: settings.settings };
}
