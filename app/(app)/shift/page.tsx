import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require";
import { getCurrentShift } from "@/lib/server/shifts/shifts";
import { ShiftPanel } from "./shift-panel";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.shift.title };
}

export default async function ShiftPage() {
  const actor = await requirePageUser();
  const { t } = await getI18n();
  const shift = await getCurrentShift({ actor });
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t.shift.title}</h1>
      <p className="text-sm text-slate-600">{t.shift.intro}</p>
      <ShiftPanel shift={shift} />
    </div>
  );
}
