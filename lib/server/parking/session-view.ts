/** What the UI and the API show of a parking session. */
export type ActivityItem = {
  id: number;
  plate: string;
  status: "open" | "closed" | "archived";
  entryAt: Date;
  exitAt: Date | null;
  durationMinutes: number | null;
  cost: number | null;
  entryImage: string | null;
  exitImage: string | null;
  /** Gate snapshot file names, served by GET /api/snapshots/<name>. */
  entrySnapshot: string | null;
  exitSnapshot: string | null;
};

export const ACTIVITY_SELECT = {
  id: true, plate: true, status: true, entryAt: true, exitAt: true,
  durationMinutes: true, cost: true, entryImage: true, exitImage: true, entrySnapshot: true, exitSnapshot: true,
} as const;

type Row = Omit<ActivityItem, "status"> & { status: string };

export function toActivityItem(row: Row): ActivityItem {
  const status = row.status === "closed" || row.status === "archived" ? row.status : "open";
  return { ...row, status };
}
