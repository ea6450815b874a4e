"use client";

import { useI18n } from "@/components/i18n-provider";
import { formatNumber, formatToman } from "@/lib/i18n/format";
import type { ParkingStatus } from "@/lib/parking/parking-results";

type Card = { id: string; label: string; value: string; tone: string };

export function StatusCards({ status }: { status: ParkingStatus }) {
  const { locale, t } = useI18n();
  const full = status.free === 0;
  const cards: Card[] = [
    { id: "capacity", label: t.status.capacity, value: formatNumber(status.capacity, locale), tone: "text-slate-900" },
    { id: "inside", label: t.status.inside, value: formatNumber(status.active, locale), tone: "text-blue-800" },
    { id: "free", label: t.status.free, value: formatNumber(status.free, locale), tone: full ? "text-rose-700" : "text-emerald-700" },
    { id: "price", label: t.status.pricePerHour, value: formatToman(status.pricePerHour, locale), tone: "text-slate-900" },
    { id: "revenue", label: t.status.todayRevenue, value: formatToman(status.todayRevenue, locale), tone: "text-slate-900" },
  ];
  const used = status.capacity > 0 ? Math.min(100, Math.round((status.active / status.capacity) * 100)) : 0;

  return (
    <section aria-label={t.status.summary} className="flex flex-col gap-2">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-6 lg:grid-cols-5">
        {cards.map((card, index) => (
          <li
            key={card.id}
            data-testid={`status-${card.id}`}
            className={`flex min-h-24 flex-col justify-between gap-1 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 max-sm:last:col-span-2 lg:col-span-1 ${index < 3 ? "sm:col-span-2" : "sm:col-span-3"}`}
          >
            <span className="text-sm text-slate-600">{card.label}</span>
            <span className={`text-xl font-bold tabular-nums sm:text-2xl ${card.tone}`}>{card.value}</span>
          </li>
        ))}
      </ul>
      <div
        role="meter"
        aria-label={t.status.inside}
        aria-valuemin={0}
        aria-valuemax={status.capacity}
        aria-valuenow={status.active}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div className={`h-full transition-[width] ${full ? "bg-rose-600" : "bg-blue-700"}`} style={{ width: `${used}%` }} />
      </div>
      {full && <p className="text-sm font-semibold text-rose-700">{t.status.full}</p>}
    </section>
  );
}
