/**
 * Counts failures per key in a fixed window, in this process's memory: enough for one server
 * instance, and a restart only forgets recent failures.
 */
export function createFailureLimiter(opts: { max: number; windowMs: number }) {
  const failures = new Map<string, { count: number; resetAt: number }>();

  function current(key: string, now: number) {
    const entry = failures.get(key);
    if (!entry || entry.resetAt <= now) {
      failures.delete(key);
      return undefined;
    }
    return entry;
  }

  return {
    /** Seconds until the key may try again, or 0 when it is not blocked. */
    blockedFor(key: string, now = Date.now()): number {
      const entry = current(key, now);
      return entry && entry.count >= opts.max ? Math.ceil((entry.resetAt - now) / 1000) : 0;
    },
    recordFailure(key: string, now = Date.now()): void {
      const entry = current(key, now);
      if (entry) entry.count += 1;
      else failures.set(key, { count: 1, resetAt: now + opts.windowMs });
      if (failures.size > 10_000) {
        for (const [k, v] of failures) if (v.resetAt <= now) failures.delete(k);
      }
    },
    clear(key: string): void {
      failures.delete(key);
    },
  };
}

export type FailureLimiter = ReturnType<typeof createFailureLimiter>;

/** The client address as reported by the proxy in front of the app, or "local". */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read("x-real-ip")?.trim() || "local";
}
