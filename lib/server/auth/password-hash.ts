import "server-only";
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { availableParallelism } from "node:os";
import bcrypt from "bcryptjs";

/**
 * Passwords are hashed with scrypt (Node's native implementation, run on libuv's thread pool): a
 * flood of sign-ins no longer stalls the event loop that serves the gates, as bcryptjs's pure-JS
 * hashing on the main thread did (16 concurrent sign-ins pushed /api/status p95 from 13 to 759 ms),
 * and scrypt reads the whole password (bcrypt only its first 72 bytes).
 * Stored as `scrypt$N$r$p$salt$hash` (base64url). Hashes written by bcrypt before are still
 * verified (on the main thread) and replaced at the user's next sign-in (`needsRehash`).
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
/** N·r·128 bytes = 32 MiB per hash; Node's default limit is exactly that, so allow some room. */
const MAX_MEM = 64 * 1024 * 1024;
/**
 * At most this many hashes at once, others queue (FIFO): half the cores, so a flood of sign-ins
 * leaves the server processes CPU for the gates, and the thread pool threads for file writes.
 */
const MAX_CONCURRENT = Math.max(1, Math.floor(availableParallelism() / 2));

let running = 0;
const waiting: Array<() => void> = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: MAX_MEM };
  return limited(
    () => new Promise((resolve, reject) => scrypt(password.normalize("NFC"), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts[0] === "scrypt" && parts.length === 6) {
    const [, N, r, p, salt, hash] = parts;
    const expected = Buffer.from(hash, "base64url");
    const key = await derive(password, Buffer.from(salt, "base64url"), { N: Number(N), r: Number(r), p: Number(p) });
    return key.length === expected.length && timingSafeEqual(key, expected);
  }
  if (stored.startsWith("$2")) return bcrypt.compare(password, stored);
  return false;
}

/** A hash of an older kind or weaker parameters, to be replaced after a successful sign-in. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(`scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$`);
}
