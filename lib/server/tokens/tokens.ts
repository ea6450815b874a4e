import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { ApiTokenView } from "@/lib/auth/account-views";
import type { Role } from "@/lib/auth/roles";
import { describeActor, type Actor } from "../actor";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError } from "../errors";
import { requireAdmin } from "../auth/admin";
import { zodFieldErrors } from "../zod-errors";
import { createTokenSchema, type CreateTokenInput } from "./token-schema";

const TOKEN_PREFIX = "pelak_";
/**
 * The only per-process state: a token's lookup is reused this long. A revocation made by another
 * process, instance or the CLI therefore holds everywhere within it (the README promises 2 s).
 */
const CACHE_MS = 1_000;
/** lastUsedAt is a hint for admins, so it is written at most once a minute per token. */
const TOUCH_MS = 60_000;


const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const asRole = (role: string): Role => (role === "admin" ? "admin" : "operator");

const VIEW_SELECT = {
  id: true, name: true, prefix: true, role: true, createdBy: true, createdAt: true, lastUsedAt: true, revokedAt: true,
} as const;

type CacheEntry = { actor: Actor | null; checkedAt: number };
const cache = new Map<string, CacheEntry>();
const touchedAt = new Map<number, number>();

/** Returns the token once; only its SHA-256 is stored. */
export async function createApiToken(opts: { input: CreateTokenInput; actor: Actor }) {
  requireAdmin(opts.actor);
  const parsed = createTokenSchema.safeParse(opts.input);
  if (!parsed.success) {
    throw new AppError({
      kind: "validation",
      messages: { fa: "مشخصات توکن معتبر نیست.", en: "The token details are not valid." },
      fieldErrors: zodFieldErrors(parsed.error),
    });
  }
  const input = parsed.data;
  const token = TOKEN_PREFIX + randomBytes(24).toString("base64url");
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { ...input, tokenHash: hashToken(token), prefix: token.slice(0, 10), createdBy: describeActor(opts.actor) },
      select: VIEW_SELECT,
    });
    await writeAudit(tx, { actor: opts.actor, action: "token.create", entity: "ApiToken", entityId: row.id, after: row });
    return row;
  });
  return { token, apiToken: { ...created, role: asRole(created.role) } };
}

export async function listApiTokens(opts: { actor: Actor }): Promise<ApiTokenView[]> {
  requireAdmin(opts.actor);
  const rows = await db.apiToken.findMany({ select: VIEW_SELECT, orderBy: { id: "desc" } });
  return rows.map((row) => ({ ...row, role: asRole(row.role) }));
}

export async function revokeApiToken(opts: { id: number; actor: Actor }): Promise<ApiTokenView> {
  requireAdmin(opts.actor);
  const revoked = await db.$transaction(async (tx) => {
    const before = await tx.apiToken.findUnique({ where: { id: opts.id }, select: VIEW_SELECT });
    if (!before) {
      throw new AppError({
        kind: "not_found",
        code: "token_not_found",
        messages: { fa: "این توکن پیدا نشد.", en: "No such API token." },
      });
    }
    if (before.revokedAt) return before;
    const after = await tx.apiToken.update({ where: { id: opts.id }, data: { revokedAt: new Date() }, select: VIEW_SELECT });
    await writeAudit(tx, { actor: opts.actor, action: "token.revoke", entity: "ApiToken", entityId: opts.id, before, after });
    return after;
  });
  cache.clear();
  return { ...revoked, role: asRole(revoked.role) };
}

async function lookupToken(tokenHash: string): Promise<Actor | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash },
    select: { id: true, name: true, role: true, revokedAt: true },
  });
  if (!row || row.revokedAt) return null;
  return { kind: "token", id: String(row.id), name: row.name, role: asRole(row.role) };
}

function touch(actor: Actor, now: number): void {
  const id = Number(actor.id);
  if (now - (touchedAt.get(id) ?? 0) < TOUCH_MS) return;
  touchedAt.set(id, now);
  db.apiToken.update({ where: { id }, data: { lastUsedAt: new Date(now) } }).catch((error: unknown) => {
    console.error("[tokens] could not record lastUsedAt", error);
  });
}

/** The actor for a bearer token, or null when it is unknown or revoked. Hot path: cached briefly. */
export async function verifyBearerToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const now = Date.now();
  let entry = cache.get(tokenHash);
  if (!entry || now - entry.checkedAt > CACHE_MS) {
    entry = { actor: await lookupToken(tokenHash), checkedAt: now };
    if (cache.size > 1_000) cache.clear();
    cache.set(tokenHash, entry);
  }
  if (entry.actor) touch(entry.actor, now);
  return entry.actor;
}
