import type { Role } from "@/lib/auth/roles";
import type { Actor } from "../actor";
import { AppError } from "../errors";

/** Whether the actor passes a role check: an admin passes every check, anyone signed in passes "operator". */
export function hasRole(actor: Actor, role: Role): boolean {
  return role !== "admin" || actor.role === "admin";
}

/** For use cases that only an admin may run, whoever calls them (action, REST, CLI). */
export function requireAdmin(actor: Actor): void {
  if (!hasRole(actor, "admin")) {
    throw new AppError({
      kind: "forbidden",
      messages: { fa: "این کار فقط برای مدیر مجاز است.", en: "Only an admin may do this." },
    });
  }
}
