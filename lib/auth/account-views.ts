import type { Role } from "./roles";

/** What the admin pages show of a user (lib/server/users/users.ts reads it). */
export type UserView = { id: number; username: string; name: string; role: Role; active: boolean; createdAt: Date };

/** What the admin pages show of an API token; never the token itself (lib/server/tokens/tokens.ts). */
export type ApiTokenView = {
  id: number;
  name: string;
  prefix: string;
  role: Role;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** A sign-in pair (user name | address) or a token-guessing address with failures that still count. */
export type BlockView = {
  limiter: string;
  key: string;
  username: string | null;
  address: string;
  failures: number;
  lastFailureAt: Date;
  blockedUntil: Date | null;
};
