import "server-only";

/**
 * One write transaction at a time on this process's SQLite connection. Prisma's interactive
 * transactions and the hot-path SQL (./sqlite-sql.ts) share the connection, so both queue here:
 * a second BEGIN on an open transaction would fail, and a statement run meanwhile would join it.
 */
export function createWriteLock() {
  let tail: Promise<void> = Promise.resolve();
  return {
    async acquire(): Promise<() => void> {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const previous = tail;
      tail = previous.then(() => held);
      await previous;
      return release;
    },
  };
}

export type WriteLock = ReturnType<typeof createWriteLock>;
