import "server-only";
import { hourlyPrice, parseClock, type TariffPlan, type VehicleClass } from "@/lib/parking/tariff-plan";
import { tariffPlanInputSchema, type TariffPlanData, type TariffPlanInput } from "@/lib/parking/tariff-plan-schema";
import type { TariffPlanVersion } from "@/lib/parking/tariff-versions";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { requireAdmin } from "../auth/admin";
import { db, hotSql, type Tx } from "../db";
import { AppError } from "../errors";
import { zodFieldErrors } from "../zod-errors";
import { readPlanAtEntry } from "./plan-at-entry";
import { toPlanVersion, type StoredPlanRow } from "./tariff-rows";

/** A client's clock may run a little behind the server's: "now" from a form is not "the past". */
const CLOCK_SKEW_MS = 60_000;

/** Every version, per class, newest first. */
export async function listTariffVersions(): Promise<TariffPlanVersion[]> {
  const sql = await hotSql();
  const rows = await sql.read<StoredPlanRow>(`SELECT * FROM "TariffPlan" ORDER BY "vehicleClass", "effectiveFrom" DESC, "id" DESC`);
  return rows.map(toPlanVersion);
}

/** The plan a car entering now would be charged by (dashboard cards, GET /api/settings). */
export async function currentPlan(vehicleClass: VehicleClass = "car", now = new Date()): Promise<TariffPlan> {
  const sql = await hotSql();
  return readPlanAtEntry((text, params) => sql.read(text, params), vehicleClass, now);
}

export type NewVersion = TariffPlan & { vehicleClass: VehicleClass; effectiveFrom: Date };

/** Inserts a version inside the caller's transaction, with its audit row. */
export async function insertTariffVersion(tx: Tx, version: NewVersion, actor: Actor): Promise<void> {
  const v = version;
  const createdBy = actor.name;
  const createdAt = new Date();
  const [row] = await tx.$queryRaw<{ id: number | bigint }[]>`
    INSERT INTO "TariffPlan" ("vehicleClass", "freeMinutes", "firstHour", "nextHour", "unitMinutes", "dailyCap", "nightStart", "nightEnd", "nightPrice", "effectiveFrom", "createdBy", "createdAt")
    VALUES (${v.vehicleClass}, ${v.freeMinutes}, ${v.firstHour}, ${v.nextHour}, ${v.unitMinutes}, ${v.dailyCap}, ${v.night?.start ?? null}, ${v.night?.end ?? null}, ${v.night?.price ?? null}, ${v.effectiveFrom}, ${createdBy}, ${createdAt})
    RETURNING "id"`;
  await writeAudit(tx, { actor, action: "tariff.add", entity: "TariffPlan", entityId: Number(row?.id), after: { ...v, createdBy } });
}

function invalid(fieldErrors: Record<string, { fa: string; en: string }>): AppError {
  return new AppError({
    kind: "validation",
    messages: { fa: "تعرفه معتبر نیست.", en: "The tariff plan is not valid." },
    fieldErrors,
  });
}

/** When the version takes effect: now by default, never in the past (it would reprice stays). */
function effectiveFromOf(data: TariffPlanData, now: Date): Date {
  if (data.effectiveFrom === null) return now;
  if (data.effectiveFrom.getTime() < now.getTime() - CLOCK_SKEW_MS) {
    throw invalid({ effectiveFrom: { fa: "تعرفهٔ تازه نمی‌تواند از گذشته اعمال شود.", en: "A new plan version cannot take effect in the past." } });
  }
  return new Date(Math.max(data.effectiveFrom.getTime(), now.getTime()));
}

export function toNewVersion(data: TariffPlanData, now: Date): NewVersion {
  const night = data.nightStart !== null && data.nightEnd !== null && data.nightPrice !== null
    ? { start: parseClock(data.nightStart) ?? 0, end: parseClock(data.nightEnd) ?? 0, price: data.nightPrice }
    : null;
  return {
    vehicleClass: data.vehicleClass, freeMinutes: data.freeMinutes, firstHour: data.firstHour, nextHour: data.nextHour,
    unitMinutes: data.unitMinutes, dailyCap: data.dailyCap, night, effectiveFrom: effectiveFromOf(data, now),
  };
}

/** Adds a plan version (admin only). Versions are never edited: a change is a new version. */
export async function addTariffVersion(opts: { input: TariffPlanInput; actor: Actor; now?: Date }): Promise<NewVersion> {
  const parsed = tariffPlanInputSchema.safeParse(opts.input);
  if (!parsed.success) throw invalid(zodFieldErrors(parsed.error));
  requireAdmin(opts.actor);
  const version = toNewVersion(parsed.data, opts.now ?? new Date());
  await db.$transaction((tx) => insertTariffVersion(tx, version, opts.actor));
  return version;
}

/**
 * What the settings' price per hour and grace change in the car plan in force now, as a new
 * version effective now; null when they change nothing (the settings form always sends both).
 * A new price makes the plan one price per started hour, keeping its cap when the cap still fits.
 */
export function settingsVersion(current: TariffPlan, patch: { pricePerHour?: number; graceMinutes?: number }, now: Date): NewVersion | null {
  const priceChanged = patch.pricePerHour !== undefined && patch.pricePerHour !== hourlyPrice(current);
  const graceChanged = patch.graceMinutes !== undefined && patch.graceMinutes !== current.freeMinutes;
  if (!priceChanged && !graceChanged) return null;
  const next: NewVersion = { ...current, vehicleClass: "car", effectiveFrom: now };
  if (priceChanged && patch.pricePerHour !== undefined) {
    Object.assign(next, { firstHour: patch.pricePerHour, nextHour: patch.pricePerHour, unitMinutes: 60 });
    if (next.dailyCap !== null && next.dailyCap < patch.pricePerHour) next.dailyCap = null;
  }
  if (graceChanged && patch.graceMinutes !== undefined) next.freeMinutes = patch.graceMinutes;
  return next;
}
