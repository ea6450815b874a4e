import { z } from "zod";
import { plainTextSchema } from "@/lib/validation/plain-text";

/** Which way a gate lets cars through; a "both" gate's tablet keeps the direction switch. */
export const GATE_DIRECTIONS = ["entry", "exit", "both"] as const;
export type GateKind = (typeof GATE_DIRECTIONS)[number];

export const gateIdSchema = z.number().int().positive().max(2 ** 31 - 1);

/** The admin's gate form and its server action. */
export const createGateSchema = z.strictObject({
  name: plainTextSchema(40),
  direction: z.enum(GATE_DIRECTIONS),
});
export type CreateGateInput = z.infer<typeof createGateSchema>;

/** Rename, change the direction, deactivate or reactivate: any of them at once. */
export const updateGateSchema = z.strictObject({
  id: gateIdSchema,
  name: plainTextSchema(40).optional(),
  direction: z.enum(GATE_DIRECTIONS).optional(),
  active: z.boolean().optional(),
});
export type UpdateGateInput = z.infer<typeof updateGateSchema>;

/** What an open gate page reports about every 30 s (app/(app)/gate/use-gate-heartbeat.ts). */
export const gateHeartbeatSchema = z.strictObject({
  gateId: gateIdSchema,
  cameraOn: z.boolean(),
  /** null while the plate reader is still loading (or failed). */
  backend: z.enum(["webgpu", "wasm"]).nullable(),
  fps: z.number().min(0).max(1000).nullable(),
  pendingReads: z.number().int().min(0).max(1_000_000),
});
export type GateHeartbeatInput = z.infer<typeof gateHeartbeatSchema>;

/** A gate as the admin page, the gate page, the dashboard and GET /api/gates see it. */
export type GateView = {
  id: number;
  name: string;
  direction: GateKind;
  active: boolean;
  online: boolean;
  lastHeartbeatAt: Date | null;
  cameraOn: boolean | null;
  backend: string | null;
  fps: number | null;
  pendingReads: number | null;
};

/** A GateView over JSON (the dashboard's SWR poll): dates become ISO strings. */
export type GateJson = Omit<GateView, "lastHeartbeatAt"> & { lastHeartbeatAt: string | null };

export function toGateJson(gate: GateView): GateJson {
  return { ...gate, lastHeartbeatAt: gate.lastHeartbeatAt?.toISOString() ?? null };
}

/** What the gate page needs to pair a tablet with a gate. */
export type PairableGate = Pick<GateView, "id" | "name" | "direction">;
