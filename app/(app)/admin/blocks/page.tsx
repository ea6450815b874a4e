import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { listBlocks } from "@/lib/server/auth/blocks";
import { requirePageRole } from "@/lib/server/auth/require";
import { BlocksList } from "./blocks-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.blocks.title };
}

export default async function BlocksPage() {
  const actor = await requirePageRole("admin");
  const { t } = await getI18n();
  const blocks = await listBlocks({ actor });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t.blocks.title}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t.blocks.intro}</p>
      <BlocksList blocks={blocks} />
    </div>
  );
}
