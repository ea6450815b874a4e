import "server-only";
import type { WatchEntryView } from "@/lib/parking/pass-views";
import { watchInputSchema, type WatchData } from "@/lib/parking/pass-schema";
import { normalizePlateInput } from "@/lib/parking/plate-normalize";
import { describeActor, type Actor } from "../actor";
import { writeAudit } from "../audit";
import { requireAdmin } from "../auth/admin";
import { db, type Tx } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { zodFieldErrors } from "../zod-errors";

const SELECT = { id: true, plate: true, kind: true, reason: true, createdAt: true, updatedAt: true } as const;

type Row = Omit<WatchEntryView, "kind"> & { kind: string };
const toView = (row: Row): WatchEntryView => ({ ...row, kind: row.kind === "deny" ? "deny" : "alert" });

export const watchEntryNotFound = () =>
  new AppError({ kind: "not_found", code: "watch_entry_not_found", messages: { fa: "این پلاک در فهرست مراقبت نیست.", en: "No such watch-list entry." } });

export const watchPlateTaken = (plate: string) =>
  new AppError({
    kind: "conflict",
    code: "already_watched",
    messages: { fa: `پلاک ${plate} از پیش در فهرست مراقبت است.`, en: `Plate ${plate} is already on the watch list.` },
  });

export function parseWatchEntry(input: unknown): WatchData {
  const parsed = watchInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError({
    kind: "validation",
    messages: { fa: "مشخصات فهرست مراقبت معتبر نیست.", en: "The watch-list entry is not valid." },
    fieldErrors: zodFieldErrors(parsed.error),
  });
}

/** Inside the caller's transaction (one entry, or every row of an import). */
export async function insertWatchEntry(tx: Tx, data: WatchData, actor: Actor): Promise<WatchEntryView> {
  const row = await tx.watchEntry.create({ data: { ...data, createdBy: describeActor(actor) }, select: SELECT });
  const view = toView(row);
  await writeAudit(tx, { actor, action: "watch.create", entity: "WatchEntry", entityId: view.id, after: view });
  return view;
}

export async function listWatchEntries(opts: { plate?: string }): Promise<WatchEntryView[]> {
  const fragment = opts.plate ? normalizePlateInput(opts.plate).replace(/[-\s]/g, "") : "";
  const rows = await db.watchEntry.findMany({ select: SELECT, orderBy: { id: "desc" } });
  // A lot watches tens of plates: filtering here compares without the stored dash.
  return rows.map(toView).filter((entry) => !fragment || entry.plate.replace("-", "").includes(fragment));
}

async function uniquePlate<T>(plate: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isUniqueViolation(error) ? watchPlateTaken(plate) : error;
  }
}

export async function createWatchEntry(opts: { input: unknown; actor: Actor }): Promise<WatchEntryView> {
  requireAdmin(opts.actor);
  const data = parseWatchEntry(opts.input);
  return uniquePlate(data.plate, () => db.$transaction((tx) => insertWatchEntry(tx, data, opts.actor)));
}

export async function updateWatchEntry(opts: { id: number; input: unknown; actor: Actor }): Promise<WatchEntryView> {
  requireAdmin(opts.actor);
  const data = parseWatchEntry(opts.input);
  return uniquePlate(data.plate, () =>
    db.$transaction(async (tx) => {
      const before = await tx.watchEntry.findUnique({ where: { id: opts.id }, select: SELECT });
      if (!before) throw watchEntryNotFound();
      const after = toView(await tx.watchEntry.update({ where: { id: opts.id }, data, select: SELECT }));
      await writeAudit(tx, { actor: opts.actor, action: "watch.update", entity: "WatchEntry", entityId: opts.id, before: toView(before), after });
      return after;
    }),
  );
}

export async function deleteWatchEntry(opts: { id: number; actor: Actor }): Promise<WatchEntryView> {
  requireAdmin(opts.actor);
  return db.$transaction(async (tx) => {
    const before = await tx.watchEntry.findUnique({ where: { id: opts.id }, select: SELECT });
    if (!before) throw watchEntryNotFound();
    await tx.watchEntry.delete({ where: { id: opts.id } });
    const view = toView(before);
    await writeAudit(tx, { actor: opts.actor, action: "watch.delete", entity: "WatchEntry", entityId: opts.id, before: view });
    return view;
  });
}

export async function watchEntryOfPlate(plate: string): Promise<WatchEntryView | null> {
  const row = await db.watchEntry.findUnique({ where: { plate }, select: SELECT });
  return row && toView(row);
}
