import { beforeAll, describe, expect, it } from "vitest";

/** Stays history (listStays) on whichever database DATABASE_URL names (set before this import). */
const { db } = await import("@/lib/server/db");
const { listStays, encodeStayCursor, findStay } = await import("@/lib/server/parking/list-stays");
const { collectStayRows } = await import("@/lib/server/parking/export-stays");
const { summarizePlate } = await import("@/lib/server/parking/plate-summary");

const HOUR = 3_600_000;
const t0 = Date.UTC(2026, 0, 1, 8);
const plates = ["12ب345-67", "23ج456-78", "34د567-89", "45س678-91"];

beforeAll(async () => {
  await db.parkingSession.deleteMany();
  // 60 closed stays, some sharing one entry instant (the id breaks the tie), plus one open and one archived.
  const data = Array.from({ length: 60 }, (_, i) => {
    const entryAt = new Date(t0 + Math.floor(i / 3) * HOUR);
    return {
      plate: plates[i % plates.length], entryAt, exitAt: new Date(entryAt.getTime() + 90 * 60_000),
      durationMinutes: 90, cost: 40_000, status: "closed", entryActor: "gate", exitActor: "gate",
    };
  });
  for (const row of data) await db.parkingSession.create({ data: row });
  await db.parkingSession.create({ data: { plate: "56ط789-12", openPlate: "56ط789-12", entryAt: new Date(t0 + 30 * HOUR), status: "open" } });
  await db.parkingSession.create({ data: { plate: "12ب345-67", entryAt: new Date(t0 + 29 * HOUR), exitAt: new Date(t0 + 31 * HOUR), status: "archived" } });
});

const key = (s: { entryAt: Date; id: number }) => [s.entryAt.getTime(), s.id] as const;

async function allPages(opts: Parameters<typeof listStays>[0] = {}) {
  const seen = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await listStays({ ...opts, cursor });
    seen.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 100);
  return { seen, pages };
}

describe("listStays", () => {
  it("lists newest first by entry time, then id, 50 a page by default", async () => {
    const page = await listStays();
    expect(page.items).toHaveLength(50);
    expect(page.items[0]).toMatchObject({ plate: "56ط789-12", status: "open", exitAt: null, cost: null, durationMinutes: null });
    for (let i = 1; i < page.items.length; i++) {
      const [a, b] = [key(page.items[i - 1]), key(page.items[i])];
      expect(a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])).toBe(true);
    }
    expect(page.nextCursor).toBe(encodeStayCursor(page.items[49]));
  });

  it("pages through everything with no gap or duplicate, also when entry times tie", async () => {
    const everything = await db.parkingSession.count();
    for (const limit of [1, 7, 50, 100]) {
      const { seen, pages } = await allPages({ limit });
      expect(seen).toHaveLength(everything);
      expect(new Set(seen.map((s) => s.id)).size).toBe(everything);
      expect(pages).toBe(Math.ceil(everything / limit));
    }
  });

  it("filters by a whole plate or a fragment typed in any digits, by status and by entry time", async () => {
    const whole = await allPages({ plate: "۱۲ب۳۴۵ ایران ۶۷", limit: 4 });
    expect(whole.seen).toHaveLength(16);
    expect(whole.seen.every((s) => s.plate === "12ب345-67")).toBe(true);
    const fragment = await allPages({ plate: "٥٦٧-٨٩", limit: 3 });
    expect(fragment.seen).toHaveLength(15);
    expect(fragment.seen.every((s) => s.plate === "34د567-89")).toBe(true);
    expect((await listStays({ plate: "345-6" })).items.map((s) => s.plate)).toEqual(Array(16).fill("12ب345-67"));
    expect((await listStays({ plate: "99" })).items).toEqual([]);
    expect((await listStays({ status: "open" })).items.map((s) => s.plate)).toEqual(["56ط789-12"]);
    expect((await listStays({ status: "archived" })).items).toHaveLength(1);
    const ranged = await allPages({ from: new Date(t0 + 2 * HOUR), to: new Date(t0 + 4 * HOUR), limit: 2 });
    expect(ranged.seen.map((s) => s.entryAt.getTime())).toEqual([...Array(3).fill(t0 + 3 * HOUR), ...Array(3).fill(t0 + 2 * HOUR)]);
  });

  it("clamps the limit to 1-100 and refuses a cursor it did not make", async () => {
    expect((await listStays({ limit: 500 })).items).toHaveLength(62);
    expect((await listStays({ limit: 0 })).items).toHaveLength(1);
    await expect(listStays({ cursor: "not-a-cursor" })).rejects.toMatchObject({ status: 422, fieldErrors: { cursor: expect.anything() } });
  });

  it("filters by the operator who registered either the entry or the exit", async () => {
    const at = (h: number) => new Date(t0 - h * HOUR);
    const sara = await db.parkingSession.create({ data: { plate: "67ق891-23", entryAt: at(3), exitAt: at(2), status: "closed", entryActor: "Sara", exitActor: "gate" } });
    const both = await db.parkingSession.create({ data: { plate: "67ق891-23", entryAt: at(5), exitAt: at(4), status: "closed", entryActor: "gate", exitActor: "Sara", cost: 20_000 } });
    await db.parkingSession.create({ data: { plate: "67ق891-23", entryAt: at(7), exitAt: at(6), status: "closed", entryActor: "sara", exitActor: "Reza" } });
    const bySara = await allPages({ operator: "Sara", limit: 1 });
    expect(bySara.seen.map((s) => s.id)).toEqual([sara.id, both.id]);
    expect(bySara.seen[1]).toMatchObject({ entryActor: "gate", exitActor: "Sara" });
    expect((await listStays({ operator: "Reza", plate: "67ق891-23" })).items).toHaveLength(1);
    expect((await listStays({ operator: "nobody" })).items).toEqual([]);
  });

  it("finds one stay by id, and null for an unknown id", async () => {
    const [newest] = (await listStays({ limit: 1 })).items;
    expect(await findStay(newest.id)).toEqual(newest);
    expect(await findStay(2 ** 31 - 1)).toBeNull();
  });

  it("collects the filtered stays for an export, newest first", async () => {
    const everything = await db.parkingSession.count();
    const all = await collectStayRows({});
    expect(all.truncated).toBe(false);
    expect(all.rows).toHaveLength(everything);
    const byPlate = await collectStayRows({ plate: "۱۲ب۳۴۵-۶۷", status: "closed" });
    expect(byPlate.rows).toHaveLength(15);
    expect(byPlate.rows.every((row) => row[1] === "12ب345-67" && row[8] === "خارج شده")).toBe(true);
  });

  it("sums a plate's stays, payments and minutes inside", async () => {
    expect(await summarizePlate("12ب345-67")).toEqual({ stays: 16, totalPaid: 600_000, minutesInside: 1_350 });
    expect(await summarizePlate("99ی999-99")).toEqual({ stays: 0, totalPaid: 0, minutesInside: 0 });
  });
});
