import "server-only";
import { pruneSnapshots } from "./prune-snapshots";

const HOUR_MS = 60 * 60_000;

// On globalThis: Next may load this module more than once in one process (instrumentation and the
// routes are separate bundles, and dev reloads them), yet sweeps must not overlap or be scheduled twice.
declare global {
  var pelakSnapshotSweep: { queue: Promise<void>; timer?: NodeJS.Timeout } | undefined;
}
const sweep = (globalThis.pelakSnapshotSweep ??= { queue: Promise.resolve() });

async function sweepOnce(): Promise<void> {
  try {
    const { stays, photos, orphans } = await pruneSnapshots();
    if (stays + orphans > 0) console.info(`pelak: snapshot sweep removed ${photos} photos of ${stays} old stays and ${orphans} orphaned files`);
  } catch (error) {
    console.error("pelak: snapshot sweep failed:", error);
  }
}

/** Runs the sweep after any sweep already running. Never rejects: a failure is logged. */
export function runSnapshotSweep(): Promise<void> {
  sweep.queue = sweep.queue.then(sweepOnce);
  return sweep.queue;
}

/** At server start and every hour; the timer does not keep the process alive. */
export function startSnapshotSweeps(): void {
  if (sweep.timer) return;
  sweep.timer = setInterval(() => void runSnapshotSweep(), HOUR_MS);
  sweep.timer.unref();
  void runSnapshotSweep();
}
