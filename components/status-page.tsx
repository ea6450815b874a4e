import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** The 403 and 404 pages: a short message and the way back, never technical detail. */
export function StatusPage({ code, title, body, action }: { code: string; title: string; body: string; action: string }) {
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-5xl font-extrabold text-plate-blue">{code}</p>
      <h1 className="text-xl font-bold">{title}</h1>
      <p className="max-w-md text-slate-600">{body}</p>
      <Link href="/dashboard" className={buttonClass("primary")}>
        {action}
      </Link>
    </main>
  );
}
