import { getMessages } from "@/lib/i18n/messages";

/** In both languages whatever the cookie: a driver's phone scanning the QR has never chosen one. */
export default function ReceiptNotFound() {
  const fa = getMessages("fa").receipt;
  const en = getMessages("en").receipt;
  return (
    <main id="main" data-testid="receipt-not-found" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-5xl font-extrabold text-plate-blue">۴۰۴</p>
      <section lang="fa" dir="rtl" className="flex flex-col gap-1">
        <h1 className="text-xl font-bold">{fa.notFoundTitle}</h1>
        <p className="text-slate-600">{fa.notFoundHelp}</p>
      </section>
      <section lang="en" dir="ltr" className="flex flex-col gap-1">
        <h2 className="text-xl font-bold">{en.notFoundTitle}</h2>
        <p className="text-slate-600">{en.notFoundHelp}</p>
      </section>
    </main>
  );
}
