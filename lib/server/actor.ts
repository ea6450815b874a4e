import type { Role } from "@/lib/auth/roles";

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
