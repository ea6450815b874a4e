import { describe, expect, it } from "vitest";
import { getMessages, interpolate } from "./messages";
import { localeDirection, toLocale } from "./locale";

function keysOf(value: object): string[] {
  return Object.entries(value).flatMap(([section, entries]) =>
    Object.keys(entries as object).map((key) => `${section}.${key}`),
  );
}

describe("dictionaries", () => {
  it("have the same keys and no empty strings", () => {
    const fa = getMessages("fa");
    const en = getMessages("en");
    expect(keysOf(en).sort()).toEqual(keysOf(fa).sort());
    for (const dictionary of [fa, en]) {
      for (const section of Object.values(dictionary)) {
        for (const text of Object.values(section as Record<string, string>)) expect(text.trim()).not.toBe("");
      }
    }
  });
});

describe("interpolate", () => {
  it("fills placeholders and keeps unknown ones visible", () => {
    expect(interpolate("ورود {plate} در {time}", { plate: "۱۲ب۳۴۵-۶۷", time: "۲۰:۰۰" })).toBe(
      "ورود ۱۲ب۳۴۵-۶۷ در ۲۰:۰۰",
    );
    expect(interpolate("{count} cars, {missing}", { count: 3 })).toBe("3 cars, {missing}");
  });
});

describe("locale", () => {
  it("falls back to Persian and maps direction", () => {
    expect(toLocale("en")).toBe("en");
    expect(toLocale("de")).toBe("fa");
    expect(toLocale(undefined)).toBe("fa");
    expect(localeDirection("fa")).toBe("rtl");
    expect(localeDirection("en")).toBe("ltr");
  });
});
