"use client";

import { useEffect } from "react";
import { ORT_WEB_FILES } from "@/lib/anpr/ort-web-files";

/** The runtime modules the plate reader's worker imports (the page itself never requests them). */
const ORT_MODULES = Object.keys(ORT_WEB_FILES)
  .filter((file) => file.endsWith(".mjs"))
  .map((file) => `/ort/${process.env.PELAK_ORT_VERSION}/${file}`);

/**
 * Registers public/sw.js, which keeps the gate's shell so the page can start again without the
 * server, and tells it which files this page loaded: on a first visit they were fetched before the
 * service worker could see them. Browsers allow it on https or localhost only; on plain http the
 * gate still works online.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let observer: PerformanceObserver | null = null;
    navigator.serviceWorker
      .register("/sw.js")
      .then(async () => {
        const { active } = await navigator.serviceWorker.ready;
        const send = (urls: string[]) => active?.postMessage({ type: "keep", urls });
        send([location.pathname, ...ORT_MODULES, ...performance.getEntriesByType("resource").map((entry) => entry.name)]);
        observer = new PerformanceObserver((list) => send(list.getEntries().map((entry) => entry.name)));
        observer.observe({ type: "resource" });
      })
      .catch((error: unknown) => console.warn("[gate] service worker not registered", error));
    return () => observer?.disconnect();
  }, []);
  return null;
}
