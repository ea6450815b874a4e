import { en } from "./messages/en";
import { fa } from "./messages/fa";
import type { Messages } from "./messages/messages-shape";
import type { Locale } from "./locale";

const DICTIONARIES: Record<Locale, Messages> = { fa, en };

export function getMessages(locale: Locale): Messages {
  return DICTIONARIES[locale];
}

/** Fills `{name}` placeholders; unknown placeholders are left visible so a mistake shows up in review. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
