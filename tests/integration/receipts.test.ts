import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatToman } from "@/lib/i18n/format";
import { api, uniquePlate } from "./support/http";
import { backdateEntry, openDatabase, type TestDatabase } from "./support/database";
import { signIn } from "./support/session";

const server = inject("sqlite");
let database: TestDatabase;
let cookie = "";

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}${path}`, { redirect: "manual", headers });
const qrUrlOf = (html: string) => /data-testid="receipt-qr"[^>]*data-url="([^"]+)"/.exec(html)?.[1];

/** A car in and out through the REST API, 125 minutes apart; its id and the exit's answer. */
async function closedStay() {
  const plate = uniquePlate("د");
  expect((await api(server, "/api/entry/", { method: "POST", body: { plate } })).status).toBe(200);
  await backdateEntry(database, plate, 125);
  const exit = await api(server, "/api/exit/", { method: "POST", body: { plate, payment_method: "card" } });
  expect(exit.status).toBe(200);
  const row = await database.parkingSession.findFirstOrThrow({ where: { plate }, orderBy: { id: "desc" } });
  return { plate, row, cost: exit.body.cost as number };
}

beforeAll(async () => {
  database = openDatabase(server.databaseUrl);
  const result = await signIn(server, "admin", server.adminPassword, "203.0.113.77");
  if (!("cookie" in result)) throw new Error(`sign-in failed: ${result.error}`);
  cookie = result.cookie;
});
afterAll(async () => {
  await database.rateLimit.deleteMany({ where: { key: { startsWith: "receipt-guess:" } } });
  await database.$disconnect();
});

describe("printed receipts (/print/stay/<id>)", () => {
  it("need a sign-in", async () => {
    const { row } = await closedStay();
    const res = await get(`/print/stay/${row.id}?kind=exit`);
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    expect(res.headers.get("location")).toMatch(/\/login/);
  });

  it("print the exit receipt: lot, times, lines, amount, method and a QR of the stay's code on an 80 mm page", async () => {
    const { row, cost } = await closedStay();
    expect(row.receiptCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const res = await get(`/print/stay/${row.id}?kind=exit`, { cookie, "accept-language": "fa" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('data-kind="exit"');
    expect(html).toContain("size: 80mm");
    expect(html).toContain("noindex");
    expect(html).toContain(formatToman(cost, "fa"));
    expect(html).toContain('data-testid="receipt-lines"');
    expect(html).toContain("کارت");
    expect(qrUrlOf(html)).toBe(`${server.baseUrl}/r/${row.receiptCode}`);
  });

  it("give a stay from before receipts its code when first printed, and the same one after", async () => {
    const { row } = await closedStay();
    await database.parkingSession.update({ where: { id: row.id }, data: { receiptCode: null } });
    const first = qrUrlOf(await (await get(`/print/stay/${row.id}?kind=entry`, { cookie })).text());
    const stored = await database.parkingSession.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.receiptCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first).toBe(`${server.baseUrl}/r/${stored.receiptCode}`);
    expect(qrUrlOf(await (await get(`/print/stay/${row.id}?kind=exit`, { cookie })).text())).toBe(first);
  });

  it("answer 404 for a stay that does not exist or an id that is not one", async () => {
    for (const id of ["99999999", "abc", "-1", "1e3"]) expect((await get(`/print/stay/${id}`, { cookie })).status, id).toBe(404);
  });
});

describe("the public verification page (/r/<code>)", () => {
  it("shows the stay's plate, times and amount to anyone, signed out, and is not indexed", async () => {
    const { plate, row, cost } = await closedStay();
    const res = await get(`/r/${row.receiptCode}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(html).toContain(`data-plate="${plate}"`);
    expect(html).toContain(formatToman(cost, "fa"));
    expect(html).toContain("پرداخت‌شده");
    // Nothing else: not who recorded it, not the payment, not photos or another stay.
    expect(row.entryActor).toBeTruthy();
    expect(html).not.toContain(row.entryActor as string);
    expect(html).not.toContain("/api/snapshots");
    expect(html).not.toContain("کارت");
    expect(html).not.toContain("data-testid=\"app-header\"");
    expect(html.match(/data-plate="/g)).toHaveLength(1);
  });

  it("speaks English with the locale cookie", async () => {
    const { row, cost } = await closedStay();
    const html = await (await get(`/r/${row.receiptCode}`, { cookie: "locale=en" })).text();
    expect(html).toContain(formatToman(cost, "en"));
    expect(html).toContain("Paid");
  });

  it("says a car is still inside, with no amount", async () => {
    const plate = uniquePlate("د");
    await api(server, "/api/entry/", { method: "POST", body: { plate } });
    const row = await database.parkingSession.findFirstOrThrow({ where: { openPlate: plate } });
    const html = await (await get(`/r/${row.receiptCode}`)).text();
    expect(html).toContain(`data-plate="${plate}"`);
    expect(html).not.toContain('data-testid="verified-amount"');
    expect(html).toContain("هنوز داخل");
  });

  it("answers a clear 404 in both languages for an unknown, guessed or malformed code", async () => {
    const { row } = await closedStay();
    const code = row.receiptCode as string;
    const guessed = `${code.slice(0, -1)}${code.endsWith("A") ? "B" : "A"}`;
    for (const path of [`/r/${guessed}`, "/r/AAAAAAAAAAAAAAAAAAAAAA", "/r/short", `/r/${encodeURIComponent("'; DROP TABLE")}`]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain("رسیدی با این کد پیدا نشد");
      expect(html, path).toContain("No receipt with this code");
      expect(html, path).not.toContain("data-plate");
    }
  });

  it("stops answering an address that keeps guessing, even for a real code", async () => {
    const { row } = await closedStay();
    for (let i = 0; i < 31; i++) await get(`/r/${"Z".repeat(21)}${i % 10}`);
    expect((await get(`/r/${row.receiptCode}`)).status).toBe(404);
    await database.rateLimit.deleteMany({ where: { key: { startsWith: "receipt-guess:" } } });
    expect((await get(`/r/${row.receiptCode}`)).status).toBe(200);
  });
});
