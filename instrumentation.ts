/**
 * Next calls register() once per server process, before it serves requests (never during
 * `next build`). Only the Node.js runtime can reach the files and the database.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startSnapshotSweeps } = await import("@/lib/server/snapshots/snapshot-sweep");
    startSnapshotSweeps();
  }
}
