import "server-only";
import { toActivityJson, type DashboardResponse } from "@/lib/parking/activity-json";
import { listRecentActivity } from "./activity";
import { getParkingStatus } from "./status";

const RECENT_LIMIT = 15;

/** One read for both the page's first render and the SWR poll, so they never disagree. */
export async function loadDashboard(): Promise<DashboardResponse> {
  const [status, recent] = await Promise.all([getParkingStatus(), listRecentActivity({ limit: RECENT_LIMIT })]);
  return { status, recent: recent.map(toActivityJson) };
}
