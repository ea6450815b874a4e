import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require";
import { loadDashboard } from "@/lib/server/parking/dashboard";
import { DashboardView } from "./dashboard-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.dashboard.title };
}

export default async function DashboardPage() {
  const actor = await requirePageUser();
  return <DashboardView initial={await loadDashboard(actor)} />;
}
