"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useI18n } from "@/components/i18n-provider";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";

const YEAR_SECONDS = 60 * 60 * 24 * 365;

export function LocaleSwitch({ className = "" }: { className?: string }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const next = locale === "fa" ? "en" : "fa";

  function switchLocale() {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
    startTransition(() => router.refresh());
  }

  return (
    <button
      type="button"
      onClick={switchLocale}
      disabled={pending}
      lang={next}
      aria-label={`${t.common.language}: ${t.common.switchTo}`}
      className={`rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-current/30 hover:bg-white/10 ${className}`}
    >
      {t.common.switchTo}
    </button>
  );
}
