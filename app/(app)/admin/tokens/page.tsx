import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/auth/require";
import { listApiTokens } from "@/lib/server/tokens/tokens";
import { CreateTokenForm } from "./create-token-form";
import { TokensList } from "./tokens-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.tokens.title };
}

export default async function TokensPage() {
  const actor = await requirePageRole("admin");
  const { t } = await getI18n();
  const tokens = await listApiTokens({ actor });
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t.tokens.title}</h1>
      <CreateTokenForm />
      <TokensList tokens={tokens} />
    </div>
  );
}
