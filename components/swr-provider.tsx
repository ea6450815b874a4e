"use client";

import { useRouter } from "next/navigation";
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
  if (!response.ok) throw new FetchError(response.status);
  return (await response.json()) as T;
}

/** A session that expired (or a user deactivated meanwhile) sends the live screens back to the login page. */
export function SwrProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const onError = (error: unknown) => {
    if (error instanceof FetchError && error.status === 401) router.replace("/login");
  };
  return <SWRConfig value={{ fetcher: fetchJson, keepPreviousData: true, onError }}>{children}</SWRConfig>;
}
