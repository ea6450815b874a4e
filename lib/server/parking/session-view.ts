import type { ActivityItem } from "@/lib/parking/activity-json";

export const ACTIVITY_SELECT = {
  id: true, plate: true, status: true, entryAt: true, exitAt: true,
  durationMinutes: true, cost: true, entrySnapshot: true, exitSnapshot: true,
} as const;

type Row = Omit<ActivityItem, "status"> & { status: string };

export function toActivityItem(row: Row): ActivityItem {
  const status = row.status === "closed" || row.status === "archived" ? row.status : "open";
  return { ...row, status };
}
