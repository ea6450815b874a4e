import { AppError } from "../errors";

export const unauthorized = () =>
  new AppError({
    kind: "unauthorized",
    messages: { fa: "ابتدا وارد شوید یا توکن معتبر بفرستید.", en: "Sign in or send a valid API token." },
  });

export const forbidden = () =>
  new AppError({
    kind: "forbidden",
    messages: { fa: "شما اجازه این کار را ندارید.", en: "You are not allowed to do this." },
  });

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError({
    kind: "rate_limited",
    messages: {
      fa: `تلاش‌های ناموفق زیاد بود؛ ${Math.ceil(retryAfterSeconds / 60)} دقیقه دیگر دوباره امتحان کنید.`,
      en: `Too many failed attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    },
    headers: { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });
