import type { GateDirection } from "@/lib/gate/cooldown";
import { AppError } from "../errors";

const gateField = (messages: { fa: string; en: string }) => ({ gate: messages });

export function gateNotFound(): AppError {
  const messages = { fa: "این گیت پیدا نشد.", en: "No such gate." };
  return new AppError({ kind: "not_found", code: "gate_not_found", messages });
}

/** A read or REST call naming a gate the lot does not have (any more): refused, nothing recorded. */
export function unknownGate(id: number): AppError {
  const messages = { fa: `گیتی با شناسهٔ ${id} وجود ندارد.`, en: `There is no gate with id ${id}.` };
  return new AppError({ kind: "validation", code: "unknown_gate", messages, fieldErrors: gateField(messages) });
}

export function inactiveGate(name: string): AppError {
  const messages = {
    fa: `گیت «${name}» غیرفعال است؛ مدیر باید آن را دوباره فعال کند.`,
    en: `Gate "${name}" is inactive; an admin must reactivate it.`,
  };
  return new AppError({ kind: "validation", code: "inactive_gate", messages, fieldErrors: gateField(messages) });
}

export function wrongGateDirection(name: string, direction: GateDirection): AppError {
  const messages =
    direction === "entry"
      ? { fa: `گیت «${name}» فقط برای خروج است و ورود در آن ثبت نمی‌شود.`, en: `Gate "${name}" is an exit gate; it cannot record an entry.` }
      : { fa: `گیت «${name}» فقط برای ورود است و خروج در آن ثبت نمی‌شود.`, en: `Gate "${name}" is an entry gate; it cannot record an exit.` };
  return new AppError({ kind: "validation", code: "wrong_gate_direction", messages, fieldErrors: gateField(messages) });
}

export function duplicateGateName(): AppError {
  const messages = { fa: "گیتی با این نام وجود دارد.", en: "A gate with this name already exists." };
  return new AppError({ kind: "conflict", code: "gate_name_taken", messages, fieldErrors: { name: messages } });
}
