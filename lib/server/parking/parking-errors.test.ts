import { describe, expect, it } from "vitest";
import { alreadyInside, notInside } from "./parking-errors";

describe("plate in an error sentence", () => {
  it("keeps the printed order: a left-to-right mark after the letter, the whole plate isolated", () => {
    expect(notInside("24ج357-26").messages.fa).toBe("خودروی \u2066۲۴ج\u200e۳۵۷-۲۶\u2069 در پارکینگ نیست.");
    expect(alreadyInside("10الف123-45").messages.en).toBe("Car \u206610الف\u200e123-45\u2069 is already inside.");
  });
});
