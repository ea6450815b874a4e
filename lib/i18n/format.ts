import type { Locale } from "./locale";
import { dateTimeFormat } from "./date-time-format";

/** Lots are in Iran; a fixed zone keeps server-rendered and browser-rendered times identical. */
export const TIME_ZONE = "Asia/Tehran";

const NUMBER_LOCALE: Record<Locale, string> = { fa: "fa-IR", en: "en-US" };
const DATE_LOCALE: Record<Locale, string> = { fa: "fa-IR-u-ca-persian", en: "en-GB" };

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 0 });
    numberFormats.set(locale, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

/** A fraction (0..1) as a percentage with at most one decimal: "۹۸٫۷٪" / "98.7%". */
export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { style: "percent", maximumFractionDigits: 1 }).format(fraction);
}

/** Digits only, no grouping: for plates, codes and counts read digit by digit. */
export function formatDigits(value: string, locale: Locale): string {
  if (locale === "en") return value;
  return value.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}

/** Amounts are whole Toman, as set in the lot settings. */
export function formatToman(amount: number, locale: Locale): string {
  const value = formatNumber(amount, locale);
  return locale === "fa" ? `${value} تومان` : `${value} Toman`;
}

export function formatDateTime(date: Date | string, locale: Locale): string {
  return dateTimeFormat(DATE_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(new Date(date));
}

export function formatTime(date: Date | string, locale: Locale): string {
  return dateTimeFormat(DATE_LOCALE[locale], {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: TIME_ZONE,
  }).format(new Date(date));
}

const UNITS: Record<Locale, { day: [string, string]; hour: [string, string]; minute: [string, string] }> = {
  fa: { day: ["روز", "روز"], hour: ["ساعت", "ساعت"], minute: ["دقیقه", "دقیقه"] },
  en: { day: ["day", "days"], hour: ["hour", "hours"], minute: ["minute", "minutes"] },
};

/** "۲ ساعت و ۵ دقیقه" / "2 hours 5 minutes"; zero parts are left out, a zero stay reads "0 minutes". */
export function formatDuration(totalMinutes: number, locale: Locale): string {
  const minutes = Math.max(0, Math.floor(totalMinutes));
  const parts: Array<[number, keyof (typeof UNITS)["fa"]]> = [
    [Math.floor(minutes / 1440), "day"],
    [Math.floor((minutes % 1440) / 60), "hour"],
    [minutes % 60, "minute"],
  ];
  const shown = parts.filter(([count]) => count > 0);
  if (shown.length === 0) shown.push([0, "minute"]);
  const words = shown.map(([count, unit]) => {
    const [one, many] = UNITS[locale][unit];
    return `${formatNumber(count, locale)} ${count === 1 ? one : many}`;
  });
  return words.join(locale === "fa" ? " و " : " ");
}

/** A report row's day: "چهارشنبه ۴ آذر" / "Wed 25 Nov". */
export function formatDayLabel(date: Date | string, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    locale === "fa" ? { weekday: "long", day: "numeric", month: "long" } : { weekday: "short", day: "numeric", month: "short" };
  return dateTimeFormat(DATE_LOCALE[locale], { ...options, timeZone: TIME_ZONE }).format(new Date(date));
}

/** A Jalali month by name, e.g. "آذر ۱۴۰۵" / "Azar 1405", from any instant inside it. */
export function formatJalaliMonthOf(instant: Date, locale: Locale): string {
  const calendarLocale = locale === "fa" ? "fa-IR-u-ca-persian" : "en-US-u-ca-persian";
  const parts = dateTimeFormat(calendarLocale, { year: "numeric", month: "long", timeZone: TIME_ZONE }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("month")} ${get("year")}`;
}
