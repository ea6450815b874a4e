"use client";

import { useEffect, useState, type RefObject } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";

/** Shows the gate station alone on the screen (browser bars and the app header hidden). */
export function FullscreenButton({ targetRef }: { targetRef: RefObject<HTMLElement | null> }) {
  const { t } = useI18n();
  const [fullscreen, setFullscreen] = useState(false);

  useEffect(() => {
    const update = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, []);

  function toggle() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void targetRef.current?.requestFullscreen().catch(() => undefined);
  }

  return (
    <Button variant="secondary" size="lg" onClick={toggle} aria-pressed={fullscreen}>
      <span aria-hidden>{fullscreen ? "⤡" : "⤢"}</span>
      {fullscreen ? t.gate.leaveFullscreen : t.gate.fullscreen}
    </Button>
  );
}
