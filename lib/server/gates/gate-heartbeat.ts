import "server-only";
import { gateHeartbeatSchema, type GateHeartbeatInput } from "@/lib/gate/gate-schema";
import type { Actor } from "../actor";
import { db } from "../db";
import { AppError } from "../errors";
import { zodFieldErrors } from "../zod-errors";
import { inactiveGate, unknownGate } from "./gate-errors";

/**
 * The gate page's heartbeat overwrites the gate's last one: the dashboard only needs the latest, and
 * a row per beat would grow by 2,880 a day per gate. Not audited (nothing a person changed); any
 * signed-in user may run a gate, so any may send its heartbeat.
 */
export async function recordGateHeartbeat(opts: { input: GateHeartbeatInput; actor: Actor; at?: Date }): Promise<{ at: Date }> {
  const parsed = gateHeartbeatSchema.safeParse(opts.input);
  if (!parsed.success) {
    const messages = { fa: "گزارش وضعیت گیت معتبر نیست.", en: "The gate's heartbeat is not valid." };
    throw new AppError({ kind: "validation", messages, fieldErrors: zodFieldErrors(parsed.error) });
  }
  const { gateId, cameraOn, backend, fps, pendingReads } = parsed.data;
  const at = opts.at ?? new Date();
  const { count } = await db.gate.updateMany({
    where: { id: gateId, active: true },
    data: { lastHeartbeatAt: at, heartbeatCameraOn: cameraOn, heartbeatBackend: backend, heartbeatFps: fps, heartbeatPending: pendingReads },
  });
  if (count === 1) return { at };
  const gate = await db.gate.findUnique({ where: { id: gateId }, select: { name: true } });
  throw gate ? inactiveGate(gate.name) : unknownGate(gateId);
}
