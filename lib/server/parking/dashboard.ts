import "server-only";
import { toActivityJson, type DashboardResponse } from "@/lib/parking/activity-json";
import { silentMinutes } from "@/lib/gate/gate-health";
import { toGateJson } from "@/lib/gate/gate-schema";
import type { Actor } from "../actor";
import { listGates } from "../gates/gates";
import { listRecentActivity } from "./activity";
import { countRecentLateReads } from "./late-read-audit";
import { getParkingStatus } from "./status";

const RECENT_LIMIT = 15;

/**
 * One read for both the page's first render and the SWR poll, so they never disagree. Admins also
 * get the number of late gate reads of the last day (lib/server/parking/late-read-audit.ts).
 */
export async function loadDashboard(actor: Actor): Promise<DashboardResponse> {
  const [status, recent, lateReads, gates] = await Promise.all([
    getParkingStatus(),
    listRecentActivity({ limit: RECENT_LIMIT }),
    actor.role === "admin" ? countRecentLateReads() : null,
    listGates({ activeOnly: true }),
  ]);
  const now = new Date();
  const gateJson = gates.map((gate) => ({ ...toGateJson(gate), silentMinutes: silentMinutes(gate.lastHeartbeatAt, now) }));
  return { status, recent: recent.map(toActivityJson), lateReads, gates: gateJson };
}
