import { buttonClass } from "@/components/ui/button";
import type { ReceiptKind } from "@/lib/parking/receipt";

/** The print page of a stay's ticket or receipt in a new tab, which prints at once (?print=1). */
export function printPath(stayId: number, kind: ReceiptKind, autoPrint = true): string {
  return `/print/stay/${stayId}?kind=${kind}${autoPrint ? "&print=1" : ""}`;
}

export function PrintLink({ stayId, kind, label, testId }: { stayId: number; kind: ReceiptKind; label: string; testId: string }) {
  return (
    <a href={printPath(stayId, kind)} target="_blank" rel="noopener" data-testid={testId} className={`${buttonClass("secondary", "sm")} print:hidden`}>
      <svg aria-hidden viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 9V3h12v6M6 18H4a1 1 0 0 1-1-1v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6a1 1 0 0 1-1 1h-2M6 14h12v7H6z" />
      </svg>
      {label}
    </a>
  );
}
