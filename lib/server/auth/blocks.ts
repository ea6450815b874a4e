import "server-only";
import type { BlockView } from "@/lib/auth/account-views";
import type { Actor } from "../actor";
import { writeAuditSql } from "../audit";
import { hotSql } from "../db";
import { AppError } from "../errors";
import { requireAdmin } from "./admin";
import { ALL_LIMITERS } from "./limiters";
import { listLimitedKeys, type LimitedKey } from "./rate-limit";

/** The sign-in pair split into user name and address, as the admin's page shows it. */
function toView(key: LimitedKey): BlockView {
  if (key.limiter !== "login") return { ...key, username: null, address: key.key };
  // The address never holds "|", a user name might: split at the last one.
  const cut = key.key.lastIndexOf("|");
  return { ...key, username: key.key.slice(0, cut), address: key.key.slice(cut + 1) };
}

/** Sign-in pairs and token-guessing addresses with failures that still count, blocked ones first. */
export async function listBlocks(opts: { actor: Actor }): Promise<BlockView[]> {
  requireAdmin(opts.actor);
  return (await listLimitedKeys(ALL_LIMITERS)).map(toView);
}

/** Forgets a key's failures (e.g. the owner locked himself out), in the audit log. */
export async function clearBlock(opts: { limiter: string; key: string; actor: Actor }): Promise<void> {
  requireAdmin(opts.actor);
  const limiter = ALL_LIMITERS.find((l) => l.name === opts.limiter);
  if (!limiter) throw new AppError({ kind: "not_found", code: "block_not_found", messages: { fa: "این مسدودی پیدا نشد.", en: "No such block." } });
  const key = limiter.storedKey(opts.key);
  const sql = await hotSql();
  await sql.write(async (tx) => {
    await tx.run(`DELETE FROM "RateLimit" WHERE "key" = $1`, [key]);
    await writeAuditSql(tx, { actor: opts.actor, action: "block.clear", entity: "RateLimit", entityId: key });
  });
}
