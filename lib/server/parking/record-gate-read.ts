import "server-only";
import type { GateReadInput, GateReadResult } from "@/lib/gate/gate-read-schema";
import type { Actor } from "../actor";
import { deleteSnapshot, saveSnapshot } from "../snapshots/snapshot-store";
import { validateSnapshot } from "../snapshots/validate-snapshot";
import { requirePlate } from "./parking-errors";
import { registerEntry } from "./register-entry";
import { registerExit } from "./register-exit";

async function register(read: GateReadInput, snapshot: string | null, actor: Actor): Promise<GateReadResult> {
  const input = {
    plate: read.plate,
    snapshot,
    requestId: read.requestId,
    gateId: read.gateId ?? null,
    // The server's clock minus the read's age: a tablet's wrong clock cannot move the time.
    at: new Date(Date.now() - read.readAgoMs),
    reading: { source: read.source, confidence: read.confidence },
    actor,
  };
  return read.direction === "entry"
    ? { direction: "entry", entry: await registerEntry(input) }
    : { direction: "exit", exit: await registerExit({ ...input, readPlate: read.readPlate }) };
}

const isReplay = (result: GateReadResult) => (result.direction === "entry" ? result.entry : result.exit).replayed;

/**
 * A plate read from the gate tablet: the snapshot is checked and written first, then the same use
 * case as the REST API runs. The file is removed again when the entry or exit is refused or fails,
 * and when the request id was seen before (the first request's snapshot stays), so no record points
 * to a missing file and no file is left without a record.
 */
export async function recordGateRead(opts: { read: GateReadInput; actor: Actor }): Promise<GateReadResult> {
  const { read, actor } = opts;
  requirePlate(read.plate); // before any file is written
  const snapshot = read.snapshot === null ? null : await saveSnapshot(await validateSnapshot(read.snapshot));
  let result: GateReadResult;
  try {
    result = await register(read, snapshot, actor);
  } catch (error) {
    if (snapshot) await deleteSnapshot(snapshot);
    throw error;
  }
  if (snapshot && isReplay(result)) await deleteSnapshot(snapshot);
  return result;
}
