import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require";
import { loadCarsInside } from "@/lib/server/parking/inside-cars";
import { InsideList } from "./inside-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.inside.title };
}

export default async function InsidePage() {
  await requirePageUser();
  const { t } = await getI18n();
  const cars = await loadCarsInside();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t.inside.title}</h1>
      <InsideList initial={cars} />
    </div>
  );
}
