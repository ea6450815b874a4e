"use client";

import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";

/** Any unexpected failure while rendering a page: a plain message and a retry, never the error's details. */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-rose-200">
      <p className="font-semibold text-rose-800">{t.common.genericError}</p>
      <Button variant="secondary" onClick={reset}>
        {t.common.retry}
      </Button>
    </div>
  );
}
