"use client";

import type { ReactNode } from "react";
import { SWRConfig } from "swr";

export class FetchError extends Error {
  constructor(readonly status: number) {
    super(`Request failed with status ${status}`);
  }
}

/** The one fetcher for the app's session-only JSON routes. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  if (response.status === 401) window.location.assign("/login");
  if (!response.ok) throw new FetchError(response.status);
  return (await response.json()) as T;
}

export function SwrProvider({ children }: { children: ReactNode }) {
  return <SWRConfig value={{ fetcher: fetchJson, keepPreviousData: true }}>{children}</SWRConfig>;
}
