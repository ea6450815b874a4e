"use client";

import { useCallback, useEffect, useState, type RefObject } from "react";

/** Whether the element fills the screen (browser bars and the app header hidden), and a toggle for it. */
export function useFullscreen(targetRef: RefObject<HTMLElement | null>) {
  const [fullscreen, setFullscreen] = useState(false);

  useEffect(() => {
    const update = () => setFullscreen(document.fullscreenElement !== null && document.fullscreenElement === targetRef.current);
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, [targetRef]);

  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void targetRef.current?.requestFullscreen().catch(() => undefined);
  }, [targetRef]);

  return { fullscreen, toggle };
}
