import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  formatDayLabel,
  formatDigits,
  formatDuration,
  formatJalaliMonthOf,
  formatNumber,
  formatPercent,
  formatTime,
  formatToman,
} from "./format";

// 16:30 UTC is 20:00 in Tehran (UTC+3:30); 25 Nov 2026 is 4 Azar 1405.
const AT = new Date("2026-11-25T16:30:00Z");

describe("numbers", () => {
  it("uses Persian digits and separators in Persian", () => {
    expect(formatNumber(20000, "fa")).toBe("۲۰٬۰۰۰");
    expect(formatToman(45000, "fa")).toBe("۴۵٬۰۰۰ تومان");
  });

  it("uses Latin digits in English", () => {
    expect(formatNumber(20000, "en")).toBe("20,000");
    expect(formatToman(45000, "en")).toBe("45,000 Toman");
  });

  it("writes confidences as percentages with one decimal at most", () => {
    expect(formatPercent(0.987, "fa")).toBe("۹۸٫۷٪");
    expect(formatPercent(0.5, "en")).toBe("50%");
  });

  it("writes plate digits without grouping", () => {
    expect(formatDigits("12ب345-67", "fa")).toBe("۱۲ب۳۴۵-۶۷");
    expect(formatDigits("12ب345-67", "en")).toBe("12ب345-67");
  });
});

describe("dates", () => {
  it("shows Jalali dates in Tehran time in Persian", () => {
    expect(formatDateTime(AT, "fa")).toBe("۴ آذر ۱۴۰۵، ۲۰:۰۰");
    expect(formatTime(AT, "fa")).toBe("۲۰:۰۰");
  });

  it("shows Gregorian dates in English", () => {
    expect(formatDateTime(AT, "en")).toBe("25 Nov 2026, 20:00");
    expect(formatTime(AT.toISOString(), "en")).toBe("20:00");
  });
});

describe("formatDuration", () => {
  it("joins hours and minutes with و in Persian", () => {
    expect(formatDuration(125, "fa")).toBe("۲ ساعت و ۵ دقیقه");
    expect(formatDuration(60, "fa")).toBe("۱ ساعت");
    expect(formatDuration(1505, "fa")).toBe("۱ روز و ۱ ساعت و ۵ دقیقه");
  });

  it("uses singular and plural units in English", () => {
    expect(formatDuration(125, "en")).toBe("2 hours 5 minutes");
    expect(formatDuration(61, "en")).toBe("1 hour 1 minute");
    expect(formatDuration(2880, "en")).toBe("2 days");
  });

  it("reads a zero or negative stay as zero minutes", () => {
    expect(formatDuration(0, "fa")).toBe("۰ دقیقه");
    expect(formatDuration(-3, "en")).toBe("0 minutes");
  });
});

describe("report labels", () => {
  it("names days and Jalali months in both languages", () => {
    expect(formatDayLabel(AT, "fa")).toBe("چهارشنبه ۴ آذر");
    expect(formatDayLabel(AT, "en")).toBe("Wed 25 Nov");
    expect(formatJalaliMonthOf(AT, "fa")).toBe("آذر ۱۴۰۵");
    expect(formatJalaliMonthOf(AT, "en")).toBe("Azar 1405");
  });
});
