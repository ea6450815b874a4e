import { beforeEach, describe, expect, it } from "vitest";
import { lotDayKey } from "@/lib/parking/pass-rules";
import type { Actor } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";

/** Passes and the watch list on whichever database DATABASE_URL names (set before this import). */
const { db } = await import("@/lib/server/db");
const { registerEntry } = await import("@/lib/server/parking/register-entry");
const { registerExit } = await import("@/lib/server/parking/register-exit");
const { listRecentActivity } = await import("@/lib/server/parking/activity");
const { createPass, deletePass, listPasses, updatePass } = await import("@/lib/server/passes/passes");
const { createWatchEntry, deleteWatchEntry, updateWatchEntry } = await import("@/lib/server/passes/watchlist");
const { importPassesCsv, importWatchCsv } = await import("@/lib/server/passes/csv-import");
const { quoteStay } = await import("@/lib/server/tariffs/stay-pricer");

const admin: Actor = { kind: "user", id: "1", name: "admin", role: "admin" };
const operator: Actor = { kind: "user", id: "2", name: "op", role: "operator" };
/** A lot-local day `n` days from today, as the pass form stores it. */
const day = (n: number) => lotDayKey(new Date(Date.now() + n * 86_400_000));
const passInput = (over: Record<string, unknown> = {}) => ({
  holder: "سارا رضایی", phone: "0912 123 4567", plates: ["12ب345-67", "۲۲ج۴۵۶ ایران ۷۸"], valid_from: day(-10), valid_to: day(3), kind: "paid", fee: 1_500_000, ...over,
});

async function backdate(plate: string, minutes: number) {
  await db.parkingSession.update({ where: { openPlate: plate }, data: { entryAt: new Date(Date.now() - minutes * 60_000 - 5_000) } });
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

beforeEach(async () => {
  await db.parkingSession.deleteMany();
  await db.auditLog.deleteMany();
  await db.pass.deleteMany();
  await db.watchEntry.deleteMany();
  await db.$executeRaw`DELETE FROM "TariffPlan" WHERE "createdBy" <> 'migration'`;
  await db.setting.update({ where: { id: 1 }, data: { capacity: 200, pricePerHour: 20_000, graceMinutes: 0 } });
});

describe("a pass at the exit", () => {
  it("lets a holder's car out free within validity, paid by pass, with the holder and the days left", async () => {
    const pass = await createPass({ input: passInput(), actor: admin });
    expect(pass).toMatchObject({ phone: "09121234567", plates: ["12ب345-67", "22ج456-78"], validTo: day(3) });
    await registerEntry({ plate: "22ج456-78", actor: operator });
    await backdate("22ج456-78", 120);
    const exit = await registerExit({ plate: "22ج456-78", actor: operator });
    expect(exit).toMatchObject({ cost: 0, durationMinutes: 120, paymentMethod: "pass", pass: { status: "valid", holder: "سارا رضایی", daysLeft: 3 } });
    const stay = await db.parkingSession.findFirstOrThrow({ where: { plate: "22ج456-78" } });
    expect(stay).toMatchObject({ cost: 0, paymentMethod: "pass", status: "closed" });
    const audit = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["pass.create", "entry.register", "exit.register"]);
    expect(JSON.parse(audit[2].after ?? "{}").pass).toMatchObject({ status: "valid", passId: pass.id });
  });

  it("charges an exit after the last day normally and says when the pass expired", async () => {
    await createPass({ input: passInput({ valid_from: day(-30), valid_to: day(-1) }), actor: admin });
    await registerEntry({ plate: "12ب345-67", actor: operator });
    await backdate("12ب345-67", 120);
    const exit = await registerExit({ plate: "12ب345-67", actor: operator });
    expect(exit).toMatchObject({ cost: 40_000, paymentMethod: "cash", pass: { status: "expired", validTo: day(-1) } });
  });

  it("still charges a plate whose pass starts tomorrow, and a plate taken off an edited pass", async () => {
    const pass = await createPass({ input: passInput({ valid_from: day(1), valid_to: day(30) }), actor: admin });
    await registerEntry({ plate: "12ب345-67", actor: operator });
    await backdate("12ب345-67", 60);
    expect(await registerExit({ plate: "12ب345-67", actor: operator })).toMatchObject({ cost: 20_000, pass: null });
    await updatePass({ id: pass.id, input: passInput({ plates: ["22ج456-78"] }), actor: admin });
    await registerEntry({ plate: "12ب345-67", actor: operator });
    await backdate("12ب345-67", 60);
    expect(await registerExit({ plate: "12ب345-67", actor: operator })).toMatchObject({ cost: 20_000, paymentMethod: "cash" });
  });
});

describe("a quote for a plate", () => {
  it("costs 0 with a valid pass (the plan's lines and a pass line taking them off) and the plan's price without one", async () => {
    await createPass({ input: passInput(), actor: admin });
    const stay = { entryAt: new Date(Date.now() - 120 * 60_000), exitAt: new Date(), vehicleClass: "car" as const };
    const withPass = await quoteStay({ ...stay, plate: "12ب345-67" });
    expect(withPass.cost).toBe(0);
    expect(withPass.lines.map((line) => [line.code, line.amount])).toEqual([["first", 20_000], ["next", 20_000], ["pass", -40_000]]);
    expect((await quoteStay({ ...stay, plate: "33د456-78" })).cost).toBe(40_000);
    expect((await quoteStay(stay)).cost).toBe(40_000);
  });
});

