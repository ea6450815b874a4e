import "server-only";
import { listRecentActivity } from "@/lib/server/parking/activity";
import { getParkingStatus, type ParkingStatus } from "@/lib/server/parking/status";
import { toActivityJson, type ActivityJson } from "../activity-json";

export type DashboardResponse = { status: ParkingStatus; recent: ActivityJson[] };

const RECENT_LIMIT = 15;

/** One read for both the page's first render and the SWR poll, so they never disagree. */
export async function loadDashboard(): Promise<DashboardResponse> {
  const [status, recent] = await Promise.all([getParkingStatus(), listRecentActivity({ limit: RECENT_LIMIT })]);
  return { status, recent: recent.map(toActivityJson) };
}
