import "server-only";
import type { Actor } from "../actor";
import type { SqlTx } from "../sql/sql-client";

/** A shift belongs to one user or token, whatever its name becomes later. */
export const shiftOwner = (actor: Actor) => `${actor.kind}:${actor.id}`;

/**
 * The actor's open shift inside an exit's transaction, or null. On PostgreSQL the row is share-locked
 * until the exit commits, so a close waits for exits already counted in the shift and an exit that
 * waited for a close sees the shift closed (the re-checked `openOwner` no longer matches). SQLite's
 * write lock already orders them.
 */
export async function lockOpenShift(tx: SqlTx, provider: "sqlite" | "postgresql", actor: Actor): Promise<number | null> {
  const [row] = await tx.all<{ id: number | bigint }>(
    `SELECT "id" FROM "Shift" WHERE "openOwner" = $1${provider === "postgresql" ? " FOR SHARE" : ""}`,
    [shiftOwner(actor)],
  );
  return row ? Number(row.id) : null;
}
