import "server-only";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";

let secret: string | undefined;

/**
 * NEXTAUTH_SECRET, or a random secret generated once and kept under data/ (PELAK_DATA_DIR), so
 * `npm start` needs no configuration. One file per database: two instances side by side never
 * accept each other's session cookies.
 */
export function authSecret(): string {
  if (secret) return secret;
  const { nextAuthSecret, dataDir, databaseUrl } = env();
  if (nextAuthSecret) return (secret = nextAuthSecret);
  const dir = path.resolve(/*turbopackIgnore: true*/ dataDir);
  const id = createHash("sha256").update(databaseUrl).digest("hex").slice(0, 12);
  const file = path.join(dir, `nextauth-secret-${id}`);
  fs.mkdirSync(dir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return (secret = fs.readFileSync(file, "utf8").trim());
}