describe("the watch list at the entry", () => {
  it("refuses a denied plate with 403 plate_denied in both languages and writes nothing", async () => {
    await createWatchEntry({ input: { plate: "12ب345-67", kind: "deny", reason: "بدهی معوق" }, actor: admin });
    const before = await db.auditLog.count();
    const error = await caught(registerEntry({ plate: "۱۲ب۳۴۵ ایران ۶۷", actor: operator }));
    expect(error).toMatchObject({ status: 403, code: "plate_denied" });
    expect(error.messages.fa).toContain("بدهی معوق");
    expect(error.messages.en).toContain("may not enter");
    expect(await db.parkingSession.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(before);
  });

  it("admits an alert plate, answers with the reason and flags it in the recent activity", async () => {
    await createWatchEntry({ input: { plate: "12ب345-67", kind: "alert", reason: "خودروی مشکوک" }, actor: admin });
    const entry = await registerEntry({ plate: "12ب345-67", actor: operator });
    expect(entry.alert).toEqual({ reason: "خودروی مشکوک" });
    await registerEntry({ plate: "22ج456-78", actor: operator });
    const recent = await listRecentActivity();
    expect(recent.find((item) => item.plate === "12ب345-67")?.alert).toBe("خودروی مشکوک");
    expect(recent.find((item) => item.plate === "22ج456-78")?.alert).toBeUndefined();
  });

  it("lets a plate in again once its entry is edited to alert or deleted", async () => {
    const entry = await createWatchEntry({ input: { plate: "12ب345-67", kind: "deny", reason: "x" }, actor: admin });
    await updateWatchEntry({ id: entry.id, input: { plate: "12ب345-67", kind: "alert", reason: "y" }, actor: admin });
    expect((await registerEntry({ plate: "12ب345-67", actor: operator })).alert).toEqual({ reason: "y" });
    await deleteWatchEntry({ id: entry.id, actor: admin });
    const actions = (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["watch.create", "watch.update", "entry.register", "watch.delete"]);
  });
});

describe("rules of the admin use cases", () => {
  it("lets only admins write, and refuses bad input field by field", async () => {
    expect(await caught(createPass({ input: passInput(), actor: operator }))).toMatchObject({ status: 403 });
    const bad = await caught(createPass({ input: passInput({ phone: "021-1234", plates: [], kind: "free", fee: 10 }), actor: admin }));
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["phone", "plates"]);
    expect(bad.fieldErrors?.phone.fa).toContain("۰۹۱۲");
    // Rules across fields are checked once each field is right.
    const free = await caught(createPass({ input: passInput({ kind: "free", fee: 10, valid_from: day(5), valid_to: day(4) }), actor: admin }));
    expect(Object.keys(free.fieldErrors ?? {}).sort()).toEqual(["fee", "valid_to"]);
    expect(await db.pass.count()).toBe(0);
  });

  it("watches a plate once (409) and deletes a pass with its plates", async () => {
    await createWatchEntry({ input: { plate: "12ب345-67", kind: "deny", reason: "x" }, actor: admin });
    expect(await caught(createWatchEntry({ input: { plate: "12ب34567", kind: "alert", reason: "y" }, actor: admin }))).toMatchObject({ status: 409, code: "already_watched" });
    const pass = await createPass({ input: passInput(), actor: admin });
    expect((await listPasses({ plate: "۴۵۶۷۸" })).map((p) => p.id)).toEqual([pass.id]);
    await deletePass({ id: pass.id, actor: admin });
    expect(await db.passPlate.count()).toBe(0);
    expect(await caught(deletePass({ id: pass.id, actor: admin }))).toMatchObject({ status: 404, code: "pass_not_found" });
  });

  it("imports a CSV all or nothing: one bad row imports none and is reported", async () => {
    const header = "holder,phone,plates,valid_from,valid_to,kind,fee\n";
    const good = "Ali,09121234567,12ب345-67,1405/09/01,1405/09/30,free,0\n";
    const rejected = await importPassesCsv({ text: header + good + "Reza,123,13ج456-78,1405/09/01,1405/09/30,free,0\n", actor: admin });
    expect(rejected).toMatchObject({ imported: 0, rejections: [{ line: 3, field: "phone" }] });
    expect(await db.pass.count()).toBe(0);
    expect(await importPassesCsv({ text: header + good, actor: admin })).toEqual({ imported: 1, rejections: [] });
    await createWatchEntry({ input: { plate: "12ب345-67", kind: "deny", reason: "x" }, actor: admin });
    const watch = await importWatchCsv({ text: "plate,kind,reason\n22ج456-78,alert,a\n12ب345-67,alert,b\n", actor: admin });
    expect(watch).toMatchObject({ imported: 0, rejections: [{ line: 3, field: "plate" }] });
    expect(await db.watchEntry.count()).toBe(1);
  });
});
