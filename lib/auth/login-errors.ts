/**
 * Codes the credentials sign-in can fail with (next-auth passes them as `error`), with the
 * messages the login page shows. Wrong username and wrong password are deliberately one code.
 */
export const LOGIN_ERRORS = {
  CredentialsSignin: { fa: "نام کاربری یا رمز عبور نادرست است.", en: "Wrong username or password." },
  inactive_user: { fa: "این حساب غیرفعال شده است.", en: "This account has been deactivated." },
  rate_limited: {
    fa: "تلاش‌های ناموفق زیاد بود؛ کمی بعد دوباره امتحان کنید (هر خطای دیگر انتظار را دو برابر می‌کند) یا از مدیر بخواهید مسدودی را پاک کند.",
    en: "Too many failed attempts; try again later (each further failure doubles the wait), or ask an admin to clear the block.",
  },
} as const;

export type LoginErrorCode = keyof typeof LOGIN_ERRORS;
