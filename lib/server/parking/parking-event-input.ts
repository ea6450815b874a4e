import type { GateReading } from "@/lib/gate/gate-read-schema";
import type { Actor } from "../actor";

/** What registerEntry and registerExit are told: which car, and how, when and by whom it was seen. */
export type ParkingEventInput = {
  plate: string;
  image?: string | null;
  /** File name of the gate's snapshot (lib/server/snapshots), already saved. */
  snapshot?: string | null;
  requestId?: string | null;
  /** The named gate that read the plate (lib/server/gates); checked, and recorded on the stay. */
  gateId?: number | null;
  /** How the gate read the plate (auto, confirmed, typed), kept in the audit row. */
  reading?: GateReading;
  /**
   * When the car was seen (default now): a read queued on an offline tablet arrives later. An exit is
   * never taken as earlier than its entry.
   */
  at?: Date;
  actor: Actor;
};
