import type { Settings } from "@/lib/parking/settings-schema";
import { getSettings, updateSettings } from "@/lib/server/parking/settings";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { apiHandler, preflight, methodNotAllowed } from "@/lib/server/http/handler";
import { settingsBodySchema } from "@/lib/server/http/schemas";

export type SettingsResponse = {
  capacity: number;
  price_per_hour: number;
  lot_name: string;
  grace_minutes: number;
  gate_auto_frames: number;
  gate_auto_confidence: number;
  gate_cooldown_seconds: number;
  snapshot_retention_days: number;
};

const toBody = (settings: Settings): SettingsResponse => ({
  capacity: settings.capacity,
  price_per_hour: settings.pricePerHour,
  lot_name: settings.lotName,
  grace_minutes: settings.graceMinutes,
  gate_auto_frames: settings.gateAutoFrames,
  gate_auto_confidence: settings.gateAutoConfidence,
  gate_cooldown_seconds: settings.gateCooldownSeconds,
  snapshot_retention_days: settings.snapshotRetentionDays,
});

export const GET = apiHandler(async (req) => {
  await authenticateRequest(req);
  return Response.json(toBody(await getSettings()));
});

export const PUT = apiHandler(async (req) => {
  const actor = await authenticateRequest(req, "admin");
  const body = await readJson(req, settingsBodySchema);
  const settings = await updateSettings({
    patch: {
      capacity: body.capacity,
      pricePerHour: body.price_per_hour,
      lotName: body.lot_name,
      graceMinutes: body.grace_minutes,
      gateAutoFrames: body.gate_auto_frames,
      gateAutoConfidence: body.gate_auto_confidence,
      gateCooldownSeconds: body.gate_cooldown_seconds,
      snapshotRetentionDays: body.snapshot_retention_days,
    },
    actor,
  });
  return Response.json({ success: true, ...toBody(settings) });
});

export const OPTIONS = preflight("GET, PUT");

const notAllowed = methodNotAllowed("GET, PUT, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PATCH, notAllowed as DELETE };
