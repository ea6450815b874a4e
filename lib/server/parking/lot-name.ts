import "server-only";
import { db } from "../db";

/** The lot's name for the header of every signed-in page (one indexed read of the settings row). */
export async function readLotName(): Promise<string> {
  const row = await db.setting.findUnique({ where: { id: 1 }, select: { lotName: true } });
  return row?.lotName ?? "";
}
