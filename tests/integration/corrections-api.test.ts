import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, errorCode, uniquePlate } from "./support/http";

const server = inject("sqlite");

const fieldErrors = (res: { body: Record<string, unknown> }) => Object.keys((res.body.error as { field_errors?: object }).field_errors ?? {});
const patch = (id: number, body: unknown, token: string | null = server.adminToken) => api(server, `/api/sessions/${id}`, { method: "PATCH", token, body });
const voidIt = (id: number, body: unknown, token: string | null = server.adminToken) => api(server, `/api/sessions/${id}/void`, { method: "POST", token, body });

/** A closed stay of one hour-ish (20,000) and its id. */
async function closedStay(): Promise<{ id: number; plate: string }> {
  const plate = uniquePlate();
  const entry = await api(server, "/api/entry", { method: "POST", body: { plate } });
  expect((await api(server, "/api/exit", { method: "POST", body: { plate } })).status).toBe(200);
  return { id: entry.body.entry_id as number, plate };
}

beforeAll(async () => {
  await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { capacity: 10_000, price_per_hour: 20_000, grace_minutes: 0 } });
});

describe("PATCH /api/sessions/{id}", () => {
  it("corrects the amount and the plate for an admin and answers the stay as GET does; a replay changes nothing", async () => {
    const { id } = await closedStay();
    const plate = uniquePlate();
    const res = await patch(id, { cost: 5_000, plate, reason: "تخفیف مدیر" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, plate, cost: 5_000, status: "closed", payment_method: "cash" });
    expect((await api(server, `/api/sessions/${id}`)).body).toEqual(res.body);
    const again = await patch(id, { cost: 5_000, plate, reason: "تخفیف مدیر" });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(res.body);
  });

  it("re-prices a closed stay whose entry moves three hours earlier", async () => {
    const { id } = await closedStay();
    const stay = (await api(server, `/api/sessions/${id}`)).body as { entry_at: string; cost: number };
    expect(stay.cost).toBe(20_000);
    const res = await patch(id, { entry_at: new Date(new Date(stay.entry_at).getTime() - 3 * 3_600_000).toISOString(), reason: "ورود زودتر" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ duration: 180, cost: 60_000 });
  });

  it("refuses operators (403), unknown stays (404), bad ids (400) and bad input (422, bilingual)", async () => {
    const { id } = await closedStay();
    expect((await patch(id, { cost: 1, reason: "x" }, server.operatorToken)).status).toBe(403);
    expect((await patch(id, { cost: 1, reason: "x" }, null)).status).toBe(401);
    expect((await patch(2_000_000_000, { cost: 1, reason: "x" })).status).toBe(404);
    expect((await api(server, "/api/sessions/abc", { method: "PATCH", token: server.adminToken, body: { cost: 1, reason: "x" } })).status).toBe(400);
    for (const [body, field] of [
      [{ cost: 1 }, "reason"],
      [{ cost: 1, reason: "  " }, "reason"],
      [{ cost: 1, reason: "a\u202eb" }, "reason"],
      [{ cost: -1, reason: "x" }, "cost"],
      [{ cost: 1.5, reason: "x" }, "cost"],
      [{ entry_at: "yesterday", reason: "x" }, "entry_at"],
      [{ exit_at: "2999-01-01T00:00:00Z", reason: "x" }, "exit_at"],
      [{ plate: "12345", reason: "x" }, "plate"],
      [{ status: "void", reason: "x" }, "status"],
    ] as const) {
      const res = await patch(id, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(fieldErrors(res), JSON.stringify(body)).toContain(field);
      expect((res.body.error as { message_fa: string }).message_fa).toBeTruthy();
    }
    const empty = await patch(id, { reason: "هیچ" });
    expect(empty.status).toBe(422);
    expect(errorCode(empty)).toBe("empty_correction");
  });

  it("refuses a plate already inside with 409 and changes nothing", async () => {
    const inside = uniquePlate();
    await api(server, "/api/entry", { method: "POST", body: { plate: inside } });
    const other = uniquePlate();
    const entry = await api(server, "/api/entry", { method: "POST", body: { plate: other } });
    const res = await patch(entry.body.entry_id as number, { plate: inside, reason: "پلاک" });
    expect(res.status).toBe(409);
    expect(errorCode(res)).toBe("already_inside");
    expect((await api(server, `/api/sessions/${entry.body.entry_id}`)).body).toMatchObject({ plate: other, status: "open" });
  });
});

describe("POST /api/sessions/{id}/void", () => {
  it("voids a car inside, frees its plate for a new entry, repeats harmlessly, and refuses operators and unknown stays", async () => {
    const plate = uniquePlate();
    const entry = await api(server, "/api/entry", { method: "POST", body: { plate } });
    const id = entry.body.entry_id as number;
    expect((await voidIt(id, { reason: "x" }, server.operatorToken)).status).toBe(403);
    expect((await voidIt(id, {})).status).toBe(422);
    expect((await voidIt(2_000_000_000, { reason: "x" })).status).toBe(404);
    const res = await voidIt(id, { reason: "خوانش اشتباه" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, plate, status: "void", cost: null });
    expect((await voidIt(id, { reason: "دوباره" })).body).toEqual(res.body);
    expect((await api(server, "/api/entry", { method: "POST", body: { plate } })).status).toBe(200);
    expect((await patch(id, { cost: 1, reason: "x" })).status).toBe(409);
    expect((await api(server, "/api/sessions?status=void")).body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id, status: "void" })]));
  });
});
