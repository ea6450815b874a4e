import { describe, expect, it } from "vitest";
import { amountInWords, caretAfterDigits, groupDigits, moneyDigits } from "./money-input";

describe("money input helpers", () => {
  it("keeps the digits of any script, drops separators and leading zeros", () => {
    expect(moneyDigits("۱٬۵۰۰٬۰۰۰")).toBe("1500000");
    expect(moneyDigits("1,500,000")).toBe("1500000");
    expect(moneyDigits("٢٠٠٠٠ تومان")).toBe("20000");
    expect(moneyDigits("007")).toBe("7");
    expect(moneyDigits("0")).toBe("0");
    expect(moneyDigits("")).toBe("");
  });

  it("groups digits in threes with the locale's separator and digits", () => {
    expect(groupDigits("1500000", "fa")).toBe("۱٬۵۰۰٬۰۰۰");
    expect(groupDigits("1500000", "en")).toBe("1,500,000");
    expect(groupDigits("999", "en")).toBe("999");
    expect(groupDigits("", "fa")).toBe("");
  });

  it("puts the caret after as many digits as were before it", () => {
    expect(caretAfterDigits("1,500,000", 2)).toBe(3);
    expect(caretAfterDigits("۱٬۵۰۰٬۰۰۰", 4)).toBe(5);
    expect(caretAfterDigits("1,500", 0)).toBe(0);
    expect(caretAfterDigits("1,500", 9)).toBe(5);
  });

  it("says the amount in words in Persian and English", () => {
    expect(amountInWords(1_500_000, "fa")).toBe("یک میلیون و پانصد هزار");
    expect(amountInWords(20_000, "fa")).toBe("بیست هزار");
    expect(amountInWords(0, "fa")).toBe("صفر");
    expect(amountInWords(1_500_000, "en")).toBe("one million five hundred thousand");
    expect(amountInWords(100_000_000, "en")).toBe("one hundred million");
    expect(amountInWords(21_345, "en")).toBe("twenty-one thousand three hundred forty-five");
    expect(amountInWords(0, "en")).toBe("zero");
    expect(amountInWords(-1, "en")).toBe("");
  });
});
