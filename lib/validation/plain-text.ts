import { z } from "zod";

/**
 * Refused in names and other one-line text: C0 and C1 controls (NUL, tab, line breaks), the Unicode
 * line and paragraph separators, and the bidi embeddings, overrides and isolates, which can show a
 * name reversed or spill its direction into the text after it (audit rows, tables). The zero-width
 * non-joiner (U+200C), which Persian spelling needs, and the LRM/RLM marks, which only place
 * neutral characters such as a trailing digit or bracket, stay allowed.
 */
const NOT_PLAIN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export const isPlainText = (text: string) => !NOT_PLAIN.test(text);

export const NOT_PLAIN_TEXT = {
  message: "Use plain text: no control characters, line breaks or text-direction overrides.",
  params: { fa: "فقط متن ساده وارد کنید: بدون نویسه‌های کنترلی، شکست خط یا نویسه‌های تغییر جهت متن." },
};

/** A name or label: trimmed, 1 to `max` characters, plain text only. */
export function plainTextSchema(max: number) {
  return z.string().trim().min(1).max(max).refine(isPlainText, NOT_PLAIN_TEXT);
}
