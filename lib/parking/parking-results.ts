import type { TariffLine } from "./tariff-plan";
import type { PassAtExit } from "./pass-rules";
import type { PaymentMethod } from "./payment";

/**
 * What the parking use cases answer with. The use cases live in lib/server; these shapes are read
 * by the browser too (dialogs, gate outbox, status cards), so they live here, free of server code.
 */
/** alert: the plate is on the watch list as "alert" (admitted, flagged); absent on a replay. */
export type EntryResult = { entryId: number; plate: string; entryAt: Date; replayed: boolean; alert?: { reason: string } };

export type ExitResult = {
  sessionId: number;
  plate: string;
  entryAt: Date;
  exitAt: Date;
  durationMinutes: number;
  cost: number;
  /** null: the stay cost nothing, so nothing was paid (lib/parking/payment.ts). */
  paymentMethod: PaymentMethod | null;
  /** The price an exempt stay would have cost (its cost is 0). */
  waivedAmount: number | null;
  /** The operator's open shift the exit counts in; null when none was open. */
  shiftId: number | null;
  /** The tariff's bill lines (lib/parking/tariff-plan.ts); every exit answer has them. */
  lines?: TariffLine[];
  replayed: boolean;
  /** The plate's pass: "valid" made the stay free, "expired" is the notice (absent on a replay). */
  pass?: PassAtExit | null;
};

/**
 * A car inside whose plate is one commonly confused character away from an exit's plate
 * (lib/parking/plate-lookalikes.ts): offered when that plate is not inside, for a one-tap match.
 */
export type LookalikeStay = { sessionId: number; plate: string; entryAt: Date; /** Served by GET /api/snapshots/<name>. */ entrySnapshot: string | null };

export type ParkingStatus = {
  lotName: string;
  capacity: number;
  active: number;
  free: number;
  pricePerHour: number;
  graceMinutes: number;
  todayRevenue: number;
};
