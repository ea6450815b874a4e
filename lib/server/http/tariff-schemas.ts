import "server-only";
import { z } from "zod";
import type { BilingualMessage } from "@/lib/action-result";
import type { TariffPlanInput } from "@/lib/parking/tariff-plan-schema";
import { AppError } from "../errors";

const isoTime = z.iso.datetime({ offset: true, message: "Use an ISO 8601 time, e.g. 2026-03-01T08:00:00+03:30." });

/** POST /api/tariffs: the names. Values are checked by the use case (its limits, in both languages). */
export const tariffBodySchema = z.strictObject({
  vehicle_class: z.string().optional(),
  free_minutes: z.number().optional(),
  first_hour: z.number(),
  next_hour: z.number(),
  unit_minutes: z.number().optional(),
  daily_cap: z.number().nullable().optional(),
  night_start: z.string().nullable().optional(),
  night_end: z.string().nullable().optional(),
  night_price: z.number().nullable().optional(),
  effective_from: isoTime.nullable().optional(),
});

export type TariffBody = z.infer<typeof tariffBodySchema>;

const SNAKE: Record<string, string> = {
  vehicleClass: "vehicle_class", freeMinutes: "free_minutes", firstHour: "first_hour", nextHour: "next_hour", unitMinutes: "unit_minutes",
  dailyCap: "daily_cap", nightStart: "night_start", nightEnd: "night_end", nightPrice: "night_price", effectiveFrom: "effective_from",
};

export function tariffInputOf(body: TariffBody): TariffPlanInput {
  return {
    vehicleClass: body.vehicle_class, freeMinutes: body.free_minutes, firstHour: body.first_hour, nextHour: body.next_hour,
    unitMinutes: body.unit_minutes, dailyCap: body.daily_cap, nightStart: body.night_start, nightEnd: body.night_end,
    nightPrice: body.night_price, effectiveFrom: body.effective_from == null ? body.effective_from : new Date(body.effective_from),
  };
}

/** The use case names fields as the code does; API clients get their own names back. */
export function withSnakeFieldNames(error: unknown): unknown {
  if (!(error instanceof AppError) || !error.fieldErrors) return error;
  const fieldErrors: Record<string, BilingualMessage> = {};
  for (const [field, message] of Object.entries(error.fieldErrors)) fieldErrors[SNAKE[field] ?? field] = message;
  return new AppError({ kind: error.kind, code: error.code, messages: error.messages, fieldErrors });
}

/** POST /api/quote */
export const quoteBodySchema = z.strictObject({
  entry_at: isoTime,
  exit_at: isoTime,
  vehicle_class: z.string().optional(),
  plate: z.string().max(64).optional(),
});
