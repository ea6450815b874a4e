import "server-only";
import { gateNamesById } from "./gates";

type WithGateIds = { entryGateId: number | bigint | null; exitGateId: number | bigint | null };
export type WithGateNames<T> = Omit<T, keyof WithGateIds> & { entryGate: string | null; exitGate: string | null };

/** Rows with their gates' current names instead of ids; the Gate table is read only when a row has a gate. */
export async function withGateNames<T extends WithGateIds>(rows: T[]): Promise<Array<WithGateNames<T>>> {
  const names = rows.some((row) => row.entryGateId !== null || row.exitGateId !== null) ? await gateNamesById() : new Map<number, string>();
  const name = (id: number | bigint | null) => (id === null ? null : (names.get(Number(id)) ?? null));
  return rows.map(({ entryGateId, exitGateId, ...row }) => ({ ...row, entryGate: name(entryGateId), exitGate: name(exitGateId) }));
}
