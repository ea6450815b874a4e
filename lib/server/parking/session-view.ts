import type { ActivityItem } from "@/lib/parking/activity-json";
import { toStayStatus } from "@/lib/parking/stay-status";

export const ACTIVITY_SELECT = {
  id: true, plate: true, status: true, entryAt: true, exitAt: true,
  durationMinutes: true, cost: true, entrySnapshot: true, exitSnapshot: true,
} as const;

type Row = Omit<ActivityItem, "status"> & { status: string };

export function toActivityItem(row: Row): ActivityItem {
  return { ...row, status: toStayStatus(row.status) };
}
