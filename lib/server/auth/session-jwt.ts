import "server-only";
import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

const keys = new Map<string, Uint8Array>();

/**
 * next-auth's own session-token format (JWE, dir + A256GCM, key derived from the secret with HKDF),
 * with the derived key kept instead of derived again for every request: next-auth's derivation was
 * about a tenth of the server's CPU under dashboard polling (docs/BENCHMARKS.md).
 */
function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  const id = `${salt}|${secret.toString()}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    keys.set(id, key);
  }
  return key;
}

const DEFAULT_MAX_AGE_S = 30 * 24 * 60 * 60;

export async function encodeSessionJwt({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_S, salt = "" }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(now + maxAge)
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt));
}

/**
 * A cookie that does not decrypt or has expired (forged, garbled, from before a new secret) reads
 * as a session without a user: signed out everywhere, since every check looks up `uid`. Not null
 * and not a throw: next-auth logs either as JWT_SESSION_ERROR with a stack trace, which anyone
 * could fill the log with; one line is enough.
 */
export async function decodeSessionJwt({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
    return payload;
  } catch (error) {
    console.warn(`[auth] ignored a session cookie that does not decrypt or has expired (${error instanceof Error ? error.name : "error"})`);
    return {};
  }
}
