import { formatDuration } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { interpolate } from "@/lib/i18n/messages";

/**
 * Codes the credentials sign-in can fail with (next-auth passes them as `error`), with the
 * messages the login page shows. Wrong username and wrong password are deliberately one code.
 * A block travels as `rate_limited:<seconds left>` so the page can say how long to wait.
 */
export const LOGIN_ERRORS = {
  CredentialsSignin: { fa: "نام کاربری یا رمز عبور نادرست است.", en: "Wrong username or password." },
  inactive_user: { fa: "این حساب غیرفعال شده است.", en: "This account has been deactivated." },
  rate_limited: {
    fa: "تلاش‌های ناموفق زیاد بود؛ کمی بعد دوباره امتحان کنید (هر خطای دیگر انتظار را دو برابر می‌کند) یا از مدیر بخواهید مسدودی را پاک کند.",
    en: "Too many failed attempts; try again later (each further failure doubles the wait), or ask an admin to clear the block.",
  },
} as const;

const RATE_LIMITED_WAIT = {
  fa: "تلاش‌های ناموفق زیاد بود؛ {wait} دیگر دوباره امتحان کنید (هر خطای دیگر انتظار را دو برابر می‌کند) یا از مدیر بخواهید مسدودی را پاک کند.",
  en: "Too many failed attempts; try again in {wait} (each further failure doubles the wait), or ask an admin to clear the block.",
};

export type LoginErrorCode = keyof typeof LOGIN_ERRORS;

/** The error next-auth passes on for a refused sign-in: the code, and for a block the seconds left. */
export function loginErrorText(code: LoginErrorCode, waitSeconds?: number): string {
  return waitSeconds && waitSeconds > 0 ? `${code}:${Math.ceil(waitSeconds)}` : code;
}

/** The login page's message for next-auth's `error`, or null when it is not one of ours. */
export function loginErrorMessage(error: string, locale: Locale): string | null {
  const [code, seconds] = error.split(":");
  if (!Object.hasOwn(LOGIN_ERRORS, code)) return null;
  const wait = Number(seconds);
  if (code === "rate_limited" && Number.isInteger(wait) && wait > 0) {
    // Blocks last whole minutes (1, 2, 4 … 60); what is left is said in minutes, rounded up.
    return interpolate(RATE_LIMITED_WAIT[locale], { wait: formatDuration(Math.ceil(wait / 60), locale) });
  }
  return LOGIN_ERRORS[code as LoginErrorCode][locale];
}
