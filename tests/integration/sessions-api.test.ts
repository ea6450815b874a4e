import { describe, expect, inject, it } from "vitest";
import { api, errorCode, uniquePlate } from "./support/http";

const server = inject("sqlite");

type Page = { items: Array<Record<string, unknown>>; next_cursor: string | null };

describe("GET /api/sessions", () => {
  it("pages the stays newest first with next_cursor, filtered by plate and status", async () => {
    const plates = [uniquePlate(), uniquePlate(), uniquePlate()];
    for (const plate of plates) expect((await api(server, "/api/entry", { method: "POST", body: { plate } })).status).toBe(200);
    expect((await api(server, "/api/exit", { method: "POST", body: { plate: plates[0] } })).status).toBe(200);

    const first = (await api(server, "/api/sessions?limit=2")).body as Page;
    expect(first.items.map((i) => i.plate)).toEqual([plates[2], plates[1]]);
    expect(first.items[0]).toEqual({
      id: expect.any(Number), plate: plates[2], entry_at: expect.any(String), exit_at: null, duration: null, cost: null, status: "open",
      entry_operator: "it-operator", exit_operator: null, entry_gate: null, exit_gate: null,
      payment_method: null, exempt_reason: null, waived_amount: null,
    });
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = (await api(server, `/api/sessions/?limit=2&cursor=${first.next_cursor}`)).body as Page;
    expect(second.items[0]).toMatchObject({ plate: plates[0], status: "closed", duration: expect.any(Number), cost: expect.any(Number) });
    expect(second.items[0].exit_at).toEqual(expect.any(String));

    // The whole plate typed with Persian digits and spaces, and a fragment of it.
    const persian = plates[0].replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]).replace("-", " ایران ");
    const byPlate = (await api(server, `/api/sessions?plate=${encodeURIComponent(persian)}`)).body as Page;
    expect(byPlate.items.map((i) => i.plate)).toEqual([plates[0]]);
    expect(byPlate.next_cursor).toBeNull();
    const fragment = plates[1].slice(3, 9);
    const byFragment = (await api(server, `/api/sessions?plate=${encodeURIComponent(fragment)}&status=open`)).body as Page;
    expect(byFragment.items.map((i) => i.plate)).toContain(plates[1]);

    const today = new Date().toISOString().slice(0, 10);
    const ranged = await api(server, `/api/sessions?from=2000-01-01&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}&limit=100`);
    expect(ranged.status).toBe(200);
    expect((await api(server, `/api/sessions?from=${today}T00:00:00Z&to=2000-01-01`)).body).toEqual({ items: [], next_cursor: null });
  });

  it("answers 422 with the field for a bad cursor, limit, status or date", async () => {
    for (const [query, field] of [
      ["cursor=bm90LWEtY3Vyc29y", "cursor"],
      ["cursor=%25%25", "cursor"],
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["limit=ten", "limit"],
      ["status=parked", "status"],
      ["from=yesterday", "from"],
      ["limit=5&limit=6", "limit"],
    ]) {
      const res = await api(server, `/api/sessions?${query}`);
      expect(res.status, query).toBe(422);
      expect(errorCode(res)).toBe("validation");
      expect(Object.keys((res.body.error as { field_errors: object }).field_errors), query).toContain(field);
    }
  });

  it("needs a token or a session", async () => {
    const res = await api(server, "/api/sessions", { token: null });
    expect(res.status).toBe(401);
    expect((await api(server, "/api/sessions", { token: "pelak_wrong" })).status).toBe(401);
  });
});
