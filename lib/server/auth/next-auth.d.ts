import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; username: string; role: Role; sv: number } & Omit<DefaultSession["user"], "name">;
  }
  interface User {
    username: string;
    role: Role;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    username?: string;
    role?: Role;
    /** The user's sessionVersion at sign-in (lib/server/auth/session-actor.ts) */
    sv?: number;
  }
}
