import { getI18n } from "@/lib/i18n/server";

/** Shown while a page's data loads; the same outline as the dashboard, so nothing jumps when it arrives. */
export async function PageSkeleton() {
  const { t } = await getI18n();
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-5">
      <span className="sr-only">{t.common.loading}</span>
      <div className="h-8 w-40 animate-pulse rounded-lg bg-slate-200" />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="h-24 animate-pulse rounded-xl bg-white ring-1 ring-slate-200" />
        ))}
      </div>
      <div className="h-64 animate-pulse rounded-xl bg-white ring-1 ring-slate-200" />
    </div>
  );
}
