"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { BlockView } from "@/lib/auth/account-views";
import { clearBlockAction } from "./actions";

export function BlocksList({ blocks }: { blocks: BlockView[] }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function clear(block: BlockView) {
    startTransition(async () => {
      const result = await callAction(clearBlockAction, { limiter: block.limiter, key: block.key });
      setError(result.ok ? null : result.error[locale]);
      if (result.ok) router.refresh();
    });
  }

  if (blocks.length === 0) return <p className="rounded-xl bg-white px-4 py-8 text-center text-slate-500 ring-1 ring-slate-200">{t.blocks.empty}</p>;
  return (
    <div className="flex flex-col gap-3">
      {error && <Alert tone="error">{error}</Alert>}
      <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-start text-slate-600">
            <tr>
              <th className="px-3 py-2 text-start font-medium">{t.blocks.username}</th>
              <th className="px-3 py-2 text-start font-medium">{t.blocks.address}</th>
              <th className="px-3 py-2 text-start font-medium">{t.blocks.failures}</th>
              <th className="px-3 py-2 text-start font-medium">{t.blocks.lastFailure}</th>
              <th className="px-3 py-2 text-start font-medium">{t.blocks.blockedUntil}</th>
              <th className="px-3 py-2" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {blocks.map((block) => (
              <tr key={`${block.limiter}:${block.key}`} data-block={block.key}>
                <td className="px-3 py-2">
                  {block.username === null ? <span className="text-slate-500">{t.blocks.kindToken}</span> : <bdi dir="ltr">{block.username}</bdi>}
                </td>
                <td className="px-3 py-2 font-mono text-xs" dir="ltr">
                  {block.address}
                </td>
                <td className="px-3 py-2 tabular-nums">{formatNumber(block.failures, locale)}</td>
                <td className="px-3 py-2 tabular-nums">{formatDateTime(new Date(block.lastFailureAt), locale)}</td>
                <td className="px-3 py-2 tabular-nums">
                  {block.blockedUntil ? (
                    <span className="font-semibold text-rose-700">{formatDateTime(new Date(block.blockedUntil), locale)}</span>
                  ) : (
                    <span className="text-slate-500">{t.blocks.notBlocked}</span>
                  )}
                </td>
                <td className="px-3 py-2 text-end">
                  <Button size="sm" variant="secondary" disabled={pending} onClick={() => clear(block)}>
                    {t.blocks.clear}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
