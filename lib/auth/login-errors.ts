/**
 * Codes the credentials sign-in can fail with (next-auth passes them as `error`), with the
 * messages the login page shows. Wrong username and wrong password are deliberately one code.
 */
export const LOGIN_ERRORS = {
  CredentialsSignin: { fa: "نام کاربری یا رمز عبور نادرست است.", en: "Wrong username or password." },
  inactive_user: { fa: "این حساب غیرفعال شده است.", en: "This account has been deactivated." },
  rate_limited: {
    fa: "تلاش‌های ناموفق زیاد بود؛ ۱۵ دقیقه دیگر دوباره امتحان کنید.",
    en: "Too many failed attempts; try again in 15 minutes.",
  },
} as const;

export type LoginErrorCode = keyof typeof LOGIN_ERRORS;
