import "server-only";
import { isGateOnline } from "@/lib/gate/gate-health";
import {
  createGateSchema, updateGateSchema, type CreateGateInput, type GateKind, type GateView, type UpdateGateInput,
} from "@/lib/gate/gate-schema";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { requireAdmin } from "../auth/admin";
import { db } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { zodFieldErrors } from "../zod-errors";
import { duplicateGateName, gateNotFound } from "./gate-errors";

export type GateRow = {
  id: number; name: string; direction: string; active: boolean; createdAt: Date;
  lastHeartbeatAt: Date | null; heartbeatCameraOn: boolean | null; heartbeatBackend: string | null;
  heartbeatFps: number | null; heartbeatPending: number | null;
};

/** What the audit row keeps of a gate: its definition, not its heartbeat. */
const auditShape = (gate: GateRow) => ({ id: gate.id, name: gate.name, direction: gate.direction, active: gate.active });

function parseGateInput<S extends typeof createGateSchema | typeof updateGateSchema>(schema: S, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data as S["_output"];
  throw new AppError({
    kind: "validation",
    messages: { fa: "مشخصات گیت معتبر نیست.", en: "The gate details are not valid." },
    fieldErrors: zodFieldErrors(parsed.error),
  });
}

export const asGateKind = (direction: string): GateKind => (direction === "entry" || direction === "exit" ? direction : "both");

export function toGateView(row: GateRow, now: Date): GateView {
  return {
    id: row.id,
    name: row.name,
    direction: asGateKind(row.direction),
    active: row.active,
    online: row.active && isGateOnline(row.lastHeartbeatAt, now),
    lastHeartbeatAt: row.lastHeartbeatAt,
    cameraOn: row.heartbeatCameraOn,
    backend: row.heartbeatBackend,
    fps: row.heartbeatFps,
    pendingReads: row.heartbeatPending,
  };
}

/** Every gate, active ones first, then by name; `activeOnly` for the gate page's picker and the dashboard. */
export async function listGates(opts: { activeOnly?: boolean } = {}): Promise<GateView[]> {
  const rows = await db.gate.findMany({
    where: opts.activeOnly ? { active: true } : undefined,
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  const now = new Date();
  return rows.map((row) => toGateView(row, now));
}

/** Gate names by id, for history rows (a renamed gate shows its current name). */
export async function gateNamesById(): Promise<Map<number, string>> {
  const rows = await db.gate.findMany({ select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function createGate(opts: { input: CreateGateInput; actor: Actor }): Promise<GateView> {
  requireAdmin(opts.actor);
  const input = parseGateInput(createGateSchema, opts.input);
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.gate.create({ data: input });
      await writeAudit(tx, { actor: opts.actor, action: "gate.create", entity: "Gate", entityId: created.id, after: auditShape(created) });
      return created;
    });
    return toGateView(row, new Date());
  } catch (error) {
    throw isUniqueViolation(error) ? duplicateGateName() : error;
  }
}

/** Rename, redirect, deactivate or reactivate; an unchanged gate writes no audit row. */
export async function updateGate(opts: { input: UpdateGateInput; actor: Actor }): Promise<GateView> {
  requireAdmin(opts.actor);
  const { id, ...changes } = parseGateInput(updateGateSchema, opts.input);
  try {
    const row = await db.$transaction(async (tx) => {
      const before = await tx.gate.findUnique({ where: { id } });
      if (!before) throw gateNotFound();
      const changed = Object.entries(changes).some(([key, value]) => value !== undefined && before[key as keyof typeof changes] !== value);
      if (!changed) return before;
      const after = await tx.gate.update({ where: { id }, data: changes });
      await writeAudit(tx, { actor: opts.actor, action: "gate.update", entity: "Gate", entityId: id, before: auditShape(before), after: auditShape(after) });
      return after;
    });
    return toGateView(row, new Date());
  } catch (error) {
    throw isUniqueViolation(error) ? duplicateGateName() : error;
  }
}
