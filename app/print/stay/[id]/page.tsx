import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PrintControls, RECEIPT_PAGE_CSS } from "@/components/receipt/print-controls";
import { PrintedReceipt } from "@/components/receipt/printed-receipt";
import { getI18n } from "@/lib/i18n/server";
import { RECEIPT_KINDS } from "@/lib/parking/receipt";
import { requirePageUser } from "@/lib/server/auth/require";
import { loadReceipt } from "@/lib/server/receipts/receipts";
import { requestOrigin } from "@/lib/server/receipts/request-origin";

export const metadata: Metadata = { robots: { index: false, follow: false } };

const paramsSchema = z.object({ id: z.coerce.number().int().positive().max(2 ** 31 - 1) });
const searchSchema = z.object({ kind: z.enum(RECEIPT_KINDS).catch("exit"), print: z.literal("1").optional().catch(undefined) });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A stay's entry ticket or exit receipt alone on an 80 mm page, for any signed-in user. */
export default async function PrintStayPage({ params, searchParams }: Props) {
  await requirePageUser();
  const id = paramsSchema.safeParse(await params);
  if (!id.success) notFound();
  const search = searchSchema.parse(await searchParams);
  const [{ locale, t }, origin] = await Promise.all([getI18n(), requestOrigin()]);
  const receipt = await loadReceipt({ stayId: id.data.id, kind: search.kind, origin });
  if (!receipt) notFound();
  return (
    <main id="main" className="min-h-dvh bg-slate-100 print:min-h-0 print:bg-white">
      <style>{RECEIPT_PAGE_CSS}</style>
      <PrintControls autoPrint={search.print === "1"} label={receipt.kind === "exit" ? t.receipt.printReceipt : t.receipt.printTicket} />
      <div data-receipt-slip className="mx-auto w-[80mm] bg-white px-[4mm] py-[3mm] shadow print:shadow-none">
        <PrintedReceipt receipt={receipt} locale={locale} t={t} />
      </div>
    </main>
  );
}
