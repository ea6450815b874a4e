import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, errorCode, uniquePlate } from "./support/http";

const server = inject("sqlite");

type Shift = Record<string, unknown> & { id: number; expected_cash: number; expected_card: number; counted_cash: number | null; difference: number | null };

async function enter(): Promise<string> {
  const plate = uniquePlate();
  expect((await api(server, "/api/entry", { method: "POST", body: { plate } })).status).toBe(200);
  return plate;
}

const exit = (body: Record<string, unknown>) => api(server, "/api/exit", { method: "POST", body });
const fieldErrors = (res: { body: Record<string, unknown> }) => Object.keys((res.body.error as { field_errors?: object }).field_errors ?? {});

beforeAll(async () => {
  // A stay shorter than an hour costs the first hour (20,000): never free.
  await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { capacity: 10_000, price_per_hour: 20_000, grace_minutes: 0 } });
  // Left open by an earlier run of this file against a reused database: start from none.
  await api(server, "/api/shift/close", { method: "POST", body: { counted_cash: 0 } });
});

describe("POST /api/exit with a payment method", () => {
  it("defaults to cash for old clients and keeps the old fields", async () => {
    const res = await exit({ plate: await enter() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, duration: expect.any(Number), cost: 20_000, entry_at: expect.any(String), exit_at: expect.any(String), replayed: false, payment_method: "cash" });
  });

  it("records card, and exempt at cost 0 with its reason and the amount waived in the stay", async () => {
    expect((await exit({ plate: await enter(), payment_method: "card" })).body).toMatchObject({ cost: 20_000, payment_method: "card" });
    const plate = await enter();
    const exempt = await exit({ plate, payment_method: "exempt", exempt_reason: "آمبولانس" });
    expect(exempt.body).toMatchObject({ success: true, cost: 0, payment_method: "exempt" });
    const list = await api(server, `/api/sessions?plate=${encodeURIComponent(plate)}`);
    expect((list.body.items as object[])[0]).toMatchObject({ plate, cost: 0, payment_method: "exempt", exempt_reason: "آمبولانس", waived_amount: 20_000 });
  });

  it("refuses pass, unknown methods, exempt without a reason and a reason with control characters (422), and the car stays inside", async () => {
    const plate = await enter();
    for (const [body, field] of [
      [{ payment_method: "pass" }, "payment_method"],
      [{ payment_method: "bitcoin" }, "payment_method"],
      [{ payment_method: 3 }, "payment_method"],
      [{ payment_method: "exempt" }, "exempt_reason"],
      [{ payment_method: "exempt", exempt_reason: "  " }, "exempt_reason"],
      [{ payment_method: "exempt", exempt_reason: "a\u202eb" }, "exempt_reason"],
      [{ payment_method: "exempt", exempt_reason: "x".repeat(201) }, "exempt_reason"],
      [{ payment_method: "cash", exempt_reason: "why" }, "exempt_reason"],
    ] as const) {
      const res = await exit({ plate, ...body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(errorCode(res)).toBe("validation");
      expect(fieldErrors(res), JSON.stringify(body)).toContain(field);
    }
    const passError = await exit({ plate, payment_method: "pass" });
    const passField = (passError.body.error as { field_errors: Record<string, { message: string; message_fa: string }> }).field_errors.payment_method;
    expect(passField.message_fa).toContain("اشتراک");
    expect(passField.message).toContain("pass rules");
    expect((await api(server, `/api/sessions?plate=${encodeURIComponent(plate)}`)).body.items).toMatchObject([{ status: "open" }]);
  });
});

describe("shifts over REST", () => {
  it("opens, counts the caller's exits per method, closes with the difference and stays locked", async () => {
    expect((await api(server, "/api/shift")).body).toEqual({ shift: null });
    const opened = await api(server, "/api/shift", { method: "POST" });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ operator: "it-operator", closed_at: null, exits: 0, counted_cash: null, difference: null });
    const again = await api(server, "/api/shift", { method: "POST" });
    expect([again.status, errorCode(again)]).toEqual([409, "shift_open"]);

    await exit({ plate: await enter() });
    await exit({ plate: await enter(), payment_method: "card" });
    await exit({ plate: await enter(), payment_method: "exempt", exempt_reason: "police" });
    // The admin's exits are not the operator's shift.
    await api(server, "/api/exit", { method: "POST", token: server.adminToken, body: { plate: await enter() } });
    const live = (await api(server, "/api/shift")).body.shift as Shift;
    expect(live).toMatchObject({ id: (opened.body as Shift).id, exits: 3, expected_cash: 20_000, expected_card: 20_000, exempt_exits: 1, waived_amount: 20_000 });

    for (const counted_cash of [-1, 1.5, "lots", 10_000_000_001]) {
      const bad = await api(server, "/api/shift/close", { method: "POST", body: { counted_cash } });
      expect(bad.status, String(counted_cash)).toBe(422);
    }
    const closed = await api(server, "/api/shift/close", { method: "POST", body: { counted_cash: "۱۵٬۰۰۰" } });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ exits: 3, expected_cash: 20_000, counted_cash: 15_000, difference: -5_000, closed_at: expect.any(String) });

    const late = await exit({ plate: await enter() });
    expect(late.status).toBe(200);
    const closeAgain = await api(server, "/api/shift/close", { method: "POST", body: { counted_cash: 1 } });
    expect([closeAgain.status, errorCode(closeAgain)]).toEqual([409, "no_open_shift"]);

    const csv = await fetch(`${server.baseUrl}/api/shifts/export?operator=it-operator`, { headers: { authorization: `Bearer ${server.adminToken}` } });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).replace("\uFEFF", "").trim().split("\r\n");
    expect(lines[0]).toContain("متصدی");
    expect(lines[1]).toMatch(new RegExp(`^${(closed.body as Shift).id},it-operator,.*,3,20000,20000,0,1,20000,15000,-5000$`));
    expect((await api(server, "/api/shifts/export")).status).toBe(403);
    expect((await api(server, "/api/shifts/export?day=yesterday", { token: server.adminToken })).status).toBe(422);
    expect((await api(server, "/api/shift", { token: null })).status).toBe(401);
  });
});

