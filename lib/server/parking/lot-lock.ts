import "server-only";
import { dbProvider, type Tx } from "../db";

/**
 * Serialises entries so the capacity check and the insert act as one step. SQLite transactions
 * are already serialised (one writer; the adapter queues transactions), PostgreSQL needs a row lock.
 */
export async function lockLot(tx: Tx): Promise<void> {
  if (dbProvider === "postgresql") await tx.$queryRaw`SELECT "id" FROM "Setting" WHERE "id" = 1 FOR UPDATE`;
}
