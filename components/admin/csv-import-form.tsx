"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { formatNumber } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import type { CsvRejection } from "@/lib/parking/pass-csv";

type ImportAction = (input: { text: string }) => Promise<ActionResult<{ imported: number; rejections: CsvRejection[] }>>;

/** Reads the chosen file in the browser and sends its text; lists the rows the server refused. */
export function CsvImportForm({ action, columns, exportHref }: { action: ImportAction; columns: readonly string[]; exportHref: string }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [rejections, setRejections] = useState<CsvRejection[]>([]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return;
    startTransition(async () => {
      const result = await callAction(action, { text: await file.text() });
      if (!result.ok) return setMessage({ tone: "error", text: result.error[locale] }), setRejections([]);
      const { imported, rejections } = result.data;
      setRejections(rejections);
      setMessage(imported > 0 ? { tone: "success", text: interpolate(t.passes.imported, { count: formatNumber(imported, locale) }) } : { tone: "error", text: t.passes.importRejected });
      if (imported > 0) router.refresh();
    });
  }

  return (
    <section className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="csv-import">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-bold">{t.passes.importCsv}</h2>
        <a href={exportHref} download className="text-sm font-semibold text-blue-700 underline" data-testid="csv-export">
          {t.passes.exportCsv}
        </a>
      </div>
      <p className="text-xs text-slate-600">
        {t.passes.columns}
        <code dir="ltr" className="mx-1 rounded bg-slate-100 px-1">
          {columns.join(",")}
        </code>
        {t.passes.importHelp}
      </p>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t.passes.importFile}
          <input type="file" name="file" accept=".csv,text/csv" required className="text-sm" />
        </label>
        <Button type="submit" size="sm" disabled={pending}>
          {t.passes.importSubmit}
        </Button>
      </form>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {rejections.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm text-rose-800" data-testid="csv-rejections">
          {rejections.map((r, i) => (
            <li key={i}>
              {interpolate(t.passes.line, { line: formatNumber(r.line, locale) })}
              {r.field && <code className="mx-1 rounded bg-rose-50 px-1" dir="ltr">{r.field}</code>}: {r.message[locale]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
