import { GATE_DIRECTIONS } from "@/lib/gate/gate-schema";
import type { Messages } from "@/lib/i18n/messages/messages-shape";

export const directionOptions = (t: Messages) => GATE_DIRECTIONS.map((value) => ({ value, label: t.gates[value] }));
