"use client";

import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";

export function FullscreenButton({ fullscreen, onToggle }: { fullscreen: boolean; onToggle: () => void }) {
  const { t } = useI18n();
  return (
    <Button variant="secondary" size="lg" onClick={onToggle} aria-pressed={fullscreen}>
      <span aria-hidden>{fullscreen ? "⤡" : "⤢"}</span>
      {fullscreen ? t.gate.leaveFullscreen : t.gate.fullscreen}
    </Button>
  );
}
