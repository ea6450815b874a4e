import type { GateView } from "@/lib/gate/gate-schema";

/** One gate in GET /api/gates: snake_case like the rest of the REST API; heartbeat figures null until one arrives. */
export type GateApiJson = {
  id: number; name: string; direction: GateView["direction"]; active: boolean; online: boolean;
  last_heartbeat_at: string | null; camera_on: boolean | null; backend: string | null; fps: number | null; pending_reads: number | null;
};

export function toGateApiJson(gate: GateView): GateApiJson {
  return {
    id: gate.id,
    name: gate.name,
    direction: gate.direction,
    active: gate.active,
    online: gate.online,
    last_heartbeat_at: gate.lastHeartbeatAt?.toISOString() ?? null,
    camera_on: gate.cameraOn,
    backend: gate.backend,
    fps: gate.fps,
    pending_reads: gate.pendingReads,
  };
}
