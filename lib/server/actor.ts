import type { Role } from "@/lib/auth/roles";

// Role lives in lib/auth (admin pages show it); server modules keep importing it from here.
export { ROLES, type Role } from "@/lib/auth/roles";

/** Who performs a mutation: written to the audit log and to the session record. */
export type Actor = {
  kind: "user" | "token" | "system";
  id: string;
  name: string;
  role: Role;
};

export function describeActor(actor: Actor): string {
  return `${actor.kind}:${actor.id}:${actor.name}`;
}
