/**
 * Next calls register() once per server process, before it serves requests (never during
 * `next build`). Only the Node.js runtime can reach the files and the database. With several
 * server processes (scripts/start.mjs) only the first runs the background sweeps: one is enough,
 * and they would otherwise race each other for the same files.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/server/env");
  if (env().workerIndex !== 1) return;
  const { startSnapshotSweeps } = await import("@/lib/server/snapshots/snapshot-sweep");
  startSnapshotSweeps();
}
