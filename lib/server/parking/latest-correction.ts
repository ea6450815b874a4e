import "server-only";
import { auditActorName } from "@/lib/audit/audit-labels";
import { db } from "../db";

export type LatestCorrection = { kind: "void" | "correct"; reason: string; by: string; at: Date };

/** The stay's latest void or correction from the audit log (which keeps every one, with before/after). */
export async function latestCorrection(id: number): Promise<LatestCorrection | null> {
  const row = await db.auditLog.findFirst({
    where: { entity: "ParkingSession", entityId: String(id), action: { in: ["session.void", "session.correct"] } },
    orderBy: { id: "desc" },
  });
  if (!row) return null;
  let reason = "";
  try {
    reason = String((JSON.parse(row.after ?? "{}") as { reason?: unknown }).reason ?? "");
  } catch {
    // An unreadable row still says that the stay was corrected, and by whom.
  }
  return { kind: row.action === "session.void" ? "void" : "correct", reason, by: auditActorName(row.actor), at: row.at };
}
