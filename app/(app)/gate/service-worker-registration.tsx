"use client";

import { useEffect } from "react";

/**
 * Registers public/sw.js, which keeps the gate's shell so the page can start again without the
 * server. Browsers only allow it on https or localhost; on plain http the gate still works online.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js").catch((error: unknown) => console.warn("[gate] service worker not registered", error));
  }, []);
  return null;
}
