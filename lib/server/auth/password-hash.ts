import "server-only";
import { randomBytes, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { Worker } from "node:worker_threads";
import bcrypt from "bcryptjs";

/**
 * Passwords are hashed with scrypt (Node's native implementation, off the main thread): a
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
 * scrypt runs on a worker thread of its own per server process, lowered to nice 10 (Linux: a
 * thread's priority is set through its own id, read from /proc/thread-self): under a flood of
 * sign-ins the hashing gets only what CPU the event loops leave, so the gates and dashboards stay
 * fast and only the sign-ins slow down. Libuv's thread pool would run it at the loop's own priority.
 * One thread means one hash at a time per process; the others wait in its message queue.
 */
const HASHER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { scryptSync } = require("node:crypto");
try {
  const tid = Number(require("node:fs").readlinkSync("/proc/thread-self").split("/").pop());
  require("node:os").setPriority(tid, 10);
} catch {}
parentPort.on("message", ({ id, password, salt, keylen, options }) => {
  try {
    parentPort.postMessage({ id, key: scryptSync(password, Buffer.from(salt), keylen, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});`;

type HasherReply = { id: number; key?: Uint8Array; error?: string };

let hasher: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (key: Buffer) => void; reject: (error: Error) => void }>();

function hasherThread(): Worker {
  if (hasher) return hasher;
  const worker = new Worker(HASHER_SOURCE, { eval: true });
  worker.on("message", ({ id, key, error }: HasherReply) => {
    const waiter = pending.get(id);
    pending.delete(id);
    // Held while hashes are pending, so a CLI awaiting one does not exit; an idle hasher keeps no process alive.
    if (pending.size === 0) worker.unref();
    if (!waiter) return;
    if (key) waiter.resolve(Buffer.from(key));
    else waiter.reject(new Error(error ?? "scrypt failed"));
  });
  worker.on("error", (error) => {
    hasher = undefined;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  });
  hasher = worker;
  return worker;
}

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: MAX_MEM };
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const worker = hasherThread();
    worker.ref();
    worker.postMessage({ id, password: password.normalize("NFC"), salt, keylen: KEY_BYTES, options });
  });
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
