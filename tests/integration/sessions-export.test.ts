import ExcelJS from "exceljs";
import { describe, expect, inject, it } from "vitest";
import { api, errorCode, uniquePlate } from "./support/http";
import { tokenCli } from "./support/server";

const server = inject("sqlite");

/** A stay registered by a token whose name a spreadsheet would run as a formula. */
async function stayByFormulaToken() {
  const token = tokenCli(server.databaseUrl, ["create", "--name", "=HYPERLINK(\"http://evil\")", "--role", "operator"]);
  const plate = uniquePlate("ج");
  expect((await api(server, "/api/entry", { method: "POST", body: { plate }, token })).status).toBe(200);
  expect((await api(server, "/api/exit", { method: "POST", body: { plate } })).status).toBe(200);
  return plate;
}

const download = (path: string) => fetch(`${server.baseUrl}${path}`, { headers: { authorization: `Bearer ${server.operatorToken}` } });

describe("GET /api/sessions/{id}", () => {
  it("answers one stay as in the list, 404 for an unknown id and 400 for a non-integer", async () => {
    const plate = uniquePlate();
    await api(server, "/api/entry", { method: "POST", body: { plate } });
    const listed = ((await api(server, `/api/sessions?plate=${encodeURIComponent(plate)}`)).body.items as Array<{ id: number }>)[0];
    const one = await api(server, `/api/sessions/${listed.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ ...listed, entry_operator: "it-operator", exit_operator: null });
    const missing = await api(server, "/api/sessions/2147483000");
    expect([missing.status, errorCode(missing)]).toEqual([404, "unknown_session"]);
    expect(missing.body.error).toMatchObject({ message: "There is no such stay.", message_fa: "چنین ورودی ثبت نشده است." });
    for (const bad of ["abc", "1.5", "-3", "0", "99999999999"]) expect((await api(server, `/api/sessions/${bad}`)).status, bad).toBe(400);
    expect((await api(server, `/api/sessions/${listed.id}`, { token: null })).status).toBe(401);
  });
});

describe("GET /api/sessions/export", () => {
  it("writes a CSV with a BOM, Persian headers, Jalali and ISO times and formula-safe names, filtered", async () => {
    const plate = await stayByFormulaToken();
    const res = await download(`/api/sessions/export?format=csv&plate=${encodeURIComponent(plate)}&operator=${encodeURIComponent('=HYPERLINK("http://evil")')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="pelak-stays-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([res.headers.get("x-export-rows"), res.headers.get("x-export-truncated"), res.headers.get("x-export-row-cap")]).toEqual(["1", "false", "100000"]);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row, end] = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(header.split(",")).toEqual(["شناسه", "پلاک", "ورود (شمسی)", "ورود (ISO)", "خروج (شمسی)", "خروج (ISO)", "مدت (دقیقه)", "هزینه (تومان)", "وضعیت", "ثبت ورود", "ثبت خروج", "گیت ورود", "گیت خروج", "روش پرداخت", "دلیل معافیت", "مبلغ بخشوده (تومان)"]);
    expect(end).toBe("");
    expect(row).toMatch(new RegExp(`^\\d+,${plate},14\\d\\d/\\d\\d/\\d\\d \\d\\d:\\d\\d,20\\d\\d-[^,]+Z,14\\d\\d/[^,]+,20[^,]+Z,\\d+,\\d+,خارج شده,"'=HYPERLINK\\(""http://evil""\\)",it-operator,,,(نقد)?,,$`));
  });

  it("writes an XLSX with a right-to-left sheet, numeric cells and the apostrophe on formula-like text", async () => {
    const plate = await stayByFormulaToken();
    const res = await download(`/api/sessions/export?format=xlsx&plate=${encodeURIComponent(plate)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/filename="pelak-stays-[\d-]+\.xlsx"$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true });
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(1).getCell(2).value).toBe("پلاک");
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe(plate);
    expect(typeof row.getCell(1).value).toBe("number");
    expect(typeof row.getCell(8).value).toBe("number");
    expect(row.getCell(10).value).toBe("'=HYPERLINK(\"http://evil\")");
    expect(row.getCell(10).formula).toBeUndefined();
  });

  it("refuses a missing format, a gate that is not an id and an unknown payment method", async () => {
    for (const [query, field] of [["", "format"], ["format=pdf", "format"], ["format=csv&gate=North", "gate"], ["format=csv&payment_method=bitcoin", "payment_method"]]) {
      const res = await api(server, `/api/sessions/export?${query}`);
      expect(res.status, query).toBe(422);
      expect(Object.keys((res.body.error as { field_errors: object }).field_errors), query).toContain(field);
    }
    expect((await api(server, "/api/sessions?gate=0")).status).toBe(422);
    expect((await api(server, "/api/sessions/export?format=csv", { token: null })).status).toBe(401);
  });
});
