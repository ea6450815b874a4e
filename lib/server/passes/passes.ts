import "server-only";
import type { PassView } from "@/lib/parking/pass-views";
import { passInputSchema, type PassData } from "@/lib/parking/pass-schema";
import { normalizePlateInput } from "@/lib/parking/plate-normalize";
import { describeActor, type Actor } from "../actor";
import { writeAudit } from "../audit";
import { requireAdmin } from "../auth/admin";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { zodFieldErrors } from "../zod-errors";

const SELECT = {
  id: true, holder: true, phone: true, kind: true, fee: true, validFrom: true, validTo: true, createdAt: true, updatedAt: true,
  plates: { select: { plate: true }, orderBy: { id: "asc" } },
} as const;

type Row = Omit<PassView, "plates" | "kind"> & { kind: string; plates: Array<{ plate: string }> };

const toView = (row: Row): PassView => ({ ...row, kind: row.kind === "free" ? "free" : "paid", plates: row.plates.map((p) => p.plate) });

export const passNotFound = () =>
  new AppError({ kind: "not_found", code: "pass_not_found", messages: { fa: "این اشتراک پیدا نشد.", en: "No such pass." } });

/** Validates a pass from any caller (action, REST, import); field errors name the REST fields. */
export function parsePass(input: unknown): PassData {
  const parsed = passInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError({
    kind: "validation",
    messages: { fa: "مشخصات اشتراک معتبر نیست.", en: "The pass details are not valid." },
    fieldErrors: zodFieldErrors(parsed.error),
  });
}

const columns = (data: PassData) => ({
  holder: data.holder, phone: data.phone, kind: data.kind, fee: data.fee, validFrom: data.valid_from, validTo: data.valid_to,
});

/** Inside the caller's transaction (one pass, or every row of an import). */
export async function insertPass(tx: Tx, data: PassData, actor: Actor): Promise<PassView> {
  const row = await tx.pass.create({
    data: { ...columns(data), createdBy: describeActor(actor), plates: { create: data.plates.map((plate) => ({ plate })) } },
    select: SELECT,
  });
  const view = toView(row);
  await writeAudit(tx, { actor, action: "pass.create", entity: "Pass", entityId: view.id, after: view });
  return view;
}

/** Passes newest first; `plate` narrows to those holding a plate that contains the fragment. */
export async function listPasses(opts: { plate?: string; limit?: number }): Promise<PassView[]> {
  const fragment = opts.plate ? normalizePlateInput(opts.plate).replace(/[-\s]/g, "") : "";
  const where = fragment ? { plates: { some: { plate: { contains: fragment.length > 3 ? fragment.slice(0, 3) : fragment } } } } : {};
  const rows = await db.pass.findMany({ where, select: SELECT, orderBy: { id: "desc" }, take: opts.limit ?? 500 });
  const views = rows.map(toView);
  // The stored plate has a dash the fragment may lack ("12ب34567"): the last filter compares without it.
  return fragment ? views.filter((p) => p.plates.some((plate) => plate.replace("-", "").includes(fragment))) : views;
}

export async function createPass(opts: { input: unknown; actor: Actor }): Promise<PassView> {
  requireAdmin(opts.actor);
  const data = parsePass(opts.input);
  return db.$transaction((tx) => insertPass(tx, data, opts.actor));
}

export async function updatePass(opts: { id: number; input: unknown; actor: Actor }): Promise<PassView> {
  requireAdmin(opts.actor);
  const data = parsePass(opts.input);
  return db.$transaction(async (tx) => {
    const before = await tx.pass.findUnique({ where: { id: opts.id }, select: SELECT });
    if (!before) throw passNotFound();
    await tx.passPlate.deleteMany({ where: { passId: opts.id } });
    const row = await tx.pass.update({
      where: { id: opts.id },
      data: { ...columns(data), plates: { create: data.plates.map((plate) => ({ plate })) } },
      select: SELECT,
    });
    const after = toView(row);
    await writeAudit(tx, { actor: opts.actor, action: "pass.update", entity: "Pass", entityId: opts.id, before: toView(before), after });
    return after;
  });
}

export async function deletePass(opts: { id: number; actor: Actor }): Promise<PassView> {
  requireAdmin(opts.actor);
  return db.$transaction(async (tx) => {
    const before = await tx.pass.findUnique({ where: { id: opts.id }, select: SELECT });
    if (!before) throw passNotFound();
    await tx.pass.delete({ where: { id: opts.id } });
    const view = toView(before);
    await writeAudit(tx, { actor: opts.actor, action: "pass.delete", entity: "Pass", entityId: opts.id, before: view });
    return view;
  });
}

/** The passes that hold exactly this plate, the latest ending first (the plate page). */
export async function passesOfPlate(plate: string): Promise<PassView[]> {
  const rows = await db.pass.findMany({ where: { plates: { some: { plate } } }, select: SELECT, orderBy: [{ validTo: "desc" }, { id: "desc" }], take: 10 });
  return rows.map(toView);
}
