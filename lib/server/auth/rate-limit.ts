import "server-only";
import { hotSql } from "../db";
import { toDate } from "../sql/sql-dates";

/** Rows whose window ended this long ago are deleted now and then: no limit has a longer window. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

/** Seconds until a key with these failures may try again, or 0. Pure: the rule of the fixed window. */
export function secondsBlocked(row: { failures: number; windowStart: Date } | undefined, opts: { max: number; windowMs: number }, now: number): number {
  if (!row || row.failures < opts.max) return 0;
  const endsAt = row.windowStart.getTime() + opts.windowMs;
  return endsAt > now ? Math.ceil((endsAt - now) / 1000) : 0;
}

/**
 * Counts failures per key in a fixed window, in the database (table RateLimit), so every server
 * process and instance sees the same counts: a limit hit on one holds on all at once.
 */
export function createFailureLimiter(opts: { name: string; max: number; windowMs: number }) {
  const keyOf = (key: string) => `${opts.name}:${key}`;
  return {
    /** Seconds until the key may try again, or 0 when it is not blocked. */
    async blockedFor(key: string, now = Date.now()): Promise<number> {
      const sql = await hotSql();
      const [row] = await sql.read<{ failures: number; windowStart: string | Date }>(
        `SELECT "failures", "windowStart" FROM "RateLimit" WHERE "key" = $1`,
        [keyOf(key)],
      );
      return secondsBlocked(row && { failures: Number(row.failures), windowStart: toDate(row.windowStart) }, opts, now);
    },
    /** One more failure, atomically: concurrent failures on several processes all count. */
    async recordFailure(key: string, now = Date.now()): Promise<void> {
      const sql = await hotSql();
      const windowEnded = new Date(now - opts.windowMs);
      await sql.write(async (tx) => {
        await tx.run(
          `INSERT INTO "RateLimit" ("key", "failures", "windowStart") VALUES ($1, 1, $2)
           ON CONFLICT ("key") DO UPDATE SET
             "failures" = CASE WHEN "RateLimit"."windowStart" <= $3 THEN 1 ELSE "RateLimit"."failures" + 1 END,
             "windowStart" = CASE WHEN "RateLimit"."windowStart" <= $3 THEN $2 ELSE "RateLimit"."windowStart" END`,
          [keyOf(key), new Date(now), windowEnded],
        );
        if (Math.random() < 0.01) await tx.run(`DELETE FROM "RateLimit" WHERE "windowStart" < $1`, [new Date(now - FORGET_AFTER_MS)]);
      });
    },
    async clear(key: string): Promise<void> {
      const sql = await hotSql();
      await sql.write((tx) => tx.run(`DELETE FROM "RateLimit" WHERE "key" = $1`, [keyOf(key)]));
    },
  };
}

export type FailureLimiter = ReturnType<typeof createFailureLimiter>;
