import { describe, expect, it } from "vitest";
import { getMessages } from "./messages";

type Dictionary = Record<string, Record<string, string>>;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** The numbers a text states, in ASCII digits: "۱ تا ۱۰" and "1 to 10" both give [1, 10]. */
const numbers = (text: string) =>
  (text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/(\d)[,٬](\d{3})/g, "$1$2").match(/\d+/g) ?? []).map(Number);

function pairs(): Array<[string, string, string]> {
  const fa = getMessages("fa") as unknown as Dictionary;
  const en = getMessages("en") as unknown as Dictionary;
  return Object.entries(fa).flatMap(([section, texts]) =>
    Object.entries(texts).map(([key, text]): [string, string, string] => [`${section}.${key}`, text, en[section][key]]),
  );
}

describe("Persian and English say the same thing", () => {
  it("with the same placeholders", () => {
    for (const [key, fa, en] of pairs()) expect(placeholders(en), key).toEqual(placeholders(fa));
  });

  it("with the same numbers (ranges, limits, minutes)", () => {
    for (const [key, fa, en] of pairs()) expect(numbers(en), key).toEqual(numbers(fa));
  });

  it("describing the grace period as the tariff applies it (a stay no longer than it is free)", () => {
    const fa = getMessages("fa").settings;
    const en = getMessages("en").settings;
    expect(fa.graceHelp).toContain("بیشتر نشود");
    expect(en.graceHelp).toContain("no longer than");
    expect(en.graceMinutes).toBe("Free time (minutes)");
  });
});
