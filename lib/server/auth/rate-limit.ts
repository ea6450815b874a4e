import "server-only";
import { hotSql } from "../db";
import { toDate } from "../sql/sql-dates";

/**
 * Progressive back-off: the `free`-th failure in a row blocks the key for firstBlockMs, and each
 * further one for twice as long as the one before (2×, 4× … up to maxBlockMs). A success clears
 * the key; a key quiet for longer than forgetAfterMs starts again from zero, so forgetAfterMs must
 * exceed maxBlockMs or an attacker waiting out the longest block would get free tries again.
 */
export type BackoffPolicy = { free: number; firstBlockMs: number; maxBlockMs: number; forgetAfterMs: number };

export type FailureStreak = { failures: number; lastFailureAt: Date };

/** How long the key is blocked after its last failure. Pure: the rule of the back-off. */
export function blockMs(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxBlockMs, policy.firstBlockMs * 2 ** Math.min(30, failures - policy.free));
}

/** Seconds until a key with this streak may try again, or 0. */
export function secondsBlocked(streak: FailureStreak | undefined, policy: BackoffPolicy, now: number): number {
  if (!streak) return 0;
  const endsAt = streak.lastFailureAt.getTime() + blockMs(streak.failures, policy);
  return endsAt > now ? Math.ceil((endsAt - now) / 1000) : 0;
}

type StoredStreak = { key: string; failures: number | string; lastFailureAt: string | Date };
const toStreak = (row: StoredStreak): FailureStreak => ({ failures: Number(row.failures), lastFailureAt: toDate(row.lastFailureAt) });

/**
 * Counts failures in a row per key in the database (table RateLimit), so every server process and
 * instance sees the same counts: a block earned on one holds on all at once.
 */
export function createFailureLimiter(opts: { name: string } & BackoffPolicy) {
  const keyOf = (key: string) => `${opts.name}:${key}`;
  return {
    name: opts.name,
    policy: opts as BackoffPolicy,
    storedKey: keyOf,
    /** Seconds until the key may try again, or 0 when it is not blocked. */
    async blockedFor(key: string, now = Date.now()): Promise<number> {
      const sql = await hotSql();
      const [row] = await sql.read<StoredStreak>(`SELECT "key", "failures", "lastFailureAt" FROM "RateLimit" WHERE "key" = $1`, [keyOf(key)]);
      return secondsBlocked(row && toStreak(row), opts, now);
    },
    /** One more failure, atomically: concurrent failures on several processes all count. */
    async recordFailure(key: string, now = Date.now()): Promise<void> {
      const sql = await hotSql();
      const forgotten = new Date(now - opts.forgetAfterMs);
      await sql.write(async (tx) => {
        await tx.run(
          `INSERT INTO "RateLimit" ("key", "failures", "lastFailureAt") VALUES ($1, 1, $2)
           ON CONFLICT ("key") DO UPDATE SET
             "failures" = CASE WHEN "RateLimit"."lastFailureAt" <= $3 THEN 1 ELSE "RateLimit"."failures" + 1 END,
             "lastFailureAt" = $2`,
          [keyOf(key), new Date(now), forgotten],
        );
        if (Math.random() < 0.01) await tx.run(`DELETE FROM "RateLimit" WHERE "lastFailureAt" < $1`, [forgotten]);
      });
    },
    async clear(key: string): Promise<void> {
      const sql = await hotSql();
      await sql.write((tx) => tx.run(`DELETE FROM "RateLimit" WHERE "key" = $1`, [keyOf(key)]));
    },
  };
}

export type FailureLimiter = ReturnType<typeof createFailureLimiter>;

/** A key with failures that still count, as the admin's blocks page shows it. */
export type LimitedKey = { limiter: string; key: string; failures: number; lastFailureAt: Date; blockedUntil: Date | null };

/** Every key of these limiters whose streak still counts, blocked ones first, newest first. */
export async function listLimitedKeys(limiters: FailureLimiter[], now = Date.now()): Promise<LimitedKey[]> {
  const sql = await hotSql();
  const rows = await sql.read<StoredStreak>(`SELECT "key", "failures", "lastFailureAt" FROM "RateLimit" ORDER BY "lastFailureAt" DESC LIMIT 1000`, []);
  const keys: LimitedKey[] = [];
  for (const row of rows) {
    const limiter = limiters.find((l) => row.key.startsWith(`${l.name}:`));
    if (!limiter) continue;
    const streak = toStreak(row);
    if (streak.lastFailureAt.getTime() <= now - limiter.policy.forgetAfterMs) continue;
    const wait = secondsBlocked(streak, limiter.policy, now);
    keys.push({
      limiter: limiter.name,
      key: row.key.slice(limiter.name.length + 1),
      ...streak,
      blockedUntil: wait > 0 ? new Date(now + wait * 1000) : null,
    });
  }
  return keys.sort((a, b) => Number(b.blockedUntil !== null) - Number(a.blockedUntil !== null));
}
