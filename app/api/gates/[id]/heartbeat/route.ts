import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { apiHandler, preflight, methodNotAllowed } from "@/lib/server/http/handler";
import { recordGateHeartbeat } from "@/lib/server/gates/gate-heartbeat";

const heartbeatBodySchema = z.strictObject({
  camera_on: z.boolean(),
  backend: z.enum(["webgpu", "wasm"]).nullable(),
  fps: z.number().min(0).max(1000).nullable(),
  pending_reads: z.number().int().min(0).max(1_000_000),
});
export type HeartbeatBody = z.infer<typeof heartbeatBodySchema>;

export type HeartbeatResponse = { success: true; gate: number; at: string };

/** The gate page's heartbeat (about every 30 s); kept as the gate's latest, read by GET /api/gates and the dashboard. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  const actor = await authenticateRequest(req);
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2 ** 31 - 1) {
    throw new AppError({ kind: "bad_request", code: "invalid_id", messages: { fa: "شناسهٔ گیت باید عدد صحیح مثبت باشد.", en: "The gate id must be a positive integer." } });
  }
  const body = await readJson(req, heartbeatBodySchema);
  const input = { gateId: Number(id), cameraOn: body.camera_on, backend: body.backend, fps: body.fps, pendingReads: body.pending_reads };
  const { at } = await recordGateHeartbeat({ input, actor });
  const response: HeartbeatResponse = { success: true, gate: Number(id), at: at.toISOString() };
  return Response.json(response);
});

export const OPTIONS = preflight("POST");

const notAllowed = methodNotAllowed("POST, OPTIONS");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
