"use client";

import { useI18n } from "@/components/i18n-provider";
import type { ActivityJson } from "@/lib/parking/activity-json";

const STATUS_TONE = {
  open: "bg-blue-100 text-blue-800",
  closed: "bg-slate-100 text-slate-700",
  archived: "bg-amber-100 text-amber-800",
  void: "bg-rose-100 text-rose-800 line-through decoration-rose-400",
} as const;

export function StatusBadge({ status }: { status: ActivityJson["status"] }) {
  const { t } = useI18n();
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${STATUS_TONE[status]}`}>{status === "void" ? t.corrections.void : t.activity[status]}</span>;
}
