import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { parsePassCsv, parseWatchCsv, passesCsv, watchListCsv } from "./pass-csv";
import { normalizeIranMobile } from "./pass-schema";

describe("parseCsv", () => {
  it("reads quotes, commas and line breaks inside quotes, CRLF and a byte-order mark", () => {
    expect(parseCsv('\ufeffa,b\r\n"x, ""y""",2\n"two\nlines",\n\n')).toEqual([["a", "b"], ['x, "y"', "2"], ["two\nlines", ""]]);
  });
});

describe("normalizeIranMobile", () => {
  it("accepts the usual spellings and stores 09xxxxxxxxx", () => {
    for (const text of ["09121234567", "+98 912 123 4567", "00989121234567", "۰۹۱۲-۱۲۳-۴۵۶۷", "9121234567"]) {
      expect(normalizeIranMobile(text)).toBe("09121234567");
    }
  });
  it("refuses landlines and short numbers", () => {
    expect(normalizeIranMobile("02112345678")).toBeNull();
    expect(normalizeIranMobile("0912123456")).toBeNull();
  });
});

describe("pass CSV", () => {
  const header = "holder,phone,plates,valid_from,valid_to,kind,fee\n";

  it("takes good rows and reports each bad one with its line, field and a bilingual reason", () => {
    const text = header +
      'Sara,09121234567,"12ب345-67;۱۳ج۴۵۶ ایران ۷۸",1405/09/01,1405/09/30,paid,"1,500,000"\n' +
      "Ali,0212222,12ب345-67,1405/09/01,1405/09/30,free,\n" +
      "Reza,09121234567,12X345-67,1405/09/01,1405/09/30,free,0\n" +
      "Mina,09121234567,22ب345-67,1405/09/30,1405/09/01,free,0\n" +
      "Neda,09121234567,,1405/09/01,1405/09/30,free,0\n";
    const { rows, rejections } = parsePassCsv(text);
    expect(rows).toEqual([
      { holder: "Sara", phone: "09121234567", plates: ["12ب345-67", "13ج456-78"], valid_from: "2026-11-22", valid_to: "2026-12-21", kind: "paid", fee: 1_500_000 },
    ]);
    expect(rejections.map((r) => [r.line, r.field])).toEqual([[3, "phone"], [4, "plates"], [5, "valid_to"], [6, "plates"]]);
    expect(rejections[0].message.fa).toContain("شماره همراه");
    expect(rejections[0].message.en).toContain("mobile");
  });

  it("names missing columns", () => {
    expect(parsePassCsv("holder,phone\nA,0912").rejections[0].message.en).toContain("plates");
  });

  it("round-trips its own export, with formula-like text kept as text", () => {
    const csv = passesCsv([{ holder: "=HYPERLINK(1)", phone: "09121234567", plates: ["12ب345-67"], validFrom: "2026-11-22", validTo: "2026-12-21", kind: "free", fee: 0 }]);
    expect(csv).toContain("'=HYPERLINK(1)");
    expect(csv).toContain("1405/09/01");
    const { rows } = parsePassCsv(csv);
    expect(rows[0]).toMatchObject({ holder: "=HYPERLINK(1)", valid_from: "2026-11-22", valid_to: "2026-12-21" });
  });
});

describe("watch-list CSV", () => {
  it("imports, rejects a wrong kind and exports safely", () => {
    const { rows, rejections } = parseWatchCsv("plate,kind,reason\n12ب345-67,deny,unpaid\n13ج456-78,maybe,x\n");
    expect(rows).toEqual([{ plate: "12ب345-67", kind: "deny", reason: "unpaid" }]);
    expect(rejections).toMatchObject([{ line: 3, field: "kind" }]);
    expect(watchListCsv([{ plate: "12ب345-67", kind: "alert", reason: "+cmd" }])).toContain("'+cmd");
  });
});
