import type { GateJson } from "@/lib/gate/gate-schema";
import type { ParkingStatus } from "./parking-results";
import type { PaymentMethod } from "./payment";
import type { StayStatus } from "./stay-status";

/**
 * What the UI and the API show of a parking session. Not the REST clients' image references: the
 * dashboard polls this every second or two and shows none of them.
 */
export type ActivityItem = {
  id: number;
  plate: string;
  status: StayStatus;
  entryAt: Date;
  exitAt: Date | null;
  durationMinutes: number | null;
  cost: number | null;
  /** Gate snapshot file names, served by GET /api/snapshots/<name>. */
  entrySnapshot: string | null;
  exitSnapshot: string | null;
  /** The reason, when the plate is on the watch list as "alert" (the dashboard flags it). */
  alert?: string;
  /** Names of the gates that read the entry and the exit (lib/server/gates/gate-names.ts). */
  entryGate?: string | null;
  exitGate?: string | null;
  /** How the exit was paid (null: inside, archived or nothing to pay); the reason and the amount waived of an exempt stay. */
  paymentMethod?: PaymentMethod | null;
  exemptReason?: string | null;
  waivedAmount?: number | null;
};

/** An ActivityItem as it arrives over JSON: dates become ISO strings. */
export type ActivityJson = Omit<ActivityItem, "entryAt" | "exitAt"> & { entryAt: string; exitAt: string | null };

export function toActivityJson(item: ActivityItem): ActivityJson {
  return { ...item, entryAt: item.entryAt.toISOString(), exitAt: item.exitAt?.toISOString() ?? null };
}

/** GET /api/app/dashboard, and the dashboard page's first render. */
export type DashboardResponse = {
  status: ParkingStatus;
  recent: ActivityJson[];
  /** Admins only (null for operators): gate reads of the last 24 h that arrived over 10 minutes late. */
  lateReads: number | null;
  /** Active gates with their last heartbeat; silentMinutes since it (null: none ever came). */
  gates: Array<GateJson & { silentMinutes: number | null }>;
};

/** GET /api/app/inside?q=… */
export type InsideResponse = ActivityJson[];
