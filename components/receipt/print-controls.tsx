"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

const MM_PER_CSS_PX = 25.4 / 96;
/** Fallback before the slip is measured; Chromium ignores `size: 80mm auto` (not valid CSS), so a length. */
export const RECEIPT_PAGE_CSS = "@page { size: 80mm 200mm; margin: 0; } @media print { html, body { background: #fff; min-height: 0 !important; } }";

/**
 * Sizes the printed page to the slip (80 mm wide, as long as its content) so a roll printer cuts
 * one receipt with no blank paper, then prints at once when asked (?print=1) or on the button.
 */
export function PrintControls({ autoPrint, label }: { autoPrint: boolean; label: string }) {
  const [sized, setSized] = useState(false);

  useEffect(() => {
    const style = document.createElement("style");
    let cancelled = false;
    // Measured once the web font is in: Vazirmatn's line heights decide the slip's length.
    void document.fonts.ready.then(() => {
      const slip = document.querySelector<HTMLElement>("[data-receipt-slip]");
      if (cancelled || !slip) return;
      const heightMm = Math.ceil(slip.getBoundingClientRect().height * MM_PER_CSS_PX) + 2;
      style.textContent = `@page { size: 80mm ${heightMm}mm; margin: 0; }`;
      // After the page's own fallback rule (rendered in the body), so this one wins.
      document.body.append(style);
      setSized(true);
      if (autoPrint) window.print();
    });
    return () => {
      cancelled = true;
      style.remove();
    };
  }, [autoPrint]);

  return (
    <div data-testid="print-controls" data-page-sized={sized ? "yes" : "no"} className="flex justify-center p-4 print:hidden">
      <Button onClick={() => window.print()}>{label}</Button>
    </div>
  );
}