describe("history and reports by payment method", () => {
  it("filters GET /api/sessions and its export by payment_method; an unknown one is 422", async () => {
    const plate = await enter();
    await exit({ plate, payment_method: "card" });
    const cards = (await api(server, "/api/sessions?payment_method=card&limit=100")).body.items as Array<{ plate: string; payment_method: string }>;
    expect(cards.map((i) => i.plate)).toContain(plate);
    expect(cards.every((i) => i.payment_method === "card")).toBe(true);
    expect((await api(server, "/api/sessions?payment_method=exempt&limit=100")).body.items).not.toContainEqual(expect.objectContaining({ plate }));
    expect((await api(server, "/api/sessions?payment_method=bitcoin")).status).toBe(422);
    const csv = await fetch(`${server.baseUrl}/api/sessions/export?format=csv&payment_method=card&plate=${encodeURIComponent(plate)}`, {
      headers: { authorization: `Bearer ${server.operatorToken}` },
    });
    const [header, row] = (await csv.text()).replace("\uFEFF", "").trim().split("\r\n");
    expect(header).toContain("روش پرداخت");
    expect(row).toContain(",کارت,");
  });

  it("splits the report's revenue by method", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tehran" }).format(new Date());
    type Split = Array<{ method: string | null; exits: number; revenue: number; waived: number }>;
    const split = async () => ((await api(server, `/api/reports?from=${today}&to=${today}`, { token: server.adminToken })).body.by_payment_method as Split);
    const before = await split();
    await exit({ plate: await enter(), payment_method: "card" });
    await exit({ plate: await enter(), payment_method: "exempt", exempt_reason: "guest" });
    const after = await split();
    const of = (rows: Split, method: string) => rows.find((r) => r.method === method) ?? { exits: 0, revenue: 0, waived: 0 };
    expect(of(after, "card").revenue - of(before, "card").revenue).toBe(20_000);
    expect(of(after, "exempt").waived - of(before, "exempt").waived).toBe(20_000);
    expect(of(after, "exempt").revenue).toBe(0);
    expect(after.map((r) => r.method)).toEqual(["cash", "card", "pass", "exempt", null].filter((m) => after.some((r) => r.method === m)));
  });
});
