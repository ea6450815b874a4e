"use client";

import { useSyncExternalStore } from "react";

const STEP_MS = 30_000;

function subscribe(onChange: () => void): () => void {
  const timer = setInterval(onChange, STEP_MS / 2);
  return () => clearInterval(timer);
}

/** Rounded so that repeated reads within one step return the same value, as the store contract requires. */
const readNow = () => Math.floor(Date.now() / STEP_MS) * STEP_MS;

/** The current time in 30-second steps; null while rendering on the server and hydrating. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, readNow, () => null);
}
