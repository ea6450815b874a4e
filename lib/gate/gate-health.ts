/** A gate page sends a heartbeat about every 30 s; four missed in a row and the gate counts as offline. */
export const HEARTBEAT_INTERVAL_MS = 30_000;
export const GATE_SILENT_AFTER_MS = 2 * 60_000;

/**
 * Online when the last heartbeat arrived within the last 2 minutes (server time on both sides).
 * A heartbeat "from the future" (another server process's clock a little ahead) still counts.
 */
export function isGateOnline(lastHeartbeatAt: Date | null, now: Date): boolean {
  if (!lastHeartbeatAt) return false;
  return now.getTime() - lastHeartbeatAt.getTime() < GATE_SILENT_AFTER_MS;
}

/** Whole minutes since the last heartbeat, for "silent for N minutes"; null when none ever came. */
export function silentMinutes(lastHeartbeatAt: Date | null, now: Date): number | null {
  if (!lastHeartbeatAt) return null;
  return Math.max(0, Math.floor((now.getTime() - lastHeartbeatAt.getTime()) / 60_000));
}
