import type { ActivityItem } from "@/lib/server/parking/session-view";

/** An ActivityItem as it arrives over JSON: dates become ISO strings. */
export type ActivityJson = Omit<ActivityItem, "entryAt" | "exitAt"> & { entryAt: string; exitAt: string | null };

export function toActivityJson(item: ActivityItem): ActivityJson {
  return { ...item, entryAt: item.entryAt.toISOString(), exitAt: item.exitAt?.toISOString() ?? null };
}
