"use client";

import { useCallback, useSyncExternalStore } from "react";

const CHANGE_EVENT = "pelak-stored-choice";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode, policy): the choice just is not remembered
  }
}

/**
 * A per-device choice kept in localStorage (the gate's direction, its camera): undefined while
 * rendering on the server and hydrating (not known yet), null when nothing valid is stored.
 */
export function useStoredChoice<T extends string>(key: string, isValid: (value: string) => value is T) {
  const stored = useSyncExternalStore(subscribe, () => readStored(key), () => undefined);
  const value = stored === undefined ? undefined : stored !== null && isValid(stored) ? stored : null;
  const setValue = useCallback(
    (next: T) => {
      try {
        localStorage.setItem(key, next);
      } catch {
        return;
      }
      window.dispatchEvent(new Event(CHANGE_EVENT));
    },
    [key],
  );
  return [value, setValue] as const;
}
